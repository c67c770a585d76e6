package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crisis check on part of the answers, as a questionnaire step runs it: what it says must be
 * what the complete evaluation will say. Same scheme as {@link RulesEnginePropertiesTest}: each
 * seed drives a {@link Random} through {@value #CASES} cases, and expected values come from the spec.
 */
class PartialAnswersPropertiesTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static final int CASES = 1000;

	private static final int COMPLETIONS = 5;

	static LongStream seeds() {
		return LongStream.of(3L, 11L, 99L, 2025L, 123_456_789L);
	}

	/**
	 * Under the seed, the crisis signal on a partial set equals "every completion evaluates to
	 * URGENT_SUPPORT" when the self-harm answer is in the set, and is off while it is not.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void underTheSeedTheSignalOnPartOfTheAnswersIsWhatEveryCompletionConcludes(long seed) {
		Random random = new Random(seed);
		int raised = 0;
		int clearWithSelfHarm = 0;
		int urgentLater = 0;
		for (int i = 0; i < CASES; i++) {
			Map<String, String> partial = someOf(RulesEnginePropertiesTest.answers(random), random);
			boolean signal = RulesEngine.needsUrgentSupport(SEED, SEED.readPartial(partial).sheet());
			boolean selfHarmAnswered = partial.containsKey("self-harm");

			for (int c = 0; c < COMPLETIONS; c++) {
				Map<String, String> complete = completed(partial, random);
				boolean urgent = SEED.evaluate(complete).urgent();
				if (selfHarmAnswered) {
					assertThat(urgent).as(describe(seed, i, partial) + ", completed as " + complete).isEqualTo(signal);
				}
				else {
					urgentLater += urgent ? 1 : 0;
				}
			}
			if (!selfHarmAnswered) {
				assertThat(signal).as(describe(seed, i, partial)).isFalse();
			}
			raised += signal ? 1 : 0;
			clearWithSelfHarm += selfHarmAnswered && !signal ? 1 : 0;
		}
		// every side is exercised: raised, answered but clear, and unanswered but urgent once completed
		assertThat(raised).isGreaterThan(CASES / 20);
		assertThat(clearWithSelfHarm).isGreaterThan(CASES / 20);
		assertThat(urgentLater).isGreaterThan(CASES / 20);
	}

	/** On a complete set, whatever editors did, the signal is exactly the evaluation's URGENT_SUPPORT. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void onACompleteSetTheSignalIsTheEvaluationsUrgency(long seed) {
		Random random = new Random(seed);
		int urgent = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			Evaluation evaluation = rules.evaluate(answers);

			assertThat(RulesEngine.needsUrgentSupport(rules, rules.read(answers))).as(describe(seed, i, answers))
				.isEqualTo(evaluation.urgent());
			urgent += evaluation.urgent() ? 1 : 0;
		}
		assertThat(urgent).isBetween(CASES / 10, CASES - CASES / 10);
	}

	/**
	 * On any partial set, bad answers included, whatever editors did: the signal is "a met SAFETY
	 * criterion" by the spec's model, read from the valid answers only, which the sheet keeps in
	 * questionnaire order.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void onAnyPartialSetTheSignalIsAMetSafetyCriterionOfTheValidAnswers(long seed) {
		Random random = new Random(seed);
		int raised = 0;
		int raisedByAnEditedCriterion = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> given = shuffled(someOf(RulesEnginePropertiesTest.messyAnswers(random), random), random);
			Map<String, String> valid = new LinkedHashMap<>();
			for (Question q : rules.questions()) {
				String chosen = given.get(q.key());
				if (chosen != null && q.options().stream().anyMatch(o -> o.key().equals(chosen))) {
					valid.put(q.key(), chosen);
				}
			}
			List<Criterion> safety = RulesEnginePropertiesTest.modelMet(rules, valid).stream()
				.filter(c -> c.pathway() == Pathway.SAFETY)
				.toList();
			AnswerSheet sheet = rules.readPartial(given).sheet();

			assertThat(sheet.answers()).as(describe(seed, i, given)).containsExactlyEntriesOf(valid);
			assertThat(RulesEngine.needsUrgentSupport(rules, sheet)).as(describe(seed, i, given))
				.isEqualTo(!safety.isEmpty());
			raised += safety.isEmpty() ? 0 : 1;
			raisedByAnEditedCriterion += safety.stream().anyMatch(c -> !c.code().startsWith("safety.")) ? 1 : 0;
		}
		assertThat(raised).isGreaterThan(CASES / 20);
		// criteria refiled as SAFETY (scale minimums, ALL matches) are exercised too
		assertThat(raisedByAnEditedCriterion).isGreaterThan(CASES / 100);
	}

	/**
	 * Option scores are never negative, so crisis help once shown stays shown as the visitor answers
	 * more, step after step, and the last step's signal is the result's URGENT_SUPPORT.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void onceRaisedTheSignalStaysAsTheVisitorAnswersMore(long seed) {
		Random random = new Random(seed);
		int raisedBeforeTheEnd = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = RulesEnginePropertiesTest.rules(random);
			Map<String, String> answers = RulesEnginePropertiesTest.answers(random);
			List<String> order = new ArrayList<>(answers.keySet());
			Collections.shuffle(order, random);
			Map<String, String> sofar = new LinkedHashMap<>();
			boolean raised = RulesEngine.needsUrgentSupport(rules, rules.readPartial(sofar).sheet());
			for (String key : order) {
				sofar.put(key, answers.get(key));
				boolean now = RulesEngine.needsUrgentSupport(rules, rules.readPartial(sofar).sheet());
				if (raised) {
					assertThat(now).as(describe(seed, i, sofar)).isTrue();
				}
				raisedBeforeTheEnd += !raised && now && sofar.size() < answers.size() ? 1 : 0;
				raised = now;
			}
			assertThat(raised).as(describe(seed, i, answers)).isEqualTo(rules.evaluate(answers).urgent());
		}
		assertThat(raisedBeforeTheEnd).isGreaterThan(CASES / 20);
	}

	/** On a complete valid set, the partial reading is the complete reading, and refuses nothing. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void onACompleteSetThePartialReadingIsTheCompleteOne(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			Map<String, String> answers = shuffled(RulesEnginePropertiesTest.answers(random), random);
			PartialAnswers partial = SEED.readPartial(answers);

			assertThat(partial.rejected()).as(describe(seed, i, answers)).isEmpty();
			assertThat(partial.sheet()).as(describe(seed, i, answers)).isEqualTo(SEED.read(answers));
			assertThat(List.copyOf(partial.sheet().answers().keySet())).as(describe(seed, i, answers))
				.isEqualTo(SEED.questions().stream().map(Question::key).filter(answers::containsKey).toList());
		}
	}

	// ------------------------------------------------------------------ generators

	/** Each answer kept with probability one half. */
	private static Map<String, String> someOf(Map<String, String> answers, Random random) {
		Map<String, String> some = new LinkedHashMap<>();
		answers.forEach((key, option) -> {
			if (random.nextBoolean()) {
				some.put(key, option);
			}
		});
		return some;
	}

	/** The partial set with every other question answered at random, as the visitor might go on. */
	private static Map<String, String> completed(Map<String, String> partial, Random random) {
		Map<String, String> complete = new LinkedHashMap<>(RulesEnginePropertiesTest.answers(random));
		complete.putAll(partial);
		return complete;
	}

	private static Map<String, String> shuffled(Map<String, String> answers, Random random) {
		List<String> keys = new ArrayList<>(answers.keySet());
		Collections.shuffle(keys, random);
		Map<String, String> copy = new LinkedHashMap<>();
		keys.forEach(k -> copy.put(k, answers.get(k)));
		return copy;
	}

	private static String describe(long seed, int index, Map<String, String> answers) {
		return "seed " + seed + ", case " + index + ", answers " + answers;
	}
}
