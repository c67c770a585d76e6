package org.crossroads.accounts;

import org.crossroads.CrossroadsSettings;
import org.crossroads.security.SecurityIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account, made at startup when there is none, with its one-time password file in a
 * temporary data directory. Each test empties the account table inside its own transaction, which
 * is rolled back, so the shared database keeps its accounts.
 */
@SecurityIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAccountTest {

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	@TempDir
	Path dataDir;

	private FirstAccount firstAccount(String username, String password) {
		return new FirstAccount(accounts, new CrossroadsSettings.Admin(username, password), dataDir);
	}

	@Test
	void withoutAConfiguredPasswordARandomOneIsWrittenToAFileOnlyTheAppsUserCanRead(CapturedOutput output)
			throws IOException {
		repository.deleteAll();

		FirstAccount first = firstAccount("Chief", "");
		first.run(null);

		Path file = dataDir.resolve("first-admin-password");
		assertThat(first.passwordFile()).isEqualTo(file.toAbsolutePath());
		assertThat(file).isRegularFile();
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		Account account = repository.findByUsername("chief").orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.ADMIN);
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(passwords.matches(password, account.passwordHash())).isTrue();
		assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
		// the log says where the password is, never what it is
		assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(password);

		// a second start finds the account still waiting for its first sign-in: nothing changes
		first.run(null);
		assertThat(repository.count()).isEqualTo(1);
		assertThat(Files.readString(file).strip()).isEqualTo(password);
	}

	@Test
	void twoRandomPasswordsDiffer() throws IOException {
		Path file = dataDir.resolve("first-admin-password");
		repository.deleteAll();
		firstAccount("admin", null).run(null);
		String one = Files.readString(file);
		repository.deleteAll();
		// a file left by an earlier database is replaced
		firstAccount("admin", " ").run(null);
		assertThat(Files.readString(file)).isNotEqualTo(one);
	}

	@Test
	void aConfiguredPasswordIsUsedAndNeitherPrintedNorWritten(CapturedOutput output) {
		repository.deleteAll();

		firstAccount(SecurityIntegrationTest.ADMIN_USERNAME, SecurityIntegrationTest.ADMIN_PASSWORD).run(null);

		Account account = repository.findByUsername(SecurityIntegrationTest.ADMIN_USERNAME).orElseThrow();
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(passwords.matches(SecurityIntegrationTest.ADMIN_PASSWORD, account.passwordHash())).isTrue();
		assertThat(output.getAll()).doesNotContain(SecurityIntegrationTest.ADMIN_PASSWORD).doesNotContain("one-time");
		assertThat(dataDir.resolve("first-admin-password")).doesNotExist();
	}

	@Test
	void aWeakConfiguredPasswordOrBadUsernameStopsTheStart() {
		repository.deleteAll();
		assertThatThrownBy(() -> firstAccount("admin", "short").run(null))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("crossroads.admin.password must be at least 12");
		assertThatThrownBy(() -> firstAccount("admin", "Password1234").run(null))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("crossroads.admin.password is a common password");
		assertThatThrownBy(() -> firstAccount("chief", "the Chief of all meadows").run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("crossroads.admin.password must not contain crossroads.admin.username");
		assertThatThrownBy(() -> firstAccount("no spaces allowed", SecurityIntegrationTest.ADMIN_PASSWORD).run(null))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("crossroads.admin.username");
		assertThat(repository.count()).isZero();
	}

	@Test
	void aPasswordThatCannotBeWrittenStopsTheStart() throws IOException {
		repository.deleteAll();
		// a data directory that is a file cannot hold the password file
		Path notADirectory = Files.writeString(dataDir.resolve("taken"), "");
		FirstAccount first = new FirstAccount(accounts, new CrossroadsSettings.Admin("chief", ""), notADirectory);

		assertThatThrownBy(() -> first.run(null)).hasMessageContaining("crossroads.data-dir")
			.hasMessageContaining("crossroads.admin.password");
	}

	@Test
	void theFirstAccountsSignInDeletesTheFileAnotherAccountsDoesNot(CapturedOutput output) {
		repository.deleteAll();
		FirstAccount first = firstAccount("chief", "");
		first.run(null);
		Path file = first.passwordFile();

		first.signedIn(signedIn("someone-else"));
		assertThat(file).exists();

		first.signedIn(signedIn("Chief"));
		assertThat(file).doesNotExist();
		assertThat(output.getAll()).contains("Deleted " + file);
	}

	@Test
	void aStartAfterThePasswordWasChangedElsewhereDeletesTheFile() throws IOException {
		repository.deleteAll();
		FirstAccount first = firstAccount("chief", "");
		first.run(null);
		Path file = first.passwordFile();
		String oneTime = Files.readString(file).strip();

		// signed in and changed through another node, which has no such file
		assertThat(accounts.changeOwnPassword("chief", oneTime, "sideways lantern otter meadow"))
			.isEqualTo(AccountService.PasswordChange.CHANGED);
		first.run(null);

		assertThat(file).doesNotExist();
		assertThat(repository.count()).isEqualTo(1);
	}

	private static AuthenticationSuccessEvent signedIn(String username) {
		return new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
				new AccountPrincipal(1, username, Role.ADMIN), null, Role.ADMIN.authorities()));
	}

	/** Nodes that start together on one database: another node commits the account after this one counted none. */
	@Test
	void anotherNodeCreatingTheSameAccountMeanwhileLetsThisNodeStart(CapturedOutput output) {
		AccountService racing = mock(AccountService.class);
		when(racing.createFirstAccount(eq("editor"),
				any(), any()))
			.thenThrow(new AccountService.RefusedException(AccountService.Refusal.USERNAME_TAKEN));
		FirstAccount first = new FirstAccount(racing, new CrossroadsSettings.Admin("editor", ""), dataDir);

		first.run(null);

		assertThat(output.getAll()).contains("created by another node at the same time");
		assertThat(dataDir.resolve("first-admin-password")).doesNotExist();

		when(racing.createFirstAccount(eq("editor"),
				any(), any()))
			.thenThrow(new AccountService.RefusedException(AccountService.Refusal.OWN_ACCOUNT));
		assertThatThrownBy(() -> first.run(null)).isInstanceOf(AccountService.RefusedException.class);
	}
}
