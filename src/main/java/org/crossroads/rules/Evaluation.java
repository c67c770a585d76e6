package org.crossroads.rules;

import java.util.List;

/** What the engine decided, and why: the met criteria in rule-set order. */
public record Evaluation(Outcome outcome, Scores scores, List<Criterion> metCriteria, int ruleSetVersion) {

	public Evaluation {
		metCriteria = List.copyOf(metCriteria);
	}

	public boolean urgent() {
		return outcome == Outcome.URGENT_SUPPORT;
	}
}
