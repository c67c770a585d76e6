package org.crossroads.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

/** Creates and changes accounts; every change is written to the audit trail in the same transaction. */
@Service
public class AccountService {

	static final String SYSTEM_ACTOR = "system";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** A password made up by the application, to be shown once to the person who asked for it. */
	record IssuedPassword(String username, @Nullable String temporaryPassword) {
	}

	/** Why a change was not made; each is a message code shown to the admin. */
	enum Refusal {
		USERNAME_INVALID("accounts.username.invalid"),
		USERNAME_TAKEN("accounts.username.taken"),
		OWN_ACCOUNT("accounts.refused.own-account"),
		OWN_PASSWORD("accounts.refused.own-password");

		public final String messageCode;

		Refusal(String messageCode) {
			this.messageCode = messageCode;
		}
	}

	static final class RefusedException extends RuntimeException {

		private final Refusal refusal;

		RefusedException(Refusal refusal) {
			super(refusal.name());
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}
	}

	enum PasswordChange {
		CHANGED, WRONG_CURRENT, SAME_AS_CURRENT, NO_SUCH_ACCOUNT
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	Optional<Account> find(long id) {
		return accounts.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(Usernames.normalize(username));
	}

	/** A new account with a temporary password that must be changed at its first sign-in. */
	@Transactional
	IssuedPassword create(String actor, String username, Role role) {
		String temporary = PasswordPolicy.temporary();
		Account account = create(actor, username, role, temporary, true);
		return new IssuedPassword(account.getUsername(), temporary);
	}

	/**
	 * A new account with a given password: the first account from configuration, and test
	 * fixtures. The password must satisfy {@link PasswordPolicy}.
	 */
	@Transactional
	public Account create(String actor, String username, Role role, String password, boolean mustChangePassword) {
		String name = Usernames.normalize(username);
		if (!Usernames.isValid(name)) {
			throw new RefusedException(Refusal.USERNAME_INVALID);
		}
		PasswordPolicy.problem(name, password).ifPresent(code -> {
			throw new IllegalArgumentException("password refused: " + code);
		});
		if (accounts.findByUsername(name).isPresent()) {
			throw new RefusedException(Refusal.USERNAME_TAKEN);
		}
		Account account = accounts.saveAndFlush(
				new Account(name, passwords.encode(password), role, mustChangePassword, clock.instant()));
		audit.record(actor, AuditKind.ACCOUNT_CHANGE, subject(account), null,
				audit.text("audit.text.account.created", account.describe()));
		return account;
	}

	/**
	 * Creates the first account when there is none. Without a configured password a random
	 * one-time password is made and must be changed at first sign-in; {@code handOver} gets it
	 * inside the transaction, so the account is not made if it cannot be handed over.
	 */
	@Transactional
	Optional<IssuedPassword> createFirstAccount(String username, @Nullable String configuredPassword,
			Consumer<IssuedPassword> handOver) {
		if (accounts.count() > 0) {
			return Optional.empty();
		}
		String name = Usernames.normalize(username);
		if (!Usernames.isValid(name)) {
			throw new IllegalStateException("crossroads.admin.username must be 3 to 50 characters of a-z, 0-9, '.', '_', '-'");
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		if (!generated) {
			PasswordPolicy.problem(name, configuredPassword).ifPresent(code -> {
				throw new IllegalStateException(switch (code) {
					case "security.password.contains-username" -> "crossroads.admin.password must not contain crossroads.admin.username";
					case "security.password.common" -> "crossroads.admin.password is a common password, found in lists of "
							+ "leaked passwords: choose another";
					default -> "crossroads.admin.password must be at least " + PasswordPolicy.MIN_LENGTH
							+ " characters and at most " + PasswordPolicy.MAX_BYTES + " bytes";
				});
			});
		}
		String password = generated ? PasswordPolicy.temporary() : configuredPassword;
		Account account = create(SYSTEM_ACTOR, name, Role.ADMIN, password, generated);
		IssuedPassword issued = new IssuedPassword(account.getUsername(), generated ? password : null);
		handOver.accept(issued);
		return Optional.of(issued);
	}

	@Transactional
	public Account setEnabled(String actor, long id, boolean enabled) {
		Account account = accounts.lockById(id).orElseThrow(() -> new AccountNotFoundException(id));
		if (!enabled && account.getUsername().equals(Usernames.normalize(actor))) {
			throw new RefusedException(Refusal.OWN_ACCOUNT);
		}
		if (account.isEnabled() != enabled) {
			String before = account.describe();
			account.setEnabled(enabled);
			audit.record(actor, AuditKind.ACCOUNT_CHANGE, subject(account), before, account.describe());
			if (!enabled) {
				events.publishEvent(new SignInsEnded(account.getUsername(), false));
			}
		}
		return account;
	}

	/** Replaces the password with a temporary one, which must be changed at the next sign-in. */
	@Transactional
	IssuedPassword resetPassword(String actor, long id) {
		Account account = accounts.lockById(id).orElseThrow(() -> new AccountNotFoundException(id));
		if (account.getUsername().equals(Usernames.normalize(actor))) {
			// a reset would sign its own author out into a forced change: the password page is the way
			throw new RefusedException(Refusal.OWN_PASSWORD);
		}
		String before = account.describe();
		String temporary = PasswordPolicy.temporary();
		account.setPassword(passwords.encode(temporary), true);
		audit.record(actor, AuditKind.ACCOUNT_CHANGE, subject(account), before,
				audit.text("audit.text.account.password-reset", account.describe()));
		events.publishEvent(new SignInsEnded(account.getUsername(), false));
		return new IssuedPassword(account.getUsername(), temporary);
	}

	/** The signed-in person's own change; the new password has passed {@link PasswordPolicy} already. */
	@Transactional
	PasswordChange changeOwnPassword(String username, String currentPassword, String newPassword) {
		Optional<Account> found = accounts.findByUsername(Usernames.normalize(username))
			.flatMap(a -> accounts.lockById(a.getId()));
		if (found.isEmpty()) {
			return PasswordChange.NO_SUCH_ACCOUNT;
		}
		Account account = found.get();
		if (!PasswordPolicy.fitsHash(currentPassword) || !passwords.matches(currentPassword, account.passwordHash())) {
			return PasswordChange.WRONG_CURRENT;
		}
		if (passwords.matches(newPassword, account.passwordHash())) {
			return PasswordChange.SAME_AS_CURRENT;
		}
		String before = account.describe();
		account.setPassword(passwords.encode(newPassword), false);
		audit.record(account.getUsername(), AuditKind.PASSWORD_CHANGE, subject(account), before, account.describe());
		events.publishEvent(new SignInsEnded(account.getUsername(), true));
		return PasswordChange.CHANGED;
	}

	private String subject(Account account) {
		return audit.text("audit.subject.account", account.getUsername());
	}

	static final class AccountNotFoundException extends RuntimeException {
		AccountNotFoundException(long id) {
			super("no account " + id);
		}
	}
}
