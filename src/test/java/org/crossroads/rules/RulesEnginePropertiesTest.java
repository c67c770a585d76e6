package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.crossroads.rules.AnswerProblem.Kind;

/**
 * Invariants of questionnaire.md checked over generated answer sets and, where they must hold
 * "whatever editors do", over randomly edited rule sets. The expected values come from a model
 * written here from the spec, never from the engine's own helpers.
 */
class RulesEnginePropertiesTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static final int TRIES = 1000;

	// ------------------------------------------------------------------ properties

	@Property(tries = TRIES)
	void metSafetyCriterionAlwaysGivesUrgentSupport(@ForAll("rules") RuleSet rules,
			@ForAll("answers") Map<String, String> answers) {
		Evaluation result = rules.evaluate(answers);
		boolean safetyMet = result.metCriteria().stream().anyMatch(c -> c.pathway() == Pathway.SAFETY);

		if (safetyMet) {
			assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SUPPORT);
		}
		else {
			assertThat(result.outcome()).isNotEqualTo(Outcome.URGENT_SUPPORT);
		}
		Statistics.label("safety met").collect(safetyMet);
		Statistics.label("safety met").coverage(c -> {
			c.check(true).percentage(p -> p > 10);
			c.check(false).percentage(p -> p > 10);
		});
	}

	@Property(tries = TRIES)
	void metClinicalOrExclusiveCriterionNeverGivesCoaching(@ForAll("rules") RuleSet rules,
			@ForAll("answers") Map<String, String> answers) {
		Evaluation result = rules.evaluate(answers);
		boolean needsTherapy = result.metCriteria().stream().anyMatch(c -> c.clinical() || c.exclusive());

		if (needsTherapy) {
			assertThat(result.outcome()).isNotEqualTo(Outcome.COACHING);
		}
		Statistics.label("clinical or exclusive met").collect(needsTherapy);
		Statistics.label("clinical or exclusive met").coverage(c -> c.check(true).percentage(p -> p > 10));
		// the invariant would be vacuous if coaching-level scores never met a clinical flag
		Statistics.label("flagged with coaching over threshold")
				.collect(needsTherapy && result.scores().coaching() >= rules.thresholds().coaching());
		Statistics.label("flagged with coaching over threshold").coverage(c -> c.check(true).count(n -> n > 20));
	}

	@Property(tries = TRIES)
	void sameAnswersUnderTheSameVersionGiveTheSameResult(@ForAll("rules") RuleSet rules,
			@ForAll("answers") Map<String, String> answers, @ForAll Random random) {
		Evaluation first = rules.evaluate(answers);

		assertThat(rules.evaluate(answers)).isEqualTo(first);
		// a copy of the same published rules, and the answers in another order
		RuleSet copy = new RuleSet(rules.version(), rules.sections(), rules.criteria(), rules.thresholds());
		assertThat(copy.evaluate(shuffled(answers, random))).isEqualTo(first);
	}

	@Property(tries = TRIES)
	void resultRecordsTheVersionAndScoresSumTheMetWeightsPerPathway(@ForAll("rules") RuleSet rules,
			@ForAll("answers") Map<String, String> answers) {
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
		assertThat(result.scores().therapy()).isEqualTo(therapy);
		assertThat(result.scores().coaching()).isEqualTo(coaching);
		assertThat(result.ruleSetVersion()).isEqualTo(rules.version());
	}

	@Property(tries = TRIES)
	void metCriteriaAreExactlyThoseWhoseConditionsHoldInRuleSetOrder(@ForAll("rules") RuleSet rules,
			@ForAll("answers") Map<String, String> answers) {
		Evaluation result = rules.evaluate(answers);

		assertThat(result.metCriteria()).containsExactlyElementsOf(modelMet(rules, answers));
		Statistics.label("met count").collect(result.metCriteria().size());
	}

	@Property(tries = TRIES)
	void outcomeFollowsTheWrittenPolicy(@ForAll("rules") RuleSet rules, @ForAll("answers") Map<String, String> answers) {
		Outcome outcome = rules.evaluate(answers).outcome();

		assertThat(outcome).isEqualTo(modelOutcome(rules.thresholds(), modelMet(rules, answers)));
		Statistics.label("outcome").collect(outcome);
		// every branch of the policy is exercised (COACHING is the rarest, at about 3 %)
		Statistics.label("outcome").coverage(c -> {
			for (Outcome o : Outcome.values()) {
				c.check(o).count(n -> n >= 5);
			}
		});
	}

	@Property(tries = TRIES)
	void seededRulesFollowTheWrittenPolicy(@ForAll("answers") Map<String, String> answers) {
		Evaluation result = SEED.evaluate(answers);

		assertThat(result.metCriteria()).containsExactlyElementsOf(modelMet(SEED, answers));
		assertThat(result.outcome()).isEqualTo(modelOutcome(SEED.thresholds(), modelMet(SEED, answers)));
		assertThat(result.ruleSetVersion()).isEqualTo(1);
		Statistics.label("outcome").collect(result.outcome());
		// every branch of the policy is exercised (COACHING and EXPLORE are the rarest, at about 5 %)
		Statistics.label("outcome").coverage(c -> {
			for (Outcome o : Outcome.values()) {
				c.check(o).count(n -> n >= 15);
			}
		});
	}

	@Property(tries = TRIES)
	void validAnswersHaveNoProblemsWholeOrStepByStep(@ForAll("answers") Map<String, String> answers) {
		assertThat(SEED.problems(answers)).isEmpty();
		for (Section section : SEED.sections()) {
			assertThat(RuleSet.problems(answers, section.questions())).isEmpty();
		}
	}

	@Property(tries = TRIES)
	void wholeSetCheckIsUnknownQuestionsPlusEveryStepCheck(@ForAll("messyAnswers") Map<String, String> answers) {
		List<AnswerProblem> expected = new ArrayList<>();
		for (String key : answers.keySet()) {
			if (SEED.question(key).isEmpty()) {
				expected.add(new AnswerProblem(key, Kind.UNKNOWN_QUESTION));
			}
		}
		for (Section section : SEED.sections()) {
			expected.addAll(RuleSet.problems(answers, section.questions()));
		}

		assertThat(SEED.problems(answers)).containsExactlyElementsOf(expected);
	}

	@Property(tries = TRIES)
	void problemsNameExactlyTheBadAnswers(@ForAll("messyAnswers") Map<String, String> answers) {
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
		}
		else {
			InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
					() -> SEED.evaluate(answers));
			assertThat(e).isNotNull();
			assertThat(e.problems()).containsExactlyInAnyOrderElementsOf(expected);
		}
		Statistics.label("valid").collect(expected.isEmpty());
		Statistics.label("valid").coverage(c -> c.check(true).percentage(p -> p > 5));
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
	 * Valid answer sets for the seeded questionnaire. Each question gets its calm answer or a
	 * random option (so every outcome turns up often enough); optional ones are sometimes left out.
	 */
	@Provide
	Arbitrary<Map<String, String>> answers() {
		Map<String, String> calm = SeedRules.calm();
		List<Arbitrary<Optional<String>>> perQuestion = new ArrayList<>();
		for (Question q : SEED.questions()) {
			Arbitrary<Optional<String>> anyOption = Arbitraries.of(optionKeys(q)).map(Optional::of);
			Arbitrary<Optional<String>> calmOption = Arbitraries.just(Optional.of(calm.get(q.key())));
			if (q.required()) {
				perQuestion.add(Arbitraries.frequencyOf(Tuple.of(3, calmOption), Tuple.of(2, anyOption)));
			}
			else {
				perQuestion.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())),
						Tuple.of(1, calmOption), Tuple.of(2, anyOption)));
			}
		}
		return Combinators.combine(perQuestion).as(chosen -> {
			Map<String, String> answers = new LinkedHashMap<>();
			List<Question> questions = SEED.questions();
			for (int i = 0; i < questions.size(); i++) {
				String key = questions.get(i).key();
				chosen.get(i).ifPresent(option -> answers.put(key, option));
			}
			return answers;
		});
	}

	/** Answer sets that may also miss required answers, use unknown options or unknown questions. */
	@Provide
	Arbitrary<Map<String, String>> messyAnswers() {
		Arbitrary<String> bogusOption = Arbitraries.of("maybe", "Yes", "", "3", "nearly-every-day", "heal-past");
		Arbitrary<String> unknownKey = Arbitraries.of("mood", "Trauma", "phq9", "", "format ", "self_harm");
		List<Arbitrary<Optional<String>>> perQuestion = new ArrayList<>();
		for (Question q : SEED.questions()) {
			perQuestion.add(Arbitraries.frequencyOf(
					Tuple.of(20, Arbitraries.of(optionKeys(q)).map(Optional::of)),
					Tuple.of(1, Arbitraries.just(Optional.<String>empty())),
					Tuple.of(1, bogusOption.map(Optional::of))));
		}
		Arbitrary<Map<String, String>> extras = Arbitraries.maps(unknownKey, Arbitraries.of("yes", "no")).ofMaxSize(2);
		Arbitrary<Map<String, String>> known = Combinators.combine(perQuestion).as(chosen -> {
			Map<String, String> answers = new LinkedHashMap<>();
			List<Question> questions = SEED.questions();
			for (int i = 0; i < questions.size(); i++) {
				String key = questions.get(i).key();
				chosen.get(i).ifPresent(option -> answers.put(key, option));
			}
			return answers;
		});
		return Combinators.combine(known, Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Map.<String, String>of())),
				Tuple.of(1, extras))).as((a, b) -> {
					Map<String, String> all = new LinkedHashMap<>(a);
					all.putAll(b);
					return all;
				});
	}

	/** The seed itself, or a copy with every criterion, threshold and the version edited at random. */
	@Provide
	Arbitrary<RuleSet> rules() {
		List<Arbitrary<Criterion>> perCriterion = SEED.criteria().stream().map(this::edited).toList();
		Arbitrary<RuleSet> edited = Combinators.combine(
				Combinators.combine(perCriterion).as(List::copyOf),
				Arbitraries.integers().between(1, 10),
				Arbitraries.integers().between(1, 10),
				Arbitraries.integers().between(1, 500))
				.as((criteria, therapy, coaching, version) -> new RuleSet(version, SEED.sections(), criteria,
						new Thresholds(therapy, coaching)));
		return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(SEED)), Tuple.of(4, edited));
	}

	private Arbitrary<Criterion> edited(Criterion seed) {
		// flags are rarer than not, or a flagged criterion would be met in nearly every case
		Arbitrary<Boolean> flag = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(false)),
				Tuple.of(1, Arbitraries.just(true)));
		Arbitrary<Boolean> active = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(true)),
				Tuple.of(1, Arbitraries.just(false)));
		// editors may refile a criterion, but mostly leave its pathway alone
		Arbitrary<Pathway> pathway = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(seed.pathway())),
				Tuple.of(1, Arbitraries.of(Pathway.class)));
		Arbitrary<MatchMode> match = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(seed.match())),
				Tuple.of(1, Arbitraries.of(MatchMode.class)));
		// now and then an editor empties a criterion
		Arbitrary<List<Condition>> conditions = Arbitraries.frequencyOf(Tuple.of(14, edited(seed.conditions())),
				Tuple.of(1, Arbitraries.just(List.<Condition>of())));
		return Combinators.combine(Arbitraries.integers().between(0, 5), flag, flag, active, pathway, match, conditions)
				.as((weight, clinical, exclusive, isActive, path, mode, conds) -> new Criterion(seed.code(), path,
						seed.title(), seed.reason(), weight, clinical, exclusive, isActive, mode, conds));
	}

	/** The same conditions, with a scale minimum sometimes moved (0 makes it hold for everyone). */
	private Arbitrary<List<Condition>> edited(List<Condition> seed) {
		List<Arbitrary<Condition>> perCondition = new ArrayList<>();
		for (Condition c : seed) {
			if (c instanceof Condition.ScoreAtLeast atLeast) {
				Arbitrary<Condition> moved = Arbitraries.integers().between(0, 6)
						.map(min -> new Condition.ScoreAtLeast(atLeast.scaleKey(), min));
				perCondition.add(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(c)), Tuple.of(1, moved)));
			}
			else {
				perCondition.add(Arbitraries.just(c));
			}
		}
		return Combinators.combine(perCondition).as(List::copyOf);
	}

	private static List<String> optionKeys(Question q) {
		return q.options().stream().map(AnswerOption::key).toList();
	}

	private static Map<String, String> shuffled(Map<String, String> answers, Random random) {
		List<String> keys = new ArrayList<>(answers.keySet());
		Collections.shuffle(keys, random);
		Map<String, String> copy = new LinkedHashMap<>();
		keys.forEach(k -> copy.put(k, answers.get(k)));
		return copy;
	}
}
