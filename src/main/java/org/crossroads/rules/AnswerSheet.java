package org.crossroads.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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

	/** Takes maps made for it and shared with no one, without copying them again. */
	private AnswerSheet(LinkedHashMap<String, String> answers, HashMap<String, Integer> scaleScores) {
		this.answers = Collections.unmodifiableMap(answers);
		this.scaleScores = Collections.unmodifiableMap(scaleScores);
	}

	/**
	 * The same checked answers with one question's answer replaced by another of its options, or
	 * left out ({@code null}): what-if variants without checking every answer again.
	 */
	AnswerSheet with(Question question, @Nullable String optionKey) {
		LinkedHashMap<String, String> changed = new LinkedHashMap<>(answers);
		HashMap<String, Integer> scales = new HashMap<>(scaleScores);
		String before = answers.get(question.key());
		question.scale().ifPresent(scale -> scales.merge(scale, score(question, optionKey) - score(question, before),
				Integer::sum));
		if (optionKey == null) {
			changed.remove(question.key());
		}
		else {
			changed.put(question.key(), optionKey);
		}
		return new AnswerSheet(changed, scales);
	}

	private static int score(Question question, @Nullable String optionKey) {
		if (optionKey == null) {
			return 0;
		}
		return question.option(optionKey).orElseThrow(() -> new IllegalArgumentException(
				"not an option of " + question.key() + ": " + optionKey)).score();
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
