package org.crossroads.admin;

import org.crossroads.NoControlCharacters;
import org.crossroads.admin.publishing.Drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.published.SiteContent;

import org.jspecify.annotations.Nullable;

/**
 * What every content editing page shows around its content: the footer's crisis line and where the
 * draft stands. Limited to the controllers of this package and those below it (content editing), so
 * the sign-in, account and audit pages keep their own binding and message rules.
 */
@ControllerAdvice(basePackageClasses = EditorPageModel.class)
class EditorPageModel {

	private final PublishedContent published;

	private final Drafts drafts;

	EditorPageModel(PublishedContent published, Drafts drafts) {
		this.published = published;
		this.drafts = drafts;
	}

	/**
	 * Binding errors (a word typed into a number field) look their messages up under "admin.", like
	 * every other admin text: admin.typeMismatch.java.lang.Integer and so on.
	 */
	@InitBinder
	void messageCodes(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("admin.");
		binder.setMessageCodesResolver(codes);
		binder.addValidators(new NoControlCharacters());
	}

	@ModelAttribute("crisisResources")
	List<SiteContent.CrisisResource> crisisResources() {
		return published.current().site().crisisResources();
	}

	/** The version visitors get (the latest published), as the database has it now. */
	@ModelAttribute("publishedVersion")
	int publishedVersion() {
		return drafts.latestPublished().getNumber();
	}

	/** Null when there is no draft: pages then say that the first edit starts one. */
	@ModelAttribute("draftInfo")
	@Nullable DraftInfo draftInfo() {
		Optional<RuleSetEntity> draft = drafts.find();
		return draft.map(d -> new DraftInfo(d.getCreatedAt())).orElse(null);
	}

	record DraftInfo(java.time.Instant startedAt) {
	}
}
