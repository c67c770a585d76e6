package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

/**
 * How well test cases exercise a rule set: every outcome reached, every active criterion met by one
 * case and unmet by another, each path's threshold scored exactly and one point below, every option
 * chosen. Items no answer set can exercise are listed apart and count neither as gaps nor in the
 * total. Outcomes, met criteria and scores are the engine's.
 */
public final class Coverage {

	/** A named answer set, as a test case holds it. */
	public record TestCase(String name, Map<String, String> answers) {
		public TestCase {
			Objects.requireNonNull(name, "name");
			answers = Map.copyOf(answers);
		}
	}

	/** Cases with the same answers: they test the same thing twice. */
	public record Duplicate(List<String> names) {
		public Duplicate {
			names = List.copyOf(names);
		}
	}

	/**
	 * {@code reachabilityDecided}: false when the answer space was too large to search, so no item
	 * was set apart as unreachable.
	 */
	public record Report(List<Gap> covered, List<Gap> gaps, List<Gap> unreachable, List<Duplicate> duplicates,
			boolean reachabilityDecided) {

		public Report {
			covered = List.copyOf(covered);
			gaps = List.copyOf(gaps);
			unreachable = List.copyOf(unreachable);
			duplicates = List.copyOf(duplicates);
		}

		/** Items that can be exercised: covered ones and gaps. */
		public int total() {
			return covered.size() + gaps.size();
		}

		public int coveredCount() {
			return covered.size();
		}

		/** Whole percent, rounded down so that 100 means nothing is missing; 100 with nothing to cover. */
		public int percent() {
			return total() == 0 ? 100 : covered.size() * 100 / total();
		}

		public boolean full() {
			return gaps.isEmpty();
		}

		public Optional<Gap> gap(String id) {
			return gaps.stream().filter(g -> g.id().equals(id)).findFirst();
		}
	}

	private static final Map<RuleSet, Optional<Set<String>>> REACHABLE = Collections.synchronizedMap(
			new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<RuleSet, Optional<Set<String>>> eldest) {
					return size() > 8;
				}
			});

	private Coverage() {
	}

	/** Every item a rule set's test cases should exercise, in a fixed order. */
	public static List<Gap> items(RuleSet rules) {
		List<Gap> items = new ArrayList<>();
		for (Outcome o : Outcome.values()) {
			items.add(new Gap.OutcomeUnreached(o));
		}
		for (Criterion c : rules.criteria()) {
			if (c.active()) {
				items.add(new Gap.CriterionNeverMet(c.code()));
				items.add(new Gap.CriterionNeverUnmet(c.code()));
			}
		}
		items.add(new Gap.ThresholdEdgeMissing(Pathway.THERAPY, true, rules.thresholds().therapy()));
		items.add(new Gap.ThresholdEdgeMissing(Pathway.THERAPY, false, rules.thresholds().therapy() - 1));
		items.add(new Gap.ThresholdEdgeMissing(Pathway.COACHING, true, rules.thresholds().coaching()));
		items.add(new Gap.ThresholdEdgeMissing(Pathway.COACHING, false, rules.thresholds().coaching() - 1));
		for (Question q : rules.questions()) {
			q.options().forEach(o -> items.add(new Gap.OptionUnused(q.key(), o.key())));
		}
		return items;
	}

	/** The coverage of a rule set by the cases; a case whose answers do not fit the rule set exercises nothing. */
	public static Report of(RuleSet rules, List<TestCase> cases) {
		List<Gap> items = items(rules);
		Optional<Set<String>> reachable = REACHABLE.computeIfAbsent(rules, r -> Reachability.reachable(r, items));
		List<Evaluated> evaluated = evaluate(rules, cases);
		List<Gap> covered = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		List<Gap> unreachable = new ArrayList<>();
		for (Gap item : items) {
			if (evaluated.stream().anyMatch(e -> item.filledBy(e.answers(), e.evaluation()))) {
				covered.add(item);
			}
			else if (reachable.isPresent() && !reachable.get().contains(item.id())) {
				unreachable.add(item);
			}
			else {
				gaps.add(item);
			}
		}
		return new Report(covered, gaps, unreachable, duplicates(cases), reachable.isPresent());
	}

	record Evaluated(TestCase testCase, Map<String, String> answers, Evaluation evaluation) {
	}

	static List<Evaluated> evaluate(RuleSet rules, List<TestCase> cases) {
		List<Evaluated> evaluated = new ArrayList<>();
		for (TestCase c : cases) {
			if (rules.problems(c.answers()).isEmpty()) {
				evaluated.add(new Evaluated(c, c.answers(), rules.evaluate(c.answers())));
			}
		}
		return evaluated;
	}

	private static List<Duplicate> duplicates(List<TestCase> cases) {
		Map<Map<String, String>, List<String>> byAnswers = new LinkedHashMap<>();
		cases.forEach(c -> byAnswers.computeIfAbsent(c.answers(), a -> new ArrayList<>()).add(c.name()));
		return byAnswers.values().stream().filter(names -> names.size() > 1).map(Duplicate::new).toList();
	}

	/** A path's points as the engine scored them. */
	static int score(Evaluation evaluation, Pathway pathway) {
		return switch (pathway) {
			case THERAPY -> evaluation.scores().therapy();
			case COACHING -> evaluation.scores().coaching();
			case SAFETY -> 0;
		};
	}
}
