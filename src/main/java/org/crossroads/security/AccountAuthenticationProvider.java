package org.crossroads.security;

import org.crossroads.throttling.TooManyRequestsException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The only way to sign in. Being the single AuthenticationProvider bean, it also keeps Spring
 * Boot from creating its default in-memory user with a generated password.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final SignIns signIns;

	AccountAuthenticationProvider(SignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Object credentials = attempt.getCredentials();
		// the form filter's details hold request.getRemoteAddr(), the address the throttle counts by
		String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "";
		try {
			return signIns.signIn(attempt.getName(), credentials == null ? "" : credentials.toString(), address)
				.map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null,
						principal.role().authorities()))
				.orElseThrow(() -> new BadCredentialsException("sign-in refused"));
		}
		catch (TooManyRequestsException throttled) {
			throw new ThrottledException(throttled.retryAfterSeconds());
		}
	}

	/** Refused before the password is looked at; {@link SignInFailureHandler} answers 429. */
	static final class ThrottledException extends AuthenticationException {

		private final long retryAfterSeconds;

		ThrottledException(long retryAfterSeconds) {
			super("sign-in throttled");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
