package org.crossroads.accounts;

import org.jspecify.annotations.Nullable;

/** The change-password form. Passwords are never written back into the page. */
class PasswordForm {

	private @Nullable String currentPassword = "";

	private String newPassword = "";

	private String repeatPassword = "";

	public @Nullable String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(@Nullable String currentPassword) { this.currentPassword = currentPassword; }
	public String getNewPassword() { return newPassword; }
	public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
	public String getRepeatPassword() { return repeatPassword; }
	public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
