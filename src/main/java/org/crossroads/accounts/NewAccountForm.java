package org.crossroads.accounts;

import org.jspecify.annotations.Nullable;

/** The form for a new account; its password is generated, never typed by the admin. */
class NewAccountForm {

	private String username = "";

	private @Nullable Role role = Role.EDITOR;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public @Nullable Role getRole() { return role; }
	public void setRole(@Nullable Role role) { this.role = role; }
}
