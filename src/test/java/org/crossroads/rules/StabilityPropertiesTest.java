package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.crossroads.rules.Stability.Change;
import org.crossroads.rules.Stability.Tipping;
import org.crossroads.rules.Stability.Verdict;

/**
 * How settled a result is, checked over the generated answer sets and edited rule sets of
 * {@link RulesEnginePropertiesTest}. The expected changes are enumerated here, exhaustively and
 * without the analysis's own helpers; each is decided by {@link RuleSet#evaluate}.
 */
class StabilityPropertiesTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static final int CASES = 300;

	static LongStream seeds() {
		return LongStream.of(1L, 7L, 42L, 2024L, 918_273_645L);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyReportedChangeAppliedGivesTheStatedOutcome(long seed) {
		Random random = new Random(seed);
		int pairsSeen = 0;
		int singlesSeen = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Optional<Stability> stability = Stability.of(rules, rules.read(answers));
			if (stability.isEmpty()) {
				continue;
			}
			Outcome outcome = rules.evaluate(answers).outcome();
			List<Tipping> all = new ArrayList<>(stability.get().tipping());
			all.addAll(stability.get().tippingPairs());
			for (Tipping tipping : all) {
				Map<String, String> changed = tipping.applyTo(answers);
				for (Change change : tipping.changes()) {
					assertThat(answers.get(change.questionKey())).as(describe(seed, i, answers)).isEqualTo(change.from());
					assertThat(changed.get(change.questionKey())).isEqualTo(change.to());
				}
				assertThat(rules.evaluate(changed).outcome()).as(describe(seed, i, answers) + " " + tipping)
					.isEqualTo(tipping.outcome())
					.isNotEqualTo(outcome)
					.isNotEqualTo(Outcome.URGENT_SUPPORT);
			}
			singlesSeen += stability.get().tipping().size();
			pairsSeen += stability.get().tippingPairs().size();
		}
		assertThat(singlesSeen).isGreaterThan(CASES);
		assertThat(pairsSeen).isGreaterThan(5);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void singlesAreExactlyTheChangesThatTipAndClearMeansNoneDoes(long seed) {
		Random random = new Random(seed);
		Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Optional<Stability> stability = Stability.of(rules, rules.read(answers));
			if (stability.isEmpty()) {
				continue;
			}
			List<Tipping> expected = new ArrayList<>();
			Outcome outcome = rules.evaluate(answers).outcome();
			for (Map<String, String> changed : singleChanges(rules, answers)) {
				Outcome other = rules.evaluate(changed).outcome();
				if (other != outcome && other != Outcome.URGENT_SUPPORT) {
					expected.add(new Tipping(List.of(difference(answers, changed)), other));
				}
			}

			assertThat(stability.get().tipping()).as(describe(seed, i, answers)).containsExactlyElementsOf(expected);
			Verdict verdict = stability.get().verdict();
			assertThat(verdict).isEqualTo(expected.isEmpty() ? Verdict.CLEAR : Verdict.CLOSE);
			if (verdict == Verdict.CLOSE) {
				assertThat(stability.get().tippingPairs()).as("pairs only for a clear result").isEmpty();
			}
			verdicts.merge(verdict, 1, Integer::sum);
		}
		assertThat(verdicts.getOrDefault(Verdict.CLEAR, 0)).isGreaterThanOrEqualTo(5);
		assertThat(verdicts.getOrDefault(Verdict.CLOSE, 0)).isGreaterThan(CASES / 2);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void pairsAreTheFirstTippingPairsOfQuestionsInQuestionnaireOrder(long seed) {
		Random random = new Random(seed);
		int clear = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Optional<Stability> stability = Stability.of(rules, rules.read(answers));
			if (stability.isEmpty() || stability.get().verdict() != Verdict.CLEAR) {
				continue;
			}
			clear++;
			// every pair of questions that some two changes tip, in questionnaire order
			Outcome outcome = rules.evaluate(answers).outcome();
			List<String> expected = new ArrayList<>();
			List<Question> questions = changeable(rules);
			for (int a = 0; a < questions.size(); a++) {
				for (int b = a + 1; b < questions.size(); b++) {
					if (tipsTogether(rules, answers, questions.get(a), questions.get(b), outcome)) {
						expected.add(questions.get(a).key() + "+" + questions.get(b).key());
					}
				}
			}
			List<String> reported = stability.get().tippingPairs().stream()
				.map(t -> t.changes().get(0).questionKey() + "+" + t.changes().get(1).questionKey())
				.toList();
			assertThat(reported).as(describe(seed, i, answers))
				.containsExactlyElementsOf(expected.subList(0, Math.min(Stability.PAIR_LIMIT, expected.size())));
		}
		assertThat(clear).isGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void noChangeTouchesAQuestionOfASafetyCriterion(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Set<String> safety = safetyQuestionsOf(rules);
			Optional<Stability> stability = Stability.of(rules, rules.read(answers));
			stability.ifPresent(s -> {
				List<Tipping> all = new ArrayList<>(s.tipping());
				all.addAll(s.tippingPairs());
				assertThat(all).flatMap(Tipping::changes).extracting(Change::questionKey)
					.as("changed questions").noneMatch(safety::contains);
				if (rules == SEED) {
					assertThat(all).flatMap(Tipping::changes).extracting(Change::questionKey).doesNotContain("self-harm");
				}
			});
		}
		// the seed's own self-harm question is the one its SAFETY criterion reads
		assertThat(safetyQuestionsOf(SEED)).containsExactly("self-harm");
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void urgentSupportHasNoAnalysisAndEveryOtherResultHasItsScores(long seed) {
		Random random = new Random(seed);
		int urgent = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Evaluation evaluation = rules.evaluate(answers);
			Optional<Stability> stability = Stability.of(rules, rules.read(answers));

			if (evaluation.urgent()) {
				assertThat(stability).as(describe(seed, i, answers)).isEmpty();
				urgent++;
			}
			else {
				Stability s = stability.orElseThrow();
				assertThat(s.outcome()).isEqualTo(evaluation.outcome());
				assertThat(s.therapy()).isEqualTo(
						new Stability.PathScore(evaluation.scores().therapy(), rules.thresholds().therapy()));
				assertThat(s.coaching()).isEqualTo(
						new Stability.PathScore(evaluation.scores().coaching(), rules.thresholds().coaching()));
			}
		}
		assertThat(urgent).isBetween(CASES / 10, CASES - CASES / 10);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aVariantSheetReadsAsTheChangedAnswersCheckedAfresh(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES / 3; i++) {
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			AnswerSheet sheet = SEED.read(answers);
			for (Question q : SEED.questions()) {
				for (Map<String, String> changed : changesOf(q, answers)) {
					AnswerSheet variant = sheet.with(q, changed.get(q.key()));
					AnswerSheet fresh = SEED.read(changed);
					assertThat(variant).as(describe(seed, i, changed)).isEqualTo(fresh);
					for (String scale : SEED.scales()) {
						assertThat(variant.scaleScore(scale)).as(scale).isEqualTo(fresh.scaleScore(scale));
					}
				}
			}
		}
	}

	// ------------------------------------------------------------------ helpers, from the spec

	/** The questions a SAFETY criterion reads, directly or through the scale of a score condition. */
	static Set<String> safetyQuestionsOf(RuleSet rules) {
		Set<String> keys = new HashSet<>();
		for (Criterion c : rules.criteria()) {
			if (c.pathway() != Pathway.SAFETY) {
				continue;
			}
			for (Condition condition : c.conditions()) {
				if (condition instanceof Condition.AnswerIn in) {
					keys.add(in.questionKey());
				}
				if (condition instanceof Condition.ScoreAtLeast atLeast) {
					for (Question q : rules.questions()) {
						if (atLeast.scaleKey().equals(q.scaleKey())) {
							keys.add(q.key());
						}
					}
				}
			}
		}
		return keys;
	}

	private static List<Question> changeable(RuleSet rules) {
		Set<String> safety = safetyQuestionsOf(rules);
		return rules.questions().stream().filter(q -> !safety.contains(q.key())).toList();
	}

	/** Every answer set one change away, in questionnaire and option order; "no answer" for optional ones, last. */
	private static List<Map<String, String>> singleChanges(RuleSet rules, Map<String, String> answers) {
		List<Map<String, String>> changed = new ArrayList<>();
		for (Question q : changeable(rules)) {
			changed.addAll(changesOf(q, answers));
		}
		return changed;
	}

	private static List<Map<String, String>> changesOf(Question q, Map<String, String> answers) {
		List<Map<String, String>> changed = new ArrayList<>();
		for (AnswerOption o : q.options()) {
			if (!o.key().equals(answers.get(q.key()))) {
				Map<String, String> copy = new LinkedHashMap<>(answers);
				copy.put(q.key(), o.key());
				changed.add(copy);
			}
		}
		if (!q.required() && answers.containsKey(q.key())) {
			Map<String, String> copy = new LinkedHashMap<>(answers);
			copy.remove(q.key());
			changed.add(copy);
		}
		return changed;
	}

	private static boolean tipsTogether(RuleSet rules, Map<String, String> answers, Question a, Question b,
			Outcome outcome) {
		for (Map<String, String> once : changesOf(a, answers)) {
			for (Map<String, String> twice : changesOf(b, once)) {
				Outcome other = rules.evaluate(twice).outcome();
				if (other != outcome && other != Outcome.URGENT_SUPPORT) {
					return true;
				}
			}
		}
		return false;
	}

	private static Change difference(Map<String, String> answers, Map<String, String> changed) {
		Set<String> keys = new HashSet<>(answers.keySet());
		keys.addAll(changed.keySet());
		for (String key : keys) {
			if (!java.util.Objects.equals(answers.get(key), changed.get(key))) {
				return new Change(key, answers.get(key), changed.get(key));
			}
		}
		throw new IllegalStateException("no change");
	}

	private static String describe(long seed, int index, Map<String, String> answers) {
		return "seed " + seed + ", case " + index + ", answers " + answers;
	}
}
