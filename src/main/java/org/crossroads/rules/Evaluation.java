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

	public List<String> metCodes() {
		return metCriteria.stream().map(Criterion::code).toList();
	}
}
