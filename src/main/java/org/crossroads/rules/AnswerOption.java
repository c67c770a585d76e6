package org.crossroads.rules;

import java.util.Objects;

public record AnswerOption(String key, String label, int score) {
	public AnswerOption {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
	}
}
