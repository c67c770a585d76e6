package org.crossroads.security;

import org.crossroads.accounts.Usernames;
import org.crossroads.accounts.AccountRepository;
import org.crossroads.accounts.AccountPrincipal;
import org.crossroads.accounts.PasswordPolicy;
import org.crossroads.accounts.Account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;

/**
 * Decides a form sign-in. Every refusal looks the same from outside (unknown account, wrong
 * password, disabled, locked), and each costs one password hash, so timing tells no more than
 * the message. Only the audit trail records which it was.
 */
@Service
public class SignIns {

	public static final int ALLOWED_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	static final String SUBJECT = "audit.subject.sign-in";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** Compared against when there is no account, so an unknown name takes as long as a known one. */
	private final String decoyHash;

	private final MeterRegistry meters;

	SignIns(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager, MeterRegistry meters) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.decoyHash = passwords.encode(PasswordPolicy.temporary());
		this.meters = meters;
		for (Refusal refusal : Refusal.values()) {
			failures(refusal);
		}
	}

	/** Why a sign-in was refused, as the tag of {@code crossroads.signin.failures}; never who tried. */
	enum Refusal {
		UNKNOWN_ACCOUNT, DISABLED, LOCKED, WRONG_PASSWORD;

		String tag() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private Counter failures(Refusal refusal) {
		return Counter.builder("crossroads.signin.failures")
			.description("Refused sign-ins, by reason")
			.tag("reason", refusal.tag())
			.register(meters);
	}

	/** The signed-in account, or empty for any refusal. The hash is checked outside the row lock. */
	Optional<AccountPrincipal> signIn(String typedUsername, String password) {
		String username = Usernames.normalize(typedUsername);
		Optional<Account> found = Usernames.isValid(username) ? accounts.findByUsername(username) : Optional.empty();
		boolean fits = PasswordPolicy.fitsHash(password);
		String hash = found.map(Account::passwordHash).orElse(decoyHash);
		boolean matches = passwords.matches(fits ? password : "-", hash) && fits && found.isPresent();
		return transactions.execute(tx -> conclude(typedUsername, found.map(Account::getId), matches, password));
	}

	private Optional<AccountPrincipal> conclude(String typedUsername, Optional<Long> accountId, boolean matches,
			String password) {
		Optional<Account> locked = accountId.flatMap(accounts::lockById);
		if (locked.isEmpty()) {
			return refuse(Refusal.UNKNOWN_ACCOUNT, typedUsername, audit.text("audit.text.sign-in.no-such-account"));
		}
		Account account = locked.get();
		Instant now = clock.instant();
		if (!account.isEnabled()) {
			return refuse(Refusal.DISABLED, account.getUsername(), audit.text("audit.text.sign-in.account-disabled"));
		}
		if (account.isLockedAt(now)) {
			return refuse(Refusal.LOCKED, account.getUsername(),
					audit.text("audit.text.sign-in.account-locked", account.getLockedUntil()));
		}
		if (!matches) {
			account.recordFailure(now, ALLOWED_FAILURES, LOCK_DURATION);
			return refuse(Refusal.WRONG_PASSWORD, account.getUsername(), account.isLockedAt(now)
					? audit.text("audit.text.sign-in.wrong-password-locked", ALLOWED_FAILURES, account.getLockedUntil())
					: audit.text("audit.text.sign-in.wrong-password", account.getFailedAttempts(), ALLOWED_FAILURES));
		}
		account.recordSuccess();
		if (passwords.upgradeEncoding(account.passwordHash())) {
			account.setPassword(passwords.encode(password), account.isMustChangePassword());
		}
		audit.record(account.getUsername(), AuditKind.SIGN_IN, audit.text(SUBJECT), null,
				audit.text(account.isMustChangePassword() ? "audit.text.sign-in.must-change-password" : "audit.text.sign-in"));
		return Optional.of(account.principal());
	}

	private Optional<AccountPrincipal> refuse(Refusal refusal, String actor, String why) {
		audit.record(Usernames.forAudit(actor), AuditKind.SIGN_IN_FAILED, audit.text(SUBJECT), null, why);
		failures(refusal).increment();
		return Optional.empty();
	}
}
