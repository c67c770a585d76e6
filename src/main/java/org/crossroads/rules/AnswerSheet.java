package org.crossroads.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already checked against a rule set: every key is a known question and every value
 * one of its options. Only {@link RuleSet#read} makes one, so the engine never sees bad input.
 */
public final class AnswerSheet {

	private final Map<String, String> answers;

	private final Map<String, Integer> scaleScores;

	AnswerSheet(Map<String, String> answers, Map<String, Integer> scaleScores) {
		this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		this.scaleScores = Map.copyOf(scaleScores);
	}

	public Optional<String> optionFor(String questionKey) {
		return Optional.ofNullable(answers.get(questionKey));
	}

	public int scaleScore(String scaleKey) {
		return scaleScores.getOrDefault(scaleKey, 0);
	}

	/** The answers in questionnaire order. */
	public Map<String, String> answers() {
		return answers;
	}
}
