package org.crossroads.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * To the sign-in page, saying so when the browser's session has ended meanwhile (idle, signed out
 * elsewhere, the account changed or disabled on any node), rather than as if it had never signed in.
 */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SignInEntryPoint() {
		super(SecurityConfig.SIGN_IN);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		return ended ? SecurityConfig.SIGN_IN + "?ended" : SecurityConfig.SIGN_IN;
	}
}
