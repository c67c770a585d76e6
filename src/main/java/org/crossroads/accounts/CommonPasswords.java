package org.crossroads.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The shipped list of common and leaked passwords (resources/passwords, see its NOTICE.txt).
 * Passwords shorter than {@link PasswordPolicy#MIN_LENGTH} are refused anyway, so only the list's
 * longer entries (about 12,000 of its 437,651) are kept in memory, sorted, from the first check on.
 * A password that only gets shorter by being trimmed or lower-cased is checked against the whole
 * file instead, so the answer is always that of the whole list.
 */
final class CommonPasswords {

	static final String RESOURCE = "passwords/common-passwords.txt.gz";

	private CommonPasswords() {
	}

	/** Whether the password, trimmed and in lower case, is on the list. */
	static boolean contains(String password) {
		String wanted = normalize(password);
		if (wanted.isEmpty()) {
			return false;
		}
		if (isLong(wanted)) {
			return Arrays.binarySearch(LongEntries.ENTRIES, wanted) >= 0;
		}
		try (Stream<String> all = entries()) {
			return all.anyMatch(wanted::equals);
		}
	}

	/** How many entries are kept in memory. */
	static int longEntries() {
		return LongEntries.ENTRIES.length;
	}

	/** Every entry of the file, normalized, read afresh; the caller closes the stream. */
	static Stream<String> entries() {
		InputStream resource = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (resource == null) {
			throw new IllegalStateException("the list of common passwords is missing from the application: " + RESOURCE);
		}
		try {
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(resource, 64 * 1024), StandardCharsets.UTF_8));
			return lines.lines().map(CommonPasswords::normalize).filter(entry -> !entry.isEmpty()).onClose(() -> {
				try {
					lines.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + RESOURCE, ex);
		}
	}

	static String normalize(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isLong(String normalized) {
		return normalized.codePointCount(0, normalized.length()) >= PasswordPolicy.MIN_LENGTH;
	}

	/** Loaded at first use: a class is initialized once, by one thread. */
	private static final class LongEntries {

		static final String[] ENTRIES;

		static {
			try (Stream<String> all = entries()) {
				ENTRIES = all.filter(CommonPasswords::isLong).distinct().sorted().toArray(String[]::new);
			}
		}
	}
}
