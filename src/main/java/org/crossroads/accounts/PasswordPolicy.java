package org.crossroads.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rules for passwords people choose, and the generator of temporary ones. The upper bound is
 * bcrypt's: it reads at most 72 bytes, so a longer password would only seem stronger. A password
 * on the list of common and leaked passwords ({@link CommonPasswords}) is the first that
 * guessing tries, and one that contains its user name the second.
 */
public final class PasswordPolicy {

	/** Where a signed-in person changes their password; security sends accounts that must change it here. */
	public static final String CHANGE_PAGE = "/admin/password";

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	/** No look-alike characters (0/o, 1/l/i), since an admin reads these out or copies them by hand. */
	private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	/** 20 characters of 54 give about 115 bits. */
	private static final int TEMPORARY_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** Names shorter than this are too likely to occur by chance in a good password. */
	static final int MIN_USERNAME_IN_PASSWORD = 3;

	/** The message code of what is wrong with a password the named account's owner chose, if anything. */
	public static Optional<String> problem(@Nullable String username, @Nullable String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("security.password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("security.password.too-short");
		}
		if (!fitsHash(password)) {
			return Optional.of("security.password.too-long");
		}
		if (containsUsername(username, password)) {
			return Optional.of("security.password.contains-username");
		}
		if (CommonPasswords.contains(password)) {
			return Optional.of("security.password.common");
		}
		return Optional.empty();
	}

	private static boolean containsUsername(@Nullable String username, String password) {
		String name = Usernames.normalize(username);
		return name.length() >= MIN_USERNAME_IN_PASSWORD && password.toLowerCase(Locale.ROOT).contains(name);
	}

	public static boolean fitsHash(@Nullable String password) {
		return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	public static String temporary() {
		StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
		for (int i = 0; i < TEMPORARY_LENGTH; i++) {
			password.append(TEMPORARY_ALPHABET[RANDOM.nextInt(TEMPORARY_ALPHABET.length)]);
		}
		return password.toString();
	}
}
