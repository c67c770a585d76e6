package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	/** Line 92,063 of the shipped list. */
	private static final String LISTED = "qwertyuiopasdfghjkl";

	@Test
	void theShippedListIsTheWholeListAndOnlyItsLongEntriesAreKept() {
		long lines;
		try (Stream<String> all = CommonPasswords.entries()) {
			lines = all.count();
		}
		assertThat(lines).isGreaterThanOrEqualTo(100_000);
		try (Stream<String> all = CommonPasswords.entries()) {
			assertThat(all.anyMatch(LISTED::equals)).isTrue();
		}
		// the memory it takes: a few thousand entries of 12 characters or more, not the whole list
		assertThat(CommonPasswords.longEntries()).isBetween(1_000, 20_000);
	}

	@Test
	void aListedPasswordIsRefusedInAnyCaseAndWithSurroundingSpaces() {
		assertThat(PasswordPolicy.problem("someone", LISTED)).contains("security.password.common");
		assertThat(PasswordPolicy.problem("someone", "  QwertyUiopASDFGHJKL ")).contains("security.password.common");
		assertThat(PasswordPolicy.problem(null, "password1234")).contains("security.password.common");
	}

	@Test
	void aShortListedPasswordPaddedToTheMinimumLengthIsRefusedAsTheWholeListWould() {
		// 12 characters, but "password" once trimmed: found only by reading the whole list
		assertThat(PasswordPolicy.problem("someone", "password    ")).contains("security.password.common");
		assertThat(PasswordPolicy.problem("someone", "\tQWERTY123\t\t\t")).contains("security.password.common");
	}

	@Test
	void randomPasswordsAreAccepted() {
		SecureRandom random = new SecureRandom();
		String printable = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%&*+-=?@^_~";
		for (int i = 0; i < 50; i++) {
			StringBuilder password = new StringBuilder();
			for (int c = 0; c < 20; c++) {
				password.append(printable.charAt(random.nextInt(printable.length())));
			}
			assertThat(PasswordPolicy.problem("someone", password.toString())).as(password.toString()).isEmpty();
		}
		assertThat(PasswordPolicy.problem("someone", "sideways lantern otter meadow")).isEmpty();
	}

	@Test
	void temporaryPasswordsPassTheirOwnPolicy() {
		for (int i = 0; i < 200; i++) {
			String temporary = PasswordPolicy.temporary();
			assertThat(PasswordPolicy.problem("admin", temporary)).as(temporary).isEmpty();
		}
	}

	@Test
	void aPasswordContainingTheUserNameIsRefusedWhateverItsCase() {
		assertThat(PasswordPolicy.problem("chief", "my CHIEF passphrase of old")).contains("security.password.contains-username");
		assertThat(PasswordPolicy.problem(" Chief ", "the chief of all meadows")).contains("security.password.contains-username");
		assertThat(PasswordPolicy.problem("chief", "my boss passphrase of old")).isEmpty();
		// a name of one or two letters would refuse half of all passwords by chance
		assertThat(PasswordPolicy.problem("ab", "absent lantern otter")).isEmpty();
		assertThat(PasswordPolicy.problem(null, "absent lantern otter")).isEmpty();
	}

	@Test
	void lengthRulesComeFirst() {
		assertThat(PasswordPolicy.problem("someone", null)).contains("security.password.required");
		assertThat(PasswordPolicy.problem("someone", "")).contains("security.password.required");
		assertThat(PasswordPolicy.problem("someone", "password")).contains("security.password.too-short");
		assertThat(PasswordPolicy.problem("someone", "x".repeat(73))).contains("security.password.too-long");
		// 12 characters of 36 bytes: long enough, and fits
		assertThat(PasswordPolicy.problem("someone", "€".repeat(12))).isEqualTo(Optional.empty());
	}
}
