package org.crossroads.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;

/** Records a sign-out; runs before the session is invalidated, while the authentication is known. */
@Component
class SignOutAudit implements LogoutHandler {

	private final AuditTrail audit;

	SignOutAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null) {
			audit.record(authentication.getName(), AuditKind.SIGN_OUT, audit.text(SignIns.SUBJECT), null,
					audit.text("audit.text.sign-out"));
		}
	}
}
