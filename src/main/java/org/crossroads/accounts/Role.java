package org.crossroads.accounts;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What an account may do: EDITOR changes content; ADMIN also manages accounts and reads the audit trail. */
public enum Role {
	EDITOR, ADMIN;

	/** An ADMIN also holds ROLE_EDITOR, so a check for editors never shuts administrators out. */
	public List<GrantedAuthority> authorities() {
		return switch (this) {
			case EDITOR -> List.of(new SimpleGrantedAuthority("ROLE_EDITOR"));
			case ADMIN -> List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"));
		};
	}
}
