package org.crossroads.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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
		return signIns.signIn(attempt.getName(), credentials == null ? "" : credentials.toString())
			.map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.role().authorities()))
			.orElseThrow(() -> new BadCredentialsException("sign-in refused"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
