package org.crossroads.accounts;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Usernames are compared and stored lower-case, so "Alice" and "alice" are one account. */
public final class Usernames {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private Usernames() {
	}

	public static String normalize(@Nullable String raw) {
		return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isValid(String normalized) {
		return VALID.matcher(normalized).matches();
	}
}
