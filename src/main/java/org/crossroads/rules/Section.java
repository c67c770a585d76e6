package org.crossroads.rules;

import java.util.List;
import java.util.Objects;

public record Section(String key, String title, List<Question> questions) {
	public Section {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		questions = List.copyOf(questions);
	}
}
