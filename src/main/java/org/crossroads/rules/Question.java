package org.crossroads.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A single-choice question. {@code shortLabel} names it in a few words where the whole prompt
 * would be too long, such as a list of unanswered questions. {@code scaleKey} names the screening
 * scale its score adds to, if any.
 */
public record Question(String key, String prompt, String shortLabel, @Nullable String help, boolean required,
		@Nullable String scaleKey, List<AnswerOption> options) {

	public Question {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(prompt, "prompt");
		Objects.requireNonNull(shortLabel, "shortLabel");
		options = List.copyOf(options);
	}

	public Optional<AnswerOption> option(String optionKey) {
		return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
	}

	public Optional<String> scale() {
		return Optional.ofNullable(scaleKey);
	}
}
