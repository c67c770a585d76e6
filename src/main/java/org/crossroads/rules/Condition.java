package org.crossroads.rules;

import java.util.Objects;
import java.util.Set;

/** One test on the answers. Editors pick these from lists; they are never typed as expressions. */
public sealed interface Condition {

	boolean holds(AnswerSheet answers);

	/** The answer to a question is one of the given options; an unanswered question matches nothing. */
	record AnswerIn(String questionKey, Set<String> optionKeys) implements Condition {
		public AnswerIn {
			Objects.requireNonNull(questionKey, "questionKey");
			optionKeys = Set.copyOf(optionKeys);
			if (optionKeys.isEmpty()) {
				throw new IllegalArgumentException("an answer condition needs at least one option");
			}
		}

		@Override
		public boolean holds(AnswerSheet answers) {
			return answers.optionFor(questionKey).map(optionKeys::contains).orElse(false);
		}
	}

	/** The summed option scores of a scale's questions reach a minimum. */
	record ScoreAtLeast(String scaleKey, int minimum) implements Condition {
		public ScoreAtLeast {
			Objects.requireNonNull(scaleKey, "scaleKey");
		}

		@Override
		public boolean holds(AnswerSheet answers) {
			return answers.scaleScore(scaleKey) >= minimum;
		}
	}

}
