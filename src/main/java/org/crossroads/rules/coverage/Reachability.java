package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

import org.jspecify.annotations.Nullable;

/**
 * Which items any answer set at all can exercise. Criteria that read no question in common are
 * independent, so the search goes in two steps, every answer set evaluated by the engine: within
 * each group of criteria sharing questions, one answer per class ({@link AnswerClasses}) for each
 * of its questions gives every combination of those criteria met that answers can give; then every
 * combination of those combinations is evaluated whole. Empty when either step would exceed
 * {@link #LIMIT} answer sets: then nothing is declared unreachable.
 */
final class Reachability {

	static final int LIMIT = 200_000;

	private Reachability() {
	}

	static Optional<Set<String>> reachable(RuleSet rules, List<Gap> items) {
		AnswerClasses classes = new AnswerClasses(rules);
		Map<String, Question> questions = new LinkedHashMap<>();
		rules.questions().forEach(q -> questions.put(q.key(), q));
		Map<String, String> baseline = new LinkedHashMap<>();
		for (Question q : questions.values()) {
			String first = classes.representatives(q).get(0);
			if (first != null) {
				baseline.put(q.key(), first);
			}
		}
		List<List<Map<String, @Nullable String>>> groups = new ArrayList<>();
		for (List<Question> group : groups(rules, questions)) {
			Optional<List<Map<String, @Nullable String>>> choices = choices(rules, classes, baseline, group);
			if (choices.isEmpty()) {
				return Optional.empty();
			}
			groups.add(choices.get());
		}
		long size = 1;
		for (List<Map<String, @Nullable String>> g : groups) {
			size *= g.size();
			if (size > LIMIT) {
				return Optional.empty();
			}
		}
		Set<String> reached = new HashSet<>();
		List<Gap> open = new ArrayList<>();
		for (Gap item : items) {
			// any question can be given any of its options, whatever the others are
			if (item instanceof Gap.OptionUnused) {
				reached.add(item.id());
			}
			else {
				open.add(item);
			}
		}
		Set<List<Object>> seen = new HashSet<>();
		int[] digits = new int[groups.size()];
		for (long n = 0; n < size && !open.isEmpty(); n++) {
			Map<String, String> answers = merge(baseline, groups, digits);
			Evaluation evaluation = rules.evaluate(answers);
			if (seen.add(List.of(evaluation.outcome(), evaluation.metCodes(), evaluation.scores()))) {
				for (var it = open.iterator(); it.hasNext();) {
					Gap item = it.next();
					if (item.filledBy(answers, evaluation)) {
						reached.add(item.id());
						it.remove();
					}
				}
			}
			increment(digits, groups);
		}
		return Optional.of(reached);
	}

	private static Map<String, String> merge(Map<String, String> baseline, List<List<Map<String, @Nullable String>>> variables,
			int[] digits) {
		Map<String, String> answers = new LinkedHashMap<>(baseline);
		for (int i = 0; i < digits.length; i++) {
			variables.get(i).get(digits[i]).forEach((q, o) -> {
				if (o == null) {
					answers.remove(q);
				}
				else {
					answers.put(q, o);
				}
			});
		}
		return answers;
	}

	private static void increment(int[] digits, List<? extends List<?>> variables) {
		for (int i = 0; i < digits.length; i++) {
			if (++digits[i] < variables.get(i).size()) {
				return;
			}
			digits[i] = 0;
		}
	}

	/** The questions each criterion reads: those of an answer condition, and every question of a scale it scores. */
	private static Set<String> reads(Criterion c, Map<String, Question> questions) {
		Set<String> read = new LinkedHashSet<>();
		for (Condition condition : c.conditions()) {
			if (condition instanceof Condition.AnswerIn in) {
				read.add(in.questionKey());
			}
			else if (condition instanceof Condition.ScoreAtLeast at) {
				questions.values().stream()
					.filter(q -> q.scale().filter(at.scaleKey()::equals).isPresent())
					.forEach(q -> read.add(q.key()));
			}
		}
		read.retainAll(questions.keySet());
		return read;
	}

	/** The questions of each group of criteria linked by questions they read. */
	private static List<List<Question>> groups(RuleSet rules, Map<String, Question> questions) {
		Map<String, String> parent = new HashMap<>();
		for (Criterion c : rules.criteria()) {
			String previous = null;
			for (String q : reads(c, questions)) {
				parent.putIfAbsent(q, q);
				if (previous != null) {
					parent.put(root(parent, q), root(parent, previous));
				}
				previous = q;
			}
		}
		Map<String, List<Question>> groups = new LinkedHashMap<>();
		for (Question q : questions.values()) {
			if (parent.containsKey(q.key())) {
				groups.computeIfAbsent(root(parent, q.key()), k -> new ArrayList<>()).add(q);
			}
		}
		return new ArrayList<>(groups.values());
	}

	private static String root(Map<String, String> parent, String key) {
		String root = key;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		return root;
	}

	/** One answer set of the group's questions for each combination of criteria met that they can give. */
	private static Optional<List<Map<String, @Nullable String>>> choices(RuleSet rules, AnswerClasses classes,
			Map<String, String> baseline, List<Question> group) {
		List<List<@Nullable String>> answers = new ArrayList<>();
		long size = 1;
		for (Question q : group) {
			answers.add(classes.representatives(q));
			size *= answers.get(answers.size() - 1).size();
			if (size > LIMIT) {
				return Optional.empty();
			}
		}
		Map<List<String>, Map<String, @Nullable String>> byMet = new LinkedHashMap<>();
		int[] digits = new int[group.size()];
		for (long n = 0; n < size; n++) {
			Map<String, @Nullable String> choice = new HashMap<>();
			for (int i = 0; i < digits.length; i++) {
				choice.put(group.get(i).key(), answers.get(i).get(digits[i]));
			}
			Map<String, String> whole = merge(baseline, List.of(List.of(choice)), new int[] { 0 });
			// criteria outside the group read none of its questions: only the group's own change
			byMet.putIfAbsent(rules.evaluate(whole).metCodes(), choice);
			increment(digits, answers);
		}
		return Optional.of(new ArrayList<>(byMet.values()));
	}
}
