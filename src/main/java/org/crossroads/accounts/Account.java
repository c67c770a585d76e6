package org.crossroads.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An admin-area account. Holds only a password hash, never the password. */
@Entity
@Table(name = "admin_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private boolean mustChangePassword;

	private Instant createdAt;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, boolean mustChangePassword, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	public @Nullable Long getId() { return id; }
	public String getUsername() { return username; }
	public Role getRole() { return role; }
	public boolean isEnabled() { return enabled; }
	public boolean isMustChangePassword() { return mustChangePassword; }
	public Instant getCreatedAt() { return createdAt; }

	public String passwordHash() {
		return passwordHash;
	}

	public void setPassword(String hash, boolean mustChange) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public AccountPrincipal principal() {
		return new AccountPrincipal(id, username, role);
	}

	/** The settings an audit row shows before and after a change; never the hash. */
	String describe() {
		return "role=" + role + ", enabled=" + enabled + ", must-change-password=" + mustChangePassword;
	}
}
