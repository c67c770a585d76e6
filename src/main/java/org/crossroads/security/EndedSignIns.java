package org.crossroads.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.crossroads.accounts.SignInsEnded;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions on every node when it is disabled, its password changes or it signs
 * out: sessions are rows of the shared database (Spring Session JDBC), found by the account's
 * name. After a change, runs once it is committed, so a change that rolls back signs nobody out.
 */
@Component
class EndedSignIns implements LogoutHandler {

	private final FindByIndexNameSessionRepository<?> sessions;

	EndedSignIns(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void end(SignInsEnded event) {
		String kept = event.exceptCurrent() ? currentSessionId() : null;
		sessions.findByPrincipalName(event.username()).keySet().stream()
			.filter(id -> !id.equals(kept))
			.forEach(sessions::deleteById);
	}

	/** Signing out signs the account out everywhere; the sign-out itself ends the current session. */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
		if (authentication != null) {
			end(new SignInsEnded(authentication.getName(), true));
		}
	}

	/** The session of the request that made the change, if it has one (never makes one). */
	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}
}
