package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

import org.jspecify.annotations.Nullable;

/**
 * Which items any answer set at all can exercise, found by trying one answer set per combination
 * of answer classes ({@link AnswerClasses}), each evaluated by the engine. A scale whose questions
 * no answer condition reads counts as one variable whose classes are the ranges between the
 * minimums its score conditions name. Empty when the reduced space is still larger than
 * {@link #LIMIT}: then nothing is declared unreachable.
 */
final class Reachability {

	static final int LIMIT = 300_000;

	private static final int SCALE_LIMIT = 100_000;

	private Reachability() {
	}

	static Optional<Set<String>> reachable(RuleSet rules, List<Gap> items) {
		AnswerClasses classes = new AnswerClasses(rules);
		List<List<Map<String, @Nullable String>>> variables = variables(rules, classes);
		if (variables == null) {
			return Optional.empty();
		}
		long size = 1;
		for (List<Map<String, @Nullable String>> v : variables) {
			size *= v.size();
			if (size > LIMIT) {
				return Optional.empty();
			}
		}
		Set<String> open = new HashSet<>();
		items.forEach(i -> open.add(i.id()));
		Set<String> reached = new HashSet<>();
		for (Gap item : items) {
			if (item instanceof Gap.OptionUnused) {
				// any question can be given any of its options, whatever the others are
				reached.add(item.id());
				open.remove(item.id());
			}
		}
		int[] digits = new int[variables.size()];
		for (long n = 0; n < size && !open.isEmpty(); n++) {
			Map<String, String> answers = new LinkedHashMap<>();
			for (int i = 0; i < digits.length; i++) {
				variables.get(i).get(digits[i]).forEach((q, o) -> {
					if (o != null) {
						answers.put(q, o);
					}
				});
			}
			Evaluation evaluation = rules.evaluate(answers);
			for (Gap item : items) {
				if (open.contains(item.id()) && item.filledBy(answers, evaluation)) {
					open.remove(item.id());
					reached.add(item.id());
				}
			}
			for (int i = 0; i < digits.length; i++) {
				if (++digits[i] < variables.get(i).size()) {
					break;
				}
				digits[i] = 0;
			}
		}
		return Optional.of(reached);
	}

	/** Each variable's choices, as partial answer sets; null when a scale alone has too many combinations. */
	private static @Nullable List<List<Map<String, @Nullable String>>> variables(RuleSet rules, AnswerClasses classes) {
		Map<String, List<Question>> scales = new LinkedHashMap<>();
		Set<String> collapsible = new HashSet<>();
		for (Question q : rules.questions()) {
			q.scale().ifPresent(scale -> scales.computeIfAbsent(scale, k -> new ArrayList<>()).add(q));
		}
		scales.forEach((scale, questions) -> {
			if (questions.stream().noneMatch(classes::readByAnswerConditions)) {
				collapsible.add(scale);
			}
		});
		List<List<Map<String, @Nullable String>>> variables = new ArrayList<>();
		for (Question q : rules.questions()) {
			if (q.scale().isPresent() && collapsible.contains(q.scale().get())) {
				continue;
			}
			List<Map<String, @Nullable String>> choices = new ArrayList<>();
			for (String answer : classes.representatives(q)) {
				Map<String, @Nullable String> choice = new HashMap<>();
				choice.put(q.key(), answer);
				choices.add(choice);
			}
			variables.add(choices);
		}
		for (String scale : collapsible) {
			List<Map<String, @Nullable String>> choices = scaleChoices(scales.get(scale), minimums(rules, scale));
			if (choices == null) {
				return null;
			}
			variables.add(choices);
		}
		return variables;
	}

	private static TreeSet<Integer> minimums(RuleSet rules, String scale) {
		TreeSet<Integer> minimums = new TreeSet<>();
		for (Criterion c : rules.criteria()) {
			for (Condition condition : c.conditions()) {
				if (condition instanceof Condition.ScoreAtLeast at && at.scaleKey().equals(scale)) {
					minimums.add(at.minimum());
				}
			}
		}
		return minimums;
	}

	/** One combination of the scale's answers per range of totals its score conditions tell apart. */
	private static @Nullable List<Map<String, @Nullable String>> scaleChoices(List<Question> questions,
			TreeSet<Integer> minimums) {
		long size = 1;
		for (Question q : questions) {
			size *= AnswerClasses.answers(q).size();
			if (size > SCALE_LIMIT) {
				return null;
			}
		}
		Map<Integer, Map<String, @Nullable String>> byRange = new LinkedHashMap<>();
		int[] digits = new int[questions.size()];
		for (long n = 0; n < size; n++) {
			Map<String, @Nullable String> choice = new HashMap<>();
			int total = 0;
			for (int i = 0; i < digits.length; i++) {
				Question q = questions.get(i);
				String answer = AnswerClasses.answers(q).get(digits[i]);
				choice.put(q.key(), answer);
				total += AnswerClasses.score(q, answer);
			}
			byRange.putIfAbsent(minimums.headSet(total, true).size(), choice);
			for (int i = 0; i < digits.length; i++) {
				if (++digits[i] < AnswerClasses.answers(questions.get(i)).size()) {
					break;
				}
				digits[i] = 0;
			}
		}
		return new ArrayList<>(byRange.values());
	}
}
