package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.crossroads.SeedAnswers;
import org.crossroads.rules.AnswerProblem.Kind;

/**
 * Invariants of questionnaire.md checked over generated answer sets and, where they must hold
 * "whatever editors do", over randomly edited rule sets. Plain JUnit: each seed drives a
 * {@link Random} through {@value #CASES} cases, so a failure names the seed and case that
 * reproduce it. The expected values come from a model written here from the spec, never from
 * the engine's own helpers.
 */
class RulesEnginePropertiesTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static final int CASES = 1000;

	static LongStream seeds() {
		return LongStream.of(1L, 7L, 42L, 2024L, 918_273_645L);
	}

	// ------------------------------------------------------------------ properties

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void metSafetyCriterionAlwaysGivesUrgentSupport(long seed) {
		Random random = new Random(seed);
		int safetyMet = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Evaluation result = rules.evaluate(answers);
			boolean safety = result.metCriteria().stream().anyMatch(c -> c.pathway() == Pathway.SAFETY);

			assertThat(result.outcome()).as(describe(seed, i, answers))
				.matches(o -> (o == Outcome.URGENT_SUPPORT) == safety, "URGENT_SUPPORT exactly when SAFETY is met");
			safetyMet += safety ? 1 : 0;
		}
		// both sides of the invariant are exercised
		assertThat(safetyMet).isBetween(CASES / 10, CASES - CASES / 10);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void metClinicalOrExclusiveCriterionNeverGivesCoaching(long seed) {
		Random random = new Random(seed);
		int flagged = 0;
		int flaggedWithCoachingOverThreshold = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Evaluation result = rules.evaluate(answers);
			boolean needsTherapy = result.metCriteria().stream().anyMatch(c -> c.clinical() || c.exclusive());

			if (needsTherapy) {
				assertThat(result.outcome()).as(describe(seed, i, answers)).isNotEqualTo(Outcome.COACHING);
				flagged++;
				if (result.scores().coaching() >= rules.thresholds().coaching()) {
					flaggedWithCoachingOverThreshold++;
				}
			}
		}
		assertThat(flagged).isGreaterThan(CASES / 10);
		// the invariant would be vacuous if coaching-level scores never met a clinical flag
		assertThat(flaggedWithCoachingOverThreshold).isGreaterThan(20);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void sameAnswersUnderTheSameVersionGiveTheSameResult(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Evaluation first = rules.evaluate(answers);

			assertThat(rules.evaluate(answers)).as(describe(seed, i, answers)).isEqualTo(first);
			// a copy of the same published rules, and the answers in another order
			RuleSet copy = new RuleSet(rules.version(), rules.sections(), rules.criteria(), rules.thresholds());
			assertThat(copy.evaluate(shuffled(answers, random))).as(describe(seed, i, answers)).isEqualTo(first);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void resultRecordsTheVersionAndScoresSumTheMetWeightsPerPathway(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Evaluation result = rules.evaluate(answers);

			int therapy = 0;
			int coaching = 0;
			for (Criterion c : result.metCriteria()) {
				if (c.pathway() == Pathway.THERAPY) {
					therapy += c.weight();
				}
				if (c.pathway() == Pathway.COACHING) {
					coaching += c.weight();
				}
			}
			assertThat(result.scores()).as(describe(seed, i, answers)).isEqualTo(new Scores(therapy, coaching));
			assertThat(result.ruleSetVersion()).as(describe(seed, i, answers)).isEqualTo(rules.version());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void metCriteriaAreExactlyThoseWhoseConditionsHoldInRuleSetOrder(long seed) {
		Random random = new Random(seed);
		int withSeveralMet = 0;
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Evaluation result = rules.evaluate(answers);

			assertThat(result.metCriteria()).as(describe(seed, i, answers))
				.containsExactlyElementsOf(modelMet(rules, answers));
			withSeveralMet += result.metCriteria().size() > 1 ? 1 : 0;
		}
		assertThat(withSeveralMet).isGreaterThan(CASES / 4);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void outcomeFollowsTheWrittenPolicy(long seed) {
		Random random = new Random(seed);
		Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
		for (int i = 0; i < CASES; i++) {
			RuleSet rules = rules(random);
			Map<String, String> answers = answers(random);
			Outcome outcome = rules.evaluate(answers).outcome();

			assertThat(outcome).as(describe(seed, i, answers))
				.isEqualTo(modelOutcome(rules.thresholds(), modelMet(rules, answers)));
			seen.merge(outcome, 1, Integer::sum);
		}
		// every branch of the policy is exercised (COACHING is the rarest, at about 3 %)
		for (Outcome o : Outcome.values()) {
			assertThat(seen.getOrDefault(o, 0)).as("cases with outcome %s", o).isGreaterThanOrEqualTo(5);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void seededRulesFollowTheWrittenPolicy(long seed) {
		Random random = new Random(seed);
		Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
		for (int i = 0; i < CASES; i++) {
			Map<String, String> answers = answers(random);
			Evaluation result = SEED.evaluate(answers);

			assertThat(result.metCriteria()).as(describe(seed, i, answers))
				.containsExactlyElementsOf(modelMet(SEED, answers));
			assertThat(result.outcome()).as(describe(seed, i, answers))
				.isEqualTo(modelOutcome(SEED.thresholds(), modelMet(SEED, answers)));
			assertThat(result.ruleSetVersion()).isEqualTo(1);
			seen.merge(result.outcome(), 1, Integer::sum);
		}
		// every branch of the policy is exercised (COACHING and EXPLORE are the rarest, at about 5 %)
		for (Outcome o : Outcome.values()) {
			assertThat(seen.getOrDefault(o, 0)).as("cases with outcome %s", o).isGreaterThanOrEqualTo(15);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void validAnswersHaveNoProblemsWholeOrStepByStep(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			Map<String, String> answers = answers(random);

			assertThat(SEED.problems(answers)).as(describe(seed, i, answers)).isEmpty();
			AnswerSheet sheet = SEED.read(answers);
			for (Section section : SEED.sections()) {
				assertThat(section.unanswered(sheet)).as(describe(seed, i, answers)).isEmpty();
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void wholeSetCheckIsThePartialReadingPlusEveryStepCheck(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			Map<String, String> answers = messyAnswers(random);
			PartialAnswers read = SEED.readPartial(answers);
			List<AnswerProblem> expected = new ArrayList<>(
					read.rejected().stream().filter(p -> p.kind() == Kind.UNKNOWN_QUESTION).toList());
			for (Section section : SEED.sections()) {
				List<AnswerProblem> unanswered = section.unanswered(read.sheet());
				for (Question q : section.questions()) {
					// a refused option leaves its question unanswered: the refusal is the one problem
					Optional<AnswerProblem> refused = read.rejected().stream()
						.filter(p -> p.questionKey().equals(q.key()))
						.findFirst();
					refused.or(() -> unanswered.stream().filter(p -> p.questionKey().equals(q.key())).findFirst())
						.ifPresent(expected::add);
				}
			}

			assertThat(SEED.problems(answers)).as(describe(seed, i, answers)).containsExactlyElementsOf(expected);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void problemsNameExactlyTheBadAnswers(long seed) {
		Random random = new Random(seed);
		int valid = 0;
		for (int i = 0; i < CASES; i++) {
			Map<String, String> answers = messyAnswers(random);
			List<AnswerProblem> expected = new ArrayList<>();
			for (Map.Entry<String, String> e : answers.entrySet()) {
				Optional<Question> q = SEED.question(e.getKey());
				if (q.isEmpty()) {
					expected.add(new AnswerProblem(e.getKey(), Kind.UNKNOWN_QUESTION));
				}
				else if (q.get().options().stream().noneMatch(o -> o.key().equals(e.getValue()))) {
					expected.add(new AnswerProblem(e.getKey(), Kind.UNKNOWN_OPTION));
				}
			}
			for (Question q : SEED.questions()) {
				if (q.required() && !answers.containsKey(q.key())) {
					expected.add(new AnswerProblem(q.key(), Kind.MISSING_REQUIRED));
				}
			}

			if (expected.isEmpty()) {
				assertThat(SEED.evaluate(answers)).isNotNull();
				valid++;
			}
			else {
				InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
						() -> SEED.evaluate(answers));
				assertThat(e).as(describe(seed, i, answers)).isNotNull();
				assertThat(e.problems()).as(describe(seed, i, answers)).containsExactlyInAnyOrderElementsOf(expected);
			}
		}
		// both valid and invalid sets are exercised
		assertThat(valid).isBetween(CASES / 20, CASES - CASES / 20);
	}

	// ------------------------------------------------------------------ the model, from the spec

	/** The criteria whose conditions hold, in rule-set order; inactive or empty criteria never do. */
	static List<Criterion> modelMet(RuleSet rules, Map<String, String> answers) {
		List<Criterion> met = new ArrayList<>();
		for (Criterion c : rules.criteria()) {
			if (!c.active() || c.conditions().isEmpty()) {
				continue;
			}
			int holding = 0;
			for (Condition condition : c.conditions()) {
				if (modelHolds(rules, answers, condition)) {
					holding++;
				}
			}
			boolean isMet = c.match() == MatchMode.ALL ? holding == c.conditions().size() : holding > 0;
			if (isMet) {
				met.add(c);
			}
		}
		return met;
	}

	static boolean modelHolds(RuleSet rules, Map<String, String> answers, Condition condition) {
		if (condition instanceof Condition.AnswerIn in) {
			String chosen = answers.get(in.questionKey());
			return chosen != null && in.optionKeys().contains(chosen);
		}
		if (condition instanceof Condition.ScoreAtLeast atLeast) {
			int sum = 0;
			for (Question q : rules.questions()) {
				String chosen = answers.get(q.key());
				if (chosen != null && atLeast.scaleKey().equals(q.scaleKey())) {
					for (AnswerOption o : q.options()) {
						if (o.key().equals(chosen)) {
							sum += o.score();
						}
					}
				}
			}
			return sum >= atLeast.minimum();
		}
		throw new IllegalStateException("unknown condition " + condition);
	}

	static Outcome modelOutcome(Thresholds thresholds, List<Criterion> met) {
		boolean safety = false;
		boolean clinicalOrExclusive = false;
		int therapy = 0;
		int coaching = 0;
		for (Criterion c : met) {
			if (c.pathway() == Pathway.SAFETY) {
				safety = true;
			}
			if (c.pathway() == Pathway.THERAPY) {
				therapy += c.weight();
			}
			if (c.pathway() == Pathway.COACHING) {
				coaching += c.weight();
			}
			if (c.clinical() || c.exclusive()) {
				clinicalOrExclusive = true;
			}
		}
		boolean therapyShown = therapy >= thresholds.therapy() || clinicalOrExclusive;
		boolean coachingShown = coaching >= thresholds.coaching();
		if (safety) {
			return Outcome.URGENT_SUPPORT;
		}
		if (therapyShown && coachingShown) {
			return Outcome.BOTH;
		}
		if (therapyShown) {
			return Outcome.THERAPY;
		}
		if (coachingShown) {
			return Outcome.COACHING;
		}
		return Outcome.EXPLORE;
	}

	// ------------------------------------------------------------------ generators

	/**
	 * A valid answer set for the seeded questionnaire. Each question gets its calm answer or a
	 * random option (so every outcome turns up often enough); optional ones are sometimes left out.
	 */
	static Map<String, String> answers(Random random) {
		Map<String, String> calm = SeedAnswers.calm();
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : SEED.questions()) {
			if (q.required()) {
				// 3 in 5 calm, 2 in 5 any option
				answers.put(q.key(), random.nextInt(5) < 3 ? calm.get(q.key()) : anyOption(q, random));
			}
			else {
				// 1 in 4 unanswered, 1 in 4 calm, 2 in 4 any option
				int roll = random.nextInt(4);
				if (roll == 1) {
					answers.put(q.key(), calm.get(q.key()));
				}
				else if (roll >= 2) {
					answers.put(q.key(), anyOption(q, random));
				}
			}
		}
		return answers;
	}

	private static final List<String> BOGUS_OPTIONS = List.of("maybe", "Yes", "", "3", "nearly-every-day", "heal-past");

	private static final List<String> UNKNOWN_KEYS = List.of("mood", "Trauma", "phq9", "", "format ", "self_harm");

	/** Answer sets that may also miss required answers, use unknown options or unknown questions. */
	static Map<String, String> messyAnswers(Random random) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : SEED.questions()) {
			// 20 in 22 a real option, 1 in 22 unanswered, 1 in 22 a bogus option
			int roll = random.nextInt(22);
			if (roll < 20) {
				answers.put(q.key(), anyOption(q, random));
			}
			else if (roll == 21) {
				answers.put(q.key(), pick(BOGUS_OPTIONS, random));
			}
		}
		// 1 in 5 sets also carry up to two answers to questions that do not exist
		if (random.nextInt(5) == 0) {
			int extras = random.nextInt(3);
			for (int i = 0; i < extras; i++) {
				answers.put(pick(UNKNOWN_KEYS, random), random.nextBoolean() ? "yes" : "no");
			}
		}
		return answers;
	}

	/** The seed itself (1 in 5), or a copy with every criterion, both thresholds and the version edited at random. */
	static RuleSet rules(Random random) {
		if (random.nextInt(5) == 0) {
			return SEED;
		}
		List<Criterion> criteria = SEED.criteria().stream().map(c -> edited(c, random)).toList();
		Thresholds thresholds = new Thresholds(1 + random.nextInt(10), 1 + random.nextInt(10));
		return new RuleSet(1 + random.nextInt(500), SEED.sections(), criteria, thresholds);
	}

	private static Criterion edited(Criterion seed, Random random) {
		int weight = random.nextInt(6);
		// flags are rarer than not, or a flagged criterion would be met in nearly every case
		boolean clinical = random.nextInt(7) == 0;
		boolean exclusive = random.nextInt(7) == 0;
		boolean active = random.nextInt(10) != 0;
		// editors may refile a criterion, but mostly leave its pathway alone
		Pathway pathway = random.nextInt(13) == 0 ? pick(List.of(Pathway.values()), random) : seed.pathway();
		MatchMode match = random.nextInt(5) == 0 ? pick(List.of(MatchMode.values()), random) : seed.match();
		// now and then an editor empties a criterion
		List<Condition> conditions = random.nextInt(15) == 0 ? List.of() : edited(seed.conditions(), random);
		return new Criterion(seed.code(), pathway, seed.title(), seed.reason(), weight, clinical, exclusive, active,
				match, conditions);
	}

	/** The same conditions, with a scale minimum sometimes moved (0 makes it hold for everyone). */
	private static List<Condition> edited(List<Condition> seed, Random random) {
		List<Condition> conditions = new ArrayList<>();
		for (Condition c : seed) {
			if (c instanceof Condition.ScoreAtLeast atLeast && random.nextInt(3) == 0) {
				conditions.add(new Condition.ScoreAtLeast(atLeast.scaleKey(), random.nextInt(7)));
			}
			else {
				conditions.add(c);
			}
		}
		return conditions;
	}

	private static String anyOption(Question q, Random random) {
		return q.options().get(random.nextInt(q.options().size())).key();
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
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
