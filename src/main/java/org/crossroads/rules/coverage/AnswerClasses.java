package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

import org.jspecify.annotations.Nullable;

/**
 * The answers of a question that no condition can tell apart: the same membership in every
 * answer condition on it and the same scale score. Searching one answer per class finds every
 * outcome, met criterion and score the whole answer space can give, in far fewer answer sets.
 * {@code null} stands for "no answer", which only an optional question has.
 */
final class AnswerClasses {

	private final Map<String, List<Condition.AnswerIn>> conditionsOn = new HashMap<>();

	AnswerClasses(RuleSet rules) {
		for (Criterion c : rules.criteria()) {
			for (Condition condition : c.conditions()) {
				if (condition instanceof Condition.AnswerIn in) {
					conditionsOn.computeIfAbsent(in.questionKey(), k -> new ArrayList<>()).add(in);
				}
			}
		}
	}

	boolean readByAnswerConditions(Question q) {
		return conditionsOn.containsKey(q.key());
	}

	/** Every answer a question can have: its options, then "no answer" when it is optional. */
	static List<@Nullable String> answers(Question q) {
		List<@Nullable String> answers = new ArrayList<>();
		q.options().forEach(o -> answers.add(o.key()));
		if (!q.required()) {
			answers.add(null);
		}
		return answers;
	}

	/** What the conditions see of an answer. */
	Object key(Question q, @Nullable String answer) {
		List<Object> key = new ArrayList<>();
		for (Condition.AnswerIn in : conditionsOn.getOrDefault(q.key(), List.of())) {
			key.add(answer != null && in.optionKeys().contains(answer));
		}
		key.add(q.scale().isPresent() ? score(q, answer) : 0);
		return key;
	}

	static int score(Question q, @Nullable String answer) {
		return answer == null ? 0 : q.option(answer).map(AnswerOption::score).orElse(0);
	}

	/** The first answer of each class, in listed order. */
	List<@Nullable String> representatives(Question q) {
		Map<Object, @Nullable String> firsts = new LinkedHashMap<>();
		for (String answer : answers(q)) {
			firsts.putIfAbsent(key(q, answer), answer);
		}
		return new ArrayList<>(firsts.values());
	}

	boolean sameClass(Question q, @Nullable String a, @Nullable String b) {
		return Objects.equals(key(q, a), key(q, b));
	}
}
