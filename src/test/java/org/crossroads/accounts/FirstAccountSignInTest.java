package org.crossroads.accounts;

import org.crossroads.security.SecurityIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The running application deletes the first account's password file when that account signs in
 * through the form. The account is the one the test settings name; made here if the database
 * does not have it yet.
 */
@SecurityIntegrationTest
class FirstAccountSignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	FirstAccount firstAccount;

	@AfterEach
	void removeFile() throws IOException {
		Files.deleteIfExists(firstAccount.passwordFile());
	}

	@Test
	void theFileIsDeletedAtTheFirstAccountsSignInAndNotAtAnothers() throws Exception {
		if (accounts.findByUsername(SecurityIntegrationTest.ADMIN_USERNAME).isEmpty()) {
			accounts.create("test", SecurityIntegrationTest.ADMIN_USERNAME, Role.ADMIN,
					SecurityIntegrationTest.ADMIN_PASSWORD, false);
		}
		Path file = firstAccount.passwordFile();
		Files.createDirectories(file.getParent());
		Files.writeString(file, "stands for the one-time password\n");

		TestAccounts.signIn(mvc, testAccounts.create(Role.EDITOR));
		assertThat(file).exists();

		TestAccounts.signIn(mvc, new TestAccounts.Credentials(SecurityIntegrationTest.ADMIN_USERNAME,
				SecurityIntegrationTest.ADMIN_PASSWORD));
		assertThat(file).doesNotExist();
	}
}
