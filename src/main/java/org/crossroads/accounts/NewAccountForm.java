package org.crossroads.accounts;

/** The form for a new account; its password is generated, never typed by the admin. */
public class NewAccountForm {

	private String username = "";

	private Role role = Role.EDITOR;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
}
