package org.crossroads.accounts;

import org.crossroads.CrossroadsSettings;
import org.crossroads.security.SecurityIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account, made at startup when there is none. Each test empties the account table
 * inside its own transaction, which is rolled back, so the shared database keeps its accounts.
 */
@SecurityIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAccountTest {

	private static final Pattern ONE_TIME = Pattern.compile("one-time password: (\\S+)");

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void withoutAConfiguredPasswordARandomOneIsPrintedOnceAndMustBeChanged(CapturedOutput output) {
		repository.deleteAll();

		new FirstAccount(accounts, new CrossroadsSettings.Admin("Chief", "")).run(null);

		Matcher printed = ONE_TIME.matcher(output.getOut());
		assertThat(printed.find()).as("log shows the one-time password").isTrue();
		String password = printed.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		Account account = repository.findByUsername("chief").orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.ADMIN);
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(passwords.matches(password, account.passwordHash())).isTrue();
		assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);

		// a second start finds an account and neither creates nor prints anything
		new FirstAccount(accounts, new CrossroadsSettings.Admin("Chief", "")).run(null);
		assertThat(repository.count()).isEqualTo(1);
		assertThat(ONE_TIME.matcher(output.getOut()).results().count()).isEqualTo(1);
	}

	@Test
	void twoRandomPasswordsDiffer(CapturedOutput output) {
		repository.deleteAll();
		new FirstAccount(accounts, new CrossroadsSettings.Admin("admin", null)).run(null);
		repository.deleteAll();
		new FirstAccount(accounts, new CrossroadsSettings.Admin("admin", " ")).run(null);
		assertThat(ONE_TIME.matcher(output.getOut()).results().map(m -> m.group(1)).distinct().count()).isEqualTo(2);
	}

	@Test
	void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
		repository.deleteAll();

		new FirstAccount(accounts,
				new CrossroadsSettings.Admin(SecurityIntegrationTest.ADMIN_USERNAME, SecurityIntegrationTest.ADMIN_PASSWORD))
			.run(null);

		Account account = repository.findByUsername(SecurityIntegrationTest.ADMIN_USERNAME).orElseThrow();
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(passwords.matches(SecurityIntegrationTest.ADMIN_PASSWORD, account.passwordHash())).isTrue();
		assertThat(output.getAll()).doesNotContain(SecurityIntegrationTest.ADMIN_PASSWORD).doesNotContain("one-time");
	}

	@Test
	void aWeakConfiguredPasswordOrBadUsernameStopsTheStart() {
		repository.deleteAll();
		assertThatThrownBy(() -> new FirstAccount(accounts, new CrossroadsSettings.Admin("admin", "short")).run(null))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("crossroads.admin.password");
		assertThatThrownBy(() -> new FirstAccount(accounts,
				new CrossroadsSettings.Admin("no spaces allowed", SecurityIntegrationTest.ADMIN_PASSWORD)).run(null))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("crossroads.admin.username");
		assertThat(repository.count()).isZero();
	}
}
