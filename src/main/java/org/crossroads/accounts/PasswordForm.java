package org.crossroads.accounts;

/** The change-password form. Passwords are never written back into the page. */
public class PasswordForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String repeatPassword = "";

	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
	public String getNewPassword() { return newPassword; }
	public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
