package org.crossroads.assessment.values;

import java.util.Arrays;
import java.util.Optional;

/** How much a "What matters to you" statement matters to a visitor; {@code key} is what forms and the API send. */
public enum ValueRating {

	NOT_IMPORTANT("not-important"), SOMEWHAT("somewhat"), VERY("very");

	private final String key;

	ValueRating(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/** Somewhat or very important: the result shows how therapy and coaching fit it. */
	public boolean important() {
		return this != NOT_IMPORTANT;
	}

	static Optional<ValueRating> ofKey(String key) {
		return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
	}
}
