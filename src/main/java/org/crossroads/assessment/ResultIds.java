package org.crossroads.assessment;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Result ids are the visitor's only key to a result, so they carry 192 random bits. */
final class ResultIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int BYTES = 24;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

	private ResultIds() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Anything else cannot be an id we issued; it is answered 404 without a database read. */
	static boolean wellFormed(@Nullable String id) {
		return id != null && SHAPE.matcher(id).matches();
	}
}
