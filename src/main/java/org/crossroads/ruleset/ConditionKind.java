package org.crossroads.ruleset;

/** answer(question) in {options}, or score(scale) >= minimum. */
public enum ConditionKind {
	ANSWER, SCORE
}
