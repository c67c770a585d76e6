package org.crossroads.security;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.crossroads.admin.AuditController;
import org.crossroads.content.PublishedContent;
import org.crossroads.content.SiteContent;

/** The shared frame's footer shows the crisis line on admin pages too. */
@ControllerAdvice(assignableTypes = { SignInController.class, PasswordController.class, AccountsController.class,
		AuditController.class })
class SecurityPageModel {

	private final PublishedContent content;

	SecurityPageModel(PublishedContent content) {
		this.content = content;
	}

	@ModelAttribute("crisisResources")
	List<SiteContent.CrisisResource> crisisResources() {
		return content.current().site().crisisResources();
	}
}
