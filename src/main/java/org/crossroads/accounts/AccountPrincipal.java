package org.crossroads.accounts;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/** Who signed in through the form; kept in the session, so it holds no password or hash. */
public record AccountPrincipal(long accountId, String username, Role role) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return username;
	}
}
