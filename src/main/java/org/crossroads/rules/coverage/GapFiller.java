package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

import org.jspecify.annotations.Nullable;

/**
 * Finds an answer set that fills a gap with the fewest changed answers from the closest existing
 * case: every case changed in one answer, then in two, and so on, trying one answer per class
 * ({@link AnswerClasses}) and the missing option itself, until the engine agrees the gap is
 * filled or {@code bound} answer sets were examined.
 */
public final class GapFiller {

	public static final int DEFAULT_BOUND = 25_000;

	/** The answer set found, the case it starts from (null: no usable case), how many answers changed, and its outcome. */
	public record Fill(Map<String, String> answers, @Nullable String fromCase, int changes, Outcome outcome) {
		public Fill {
			answers = Map.copyOf(answers);
			Objects.requireNonNull(outcome, "outcome");
		}
	}

	private GapFiller() {
	}

	public static Optional<Fill> fill(RuleSet rules, List<Coverage.TestCase> cases, Gap gap) {
		return fill(rules, cases, gap, DEFAULT_BOUND);
	}

	public static Optional<Fill> fill(RuleSet rules, List<Coverage.TestCase> cases, Gap gap, int bound) {
		List<Question> questions = rules.questions();
		AnswerClasses classes = new AnswerClasses(rules);
		List<Start> starts = new ArrayList<>();
		Coverage.evaluate(rules, cases).forEach(e -> starts.add(new Start(e.testCase().name(), e.answers())));
		if (starts.isEmpty()) {
			Map<String, String> first = new LinkedHashMap<>();
			questions.stream().filter(Question::required).filter(q -> !q.options().isEmpty())
				.forEach(q -> first.put(q.key(), q.options().get(0).key()));
			starts.add(new Start(null, first));
		}
		Search search = new Search(rules, questions, classes, gap, bound);
		for (int changes = 0; changes <= questions.size(); changes++) {
			for (Start start : starts) {
				Optional<Fill> found = search.from(start, changes);
				if (found.isPresent() || search.exhausted()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private record Start(@Nullable String name, Map<String, String> answers) {
	}

	private static final class Search {

		private final RuleSet rules;

		private final List<Question> questions;

		private final AnswerClasses classes;

		private final Gap gap;

		private final int bound;

		private int examined;

		Search(RuleSet rules, List<Question> questions, AnswerClasses classes, Gap gap, int bound) {
			this.rules = rules;
			this.questions = questions;
			this.classes = classes;
			this.gap = gap;
			this.bound = bound;
		}

		boolean exhausted() {
			return examined >= bound;
		}

		Optional<Fill> from(Start start, int changes) {
			Map<String, @Nullable String> answers = new LinkedHashMap<>(start.answers());
			return change(start, answers, 0, changes);
		}

		/** Changes {@code left} more answers, each of a question at or after {@code next}. */
		private Optional<Fill> change(Start start, Map<String, @Nullable String> answers, int next, int left) {
			if (left == 0) {
				return check(start, answers);
			}
			for (int i = next; i <= questions.size() - left; i++) {
				Question q = questions.get(i);
				String current = answers.get(q.key());
				for (String alternative : alternatives(q, current)) {
					answers.put(q.key(), alternative);
					Optional<Fill> found = change(start, answers, i + 1, left - 1);
					answers.put(q.key(), current);
					if (found.isPresent() || exhausted()) {
						return found;
					}
				}
			}
			return Optional.empty();
		}

		private List<@Nullable String> alternatives(Question q, @Nullable String current) {
			List<@Nullable String> alternatives = new ArrayList<>();
			if (gap instanceof Gap.OptionUnused unused && unused.questionKey().equals(q.key())
					&& !unused.optionKey().equals(current)) {
				alternatives.add(unused.optionKey());
			}
			for (String answer : classes.representatives(q)) {
				if (!classes.sameClass(q, answer, current) && !alternatives.contains(answer)) {
					alternatives.add(answer);
				}
			}
			return alternatives;
		}

		private Optional<Fill> check(Start start, Map<String, @Nullable String> answers) {
			examined++;
			Map<String, String> set = new LinkedHashMap<>();
			answers.forEach((q, o) -> {
				if (o != null) {
					set.put(q, o);
				}
			});
			if (!rules.problems(set).isEmpty()) {
				return Optional.empty();
			}
			Evaluation evaluation = rules.evaluate(set);
			if (!gap.filledBy(set, evaluation)) {
				return Optional.empty();
			}
			int changes = (int) questions.stream()
				.filter(q -> !Objects.equals(start.answers().get(q.key()), set.get(q.key())))
				.count();
			return Optional.of(new Fill(set, start.name(), changes, evaluation.outcome()));
		}
	}
}
