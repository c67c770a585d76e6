package org.crossroads.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How settled a result is: each path's score against its threshold, and the answers that would
 * have tipped it. {@code tipping} holds every single change that gives another outcome; only when
 * there is none ({@link Verdict#CLEAR}) does {@code tippingPairs} hold the closest pairs of
 * changes. A change never touches a question a SAFETY criterion reads, and never leads to
 * URGENT_SUPPORT: crisis help is not something to weigh up. Every variant is decided by the
 * engine itself, so what is reported is what the engine would have said.
 */
public record Stability(Verdict verdict, Outcome outcome, PathScore therapy, PathScore coaching,
		List<Tipping> tipping, List<Tipping> tippingPairs) {

	/** At most this many pairs are reported, each for a different pair of questions. */
	public static final int PAIR_LIMIT = 3;

	public Stability {
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(therapy, "therapy");
		Objects.requireNonNull(coaching, "coaching");
		tipping = List.copyOf(tipping);
		tippingPairs = List.copyOf(tippingPairs);
	}

	/** CLEAR: no single changed answer gives another outcome. CLOSE: at least one does. */
	public enum Verdict {
		CLEAR, CLOSE
	}

	/** A path's points and the points at which it is suggested. */
	public record PathScore(int score, int threshold) {
	}

	/**
	 * One answer changed: {@code from} the visitor's option {@code to} another. A {@code null}
	 * stands for "no answer", which only an optional question can have.
	 */
	public record Change(String questionKey, @Nullable String from, @Nullable String to) {

		public Change {
			Objects.requireNonNull(questionKey, "questionKey");
			if (Objects.equals(from, to)) {
				throw new IllegalArgumentException("a change needs another answer: " + questionKey + " " + from);
			}
		}
	}

	/** Some changes together (one, or a pair) and the outcome the engine gives them. */
	public record Tipping(List<Change> changes, Outcome outcome) {

		public Tipping {
			changes = List.copyOf(changes);
			Objects.requireNonNull(outcome, "outcome");
		}

		/** The answers with these changes made. */
		public Map<String, String> applyTo(Map<String, String> answers) {
			return apply(answers, changes);
		}
	}

	/**
	 * The analysis of a result, or empty for URGENT_SUPPORT. Singles are listed in questionnaire
	 * order, each question's options in their listed order, "no answer" last. Pairs are searched
	 * only when no single change tips the result: in questionnaire order of the first question,
	 * then of the second, keeping the first combination of options that tips each pair of
	 * questions, until {@value #PAIR_LIMIT} are found.
	 */
	public static Optional<Stability> of(RuleSet rules, AnswerSheet answers) {
		Evaluation base = RulesEngine.evaluate(rules, answers);
		if (base.urgent()) {
			return Optional.empty();
		}
		Outcome outcome = base.outcome();
		Set<String> untouchable = safetyQuestions(rules);
		List<Alternatives> alternatives = rules.questions().stream()
			.filter(q -> !untouchable.contains(q.key()))
			.map(q -> new Alternatives(q, alternatives(q, answers.answers().get(q.key()))))
			.filter(a -> !a.changes().isEmpty())
			.toList();

		List<Tipping> singles = new ArrayList<>();
		for (Alternatives question : alternatives) {
			for (Change change : question.changes()) {
				AnswerSheet variant = answers.with(question.question(), change.to());
				tipped(rules, variant, List.of(change), outcome).ifPresent(singles::add);
			}
		}
		List<Tipping> pairs = new ArrayList<>();
		if (singles.isEmpty()) {
			pairs: for (int i = 0; i < alternatives.size(); i++) {
				for (int j = i + 1; j < alternatives.size(); j++) {
					Optional<Tipping> pair = firstTippingPair(rules, answers, alternatives.get(i), alternatives.get(j),
							outcome);
					if (pair.isPresent()) {
						pairs.add(pair.get());
						if (pairs.size() == PAIR_LIMIT) {
							break pairs;
						}
					}
				}
			}
		}
		Thresholds thresholds = rules.thresholds();
		return Optional.of(new Stability(singles.isEmpty() ? Verdict.CLEAR : Verdict.CLOSE, outcome,
				new PathScore(base.scores().therapy(), thresholds.therapy()),
				new PathScore(base.scores().coaching(), thresholds.coaching()), singles, pairs));
	}

	/**
	 * The questions a SAFETY criterion reads, active or not, directly or through a scale: the
	 * self-harm answer is never something to change for another result.
	 */
	public static Set<String> safetyQuestions(RuleSet rules) {
		Set<String> keys = new HashSet<>();
		for (Criterion criterion : rules.criteria()) {
			if (criterion.pathway() != Pathway.SAFETY) {
				continue;
			}
			for (Condition condition : criterion.conditions()) {
				if (condition instanceof Condition.AnswerIn in) {
					keys.add(in.questionKey());
				}
				else if (condition instanceof Condition.ScoreAtLeast atLeast) {
					rules.questions().stream()
						.filter(q -> q.scale().filter(atLeast.scaleKey()::equals).isPresent())
						.forEach(q -> keys.add(q.key()));
				}
			}
		}
		return keys;
	}

	private static List<Change> alternatives(Question question, @Nullable String chosen) {
		List<Change> changes = new ArrayList<>();
		for (AnswerOption option : question.options()) {
			if (!option.key().equals(chosen)) {
				changes.add(new Change(question.key(), chosen, option.key()));
			}
		}
		if (!question.required() && chosen != null) {
			changes.add(new Change(question.key(), chosen, null));
		}
		return changes;
	}

	/** A question and the other answers it could have had. */
	private record Alternatives(Question question, List<Change> changes) {
	}

	private static Optional<Tipping> firstTippingPair(RuleSet rules, AnswerSheet answers, Alternatives first,
			Alternatives second, Outcome outcome) {
		for (Change a : first.changes()) {
			AnswerSheet once = answers.with(first.question(), a.to());
			for (Change b : second.changes()) {
				AnswerSheet twice = once.with(second.question(), b.to());
				Optional<Tipping> tipped = tipped(rules, twice, List.of(a, b), outcome);
				if (tipped.isPresent()) {
					return tipped;
				}
			}
		}
		return Optional.empty();
	}

	/** The engine's outcome for the changed answers, when it differs and is not URGENT_SUPPORT. */
	private static Optional<Tipping> tipped(RuleSet rules, AnswerSheet variant, List<Change> changes,
			Outcome outcome) {
		Outcome other = RulesEngine.outcome(rules, variant);
		if (other == outcome || other == Outcome.URGENT_SUPPORT) {
			return Optional.empty();
		}
		return Optional.of(new Tipping(changes, other));
	}

	private static Map<String, String> apply(Map<String, String> answers, List<Change> changes) {
		Map<String, String> changed = new LinkedHashMap<>(answers);
		for (Change change : changes) {
			if (change.to() == null) {
				changed.remove(change.questionKey());
			}
			else {
				changed.put(change.questionKey(), change.to());
			}
		}
		return changed;
	}
}
