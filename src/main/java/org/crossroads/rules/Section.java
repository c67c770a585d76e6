package org.crossroads.rules;

import java.util.List;
import java.util.Objects;

public record Section(String key, String title, List<Question> questions) {
	public Section {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		questions = List.copyOf(questions);
	}

	/** The required questions of this section that the sheet leaves unanswered, in page order. */
	public List<AnswerProblem> unanswered(AnswerSheet answers) {
		return questions.stream()
			.filter(q -> q.required() && answers.optionFor(q.key()).isEmpty())
			.map(q -> new AnswerProblem(q.key(), AnswerProblem.Kind.MISSING_REQUIRED))
			.toList();
	}
}
