package org.crossroads.rules;

/** Why an answer set cannot be evaluated, per question. */
public record AnswerProblem(String questionKey, Kind kind) {

	public enum Kind {
		UNKNOWN_QUESTION, UNKNOWN_OPTION, MISSING_REQUIRED
	}
}
