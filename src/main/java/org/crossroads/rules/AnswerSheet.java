package org.crossroads.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already checked against a rule set: every key is a known question and every value
 * one of its options, in questionnaire order. Only {@link RuleSet} makes one, so the engine never
 * sees bad input. A sheet read with {@link RuleSet#readPartial} may leave questions unanswered.
 */
public final class AnswerSheet {

	private final Map<String, String> answers;

	private final Map<String, Integer> scaleScores;

	AnswerSheet(Map<String, String> answers, Map<String, Integer> scaleScores) {
		this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		this.scaleScores = Map.copyOf(scaleScores);
	}

	Optional<String> optionFor(String questionKey) {
		return Optional.ofNullable(answers.get(questionKey));
	}

	int scaleScore(String scaleKey) {
		return scaleScores.getOrDefault(scaleKey, 0);
	}

	/** The answers in questionnaire order. */
	public Map<String, String> answers() {
		return answers;
	}

	boolean isEmpty() {
		return answers.isEmpty();
	}

	// scale scores follow from the answers under one rule set, so the answers decide equality
	@Override
	public boolean equals(Object other) {
		return other instanceof AnswerSheet sheet && answers.equals(sheet.answers);
	}

	@Override
	public int hashCode() {
		return answers.hashCode();
	}

	@Override
	public String toString() {
		return "AnswerSheet" + answers;
	}
}
