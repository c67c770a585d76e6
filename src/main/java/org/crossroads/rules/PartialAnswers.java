package org.crossroads.rules;

import java.util.List;
import java.util.Objects;

/**
 * Answers to some questions, as one step of the questionnaire sends them: the valid ones in a
 * sheet, and what was refused (unknown questions and options; a missing answer is not a problem here).
 */
public record PartialAnswers(AnswerSheet sheet, List<AnswerProblem> rejected) {

	public PartialAnswers {
		Objects.requireNonNull(sheet, "sheet");
		rejected = List.copyOf(rejected);
		if (rejected.stream().anyMatch(p -> p.kind() == AnswerProblem.Kind.MISSING_REQUIRED)) {
			throw new IllegalArgumentException("a partial answer set has no missing answers: " + rejected);
		}
	}
}
