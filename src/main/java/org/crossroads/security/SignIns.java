package org.crossroads.security;

import org.crossroads.throttling.Throttles;
import org.crossroads.throttling.TooManyRequestsException;

import org.crossroads.accounts.Usernames;
import org.crossroads.accounts.AccountRepository;
import org.crossroads.accounts.AccountPrincipal;
import org.crossroads.accounts.PasswordPolicy;
import org.crossroads.accounts.Account;

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
 * password, disabled), and each costs one password hash, so timing tells no more than the message.
 * Only the audit trail records which it was. Failures are throttled per address and per account
 * name ({@link Throttles}) rather than locking an account, which would let anyone shut an editor
 * out: a throttled attempt is refused before the hash, costs no audit row and is only counted.
 */
@Service
public class SignIns {

	static final String SUBJECT = "audit.subject.sign-in";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Throttles throttles;

	private final TransactionTemplate transactions;

	/** Compared against when there is no account, so an unknown name takes as long as a known one. */
	private final String decoyHash;

	private final MeterRegistry meters;

	SignIns(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, Throttles throttles,
			PlatformTransactionManager transactionManager, MeterRegistry meters) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.throttles = throttles;
		this.transactions = new TransactionTemplate(transactionManager);
		this.decoyHash = passwords.encode(PasswordPolicy.temporary());
		this.meters = meters;
		for (Refusal refusal : Refusal.values()) {
			failures(refusal);
		}
	}

	/** Why a sign-in was refused, as the tag of {@code crossroads.signin.failures}; never who tried. */
	enum Refusal {
		UNKNOWN_ACCOUNT, DISABLED, WRONG_PASSWORD;

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

	/**
	 * The signed-in account, or empty for any refusal. The hash is checked outside the row lock.
	 *
	 * @throws TooManyRequestsException when the address or the name has failed too often just now
	 */
	Optional<AccountPrincipal> signIn(String typedUsername, String password, String remoteAddress) {
		String username = Usernames.normalize(typedUsername);
		boolean valid = Usernames.isValid(username);
		Optional<Account> found = valid ? accounts.findByUsername(username) : Optional.empty();
		Throttles.Token token = throttles.takeSignIn(remoteAddress, valid ? username : "", found.isPresent());
		boolean fits = PasswordPolicy.fitsHash(password);
		String hash = found.map(Account::passwordHash).orElse(decoyHash);
		boolean matches = passwords.matches(fits ? password : "-", hash) && fits && found.isPresent();
		Optional<AccountPrincipal> signedIn = transactions.execute(tx -> conclude(found.map(Account::getId), matches,
				password));
		if (signedIn.isPresent()) {
			token.giveBack();
		}
		return signedIn;
	}

	private Optional<AccountPrincipal> conclude(Optional<Long> accountId, boolean matches, String password) {
		Optional<Account> locked = accountId.flatMap(accounts::lockById);
		if (locked.isEmpty()) {
			// never what was typed: it may be a password typed into the name field
			return refuse(Refusal.UNKNOWN_ACCOUNT, audit.text("audit.actor.unknown-name"),
					audit.text("audit.text.sign-in.no-such-account"));
		}
		Account account = locked.get();
		if (!account.isEnabled()) {
			return refuse(Refusal.DISABLED, account.getUsername(), audit.text("audit.text.sign-in.account-disabled"));
		}
		if (!matches) {
			return refuse(Refusal.WRONG_PASSWORD, account.getUsername(), audit.text("audit.text.sign-in.wrong-password"));
		}
		if (passwords.upgradeEncoding(account.passwordHash())) {
			account.setPassword(passwords.encode(password), account.isMustChangePassword());
		}
		audit.record(account.getUsername(), AuditKind.SIGN_IN, audit.text(SUBJECT), null,
				audit.text(account.isMustChangePassword() ? "audit.text.sign-in.must-change-password" : "audit.text.sign-in"));
		return Optional.of(account.principal());
	}

	private Optional<AccountPrincipal> refuse(Refusal refusal, String actor, String why) {
		audit.record(actor, AuditKind.SIGN_IN_FAILED, audit.text(SUBJECT), null, why);
		failures(refusal).increment();
		return Optional.empty();
	}
}
