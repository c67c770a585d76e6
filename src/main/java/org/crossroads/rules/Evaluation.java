package org.crossroads.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the engine decided, and why: the met criteria in rule-set order, under the version that
 * decided, and the checked answers it read. Everything a stored result keeps.
 */
public record Evaluation(Outcome outcome, Scores scores, List<Criterion> metCriteria, int ruleSetVersion,
		AnswerSheet answers) {

	public Evaluation {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(scores, "scores");
		Objects.requireNonNull(answers, "answers");
		metCriteria = List.copyOf(metCriteria);
	}

	public boolean urgent() {
		return outcome == Outcome.URGENT_SUPPORT;
	}

	/**
	 * The total of a screening scale's option scores, as the criteria read it: the engine's own
	 * figure, so what a page shows is what decided. A scale with no answered question totals 0.
	 */
	public int scaleScore(String scaleKey) {
		return answers.scaleScore(scaleKey);
	}

	public List<String> metCodes() {
		return metCriteria.stream().map(Criterion::code).toList();
	}
}
