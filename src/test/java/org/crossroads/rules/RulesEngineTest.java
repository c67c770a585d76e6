package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossroads.SeedAnswers.calm;
import static org.crossroads.SeedAnswers.calmWith;
import static org.crossroads.SeedAnswers.without;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.crossroads.rules.AnswerProblem.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RulesEngineTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static Evaluation evaluate(Map<String, String> answers) {
		return SEED.evaluate(answers);
	}

	private static List<String> codes(Evaluation evaluation) {
		return evaluation.metCriteria().stream().map(Criterion::code).toList();
	}

	private static List<AnswerProblem> problemsOf(RuleSet rules, Map<String, String> answers) {
		try {
			rules.evaluate(answers);
		}
		catch (InvalidAnswersException e) {
			return e.problems();
		}
		throw new AssertionError("expected InvalidAnswersException for " + answers);
	}

	@Nested
	@DisplayName("the seeded rule set")
	class Seed {

		@Test
		void scaleTotalsAreTheSumsTheCriteriaRead() {
			assertThat(SEED.scales()).containsExactly("phq2", "gad2");
			Evaluation two = evaluate(calmWith("phq2-interest", "several-days", "phq2-mood", "several-days",
					"gad2-worry", "nearly-every-day"));
			assertThat(two.scaleScore("phq2")).isEqualTo(2);
			assertThat(two.scaleScore("gad2")).isEqualTo(3);
			assertThat(two.scaleScore("no-such-scale")).isZero();
			// 3 is where therapy.mental-health starts: the figure shown is the one that decided
			assertThat(two.metCodes()).containsExactly("therapy.mental-health");
			assertThat(evaluate(calm()).scaleScore("gad2")).isZero();
		}

		@Test
		void calmBaselineMeetsNothingAndLeavesTheVisitorToExplore() {
			Evaluation result = evaluate(calm());

			assertThat(result.metCriteria()).isEmpty();
			assertThat(result.scores()).isEqualTo(new Scores(0, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
			assertThat(result.urgent()).isFalse();
		}

		@Test
		void hasTheFourteenCriteriaOfTheSpecInOrder() {
			assertThat(SeedRules.criterionCodes()).containsExactly(
					"therapy.daily-life", "therapy.mental-health", "therapy.grief-addiction", "therapy.trauma",
					"therapy.deeper-why", "therapy.documentation", "therapy.insurance",
					"coaching.stuck", "coaching.growth-plan", "coaching.performance", "coaching.forward-focus",
					"coaching.accountability", "coaching.group-formats", "safety.self-harm");
			assertThat(SEED.questions()).hasSize(18);
			assertThat(SEED.questions().stream().filter(q -> !q.required()).map(Question::key))
					.containsExactly("insurance", "format");
		}

		@Test
		void calmBaselineAnswersEveryQuestionWithARealOption() {
			assertThat(SEED.problems(calm())).isEmpty();
			assertThat(calm().keySet()).containsExactlyElementsOf(SEED.questions().stream().map(Question::key).toList());
		}
	}

	@Nested
	@DisplayName("each criterion met alone from the calm baseline")
	class EachCriterionAlone {

		static Stream<Arguments> alone() {
			return Stream.of(
					arguments("therapy.daily-life", calmWith("daily-functioning", "quite-a-bit"), 3, 0, Outcome.THERAPY),
					arguments("therapy.daily-life", calmWith("daily-functioning", "severely"), 3, 0, Outcome.THERAPY),
					arguments("therapy.mental-health", calmWith("phq2-mood", "nearly-every-day"), 3, 0, Outcome.THERAPY),
					arguments("therapy.mental-health", calmWith("gad2-worry", "nearly-every-day"), 3, 0, Outcome.THERAPY),
					arguments("therapy.mental-health", calmWith("diagnosed-condition", "yes"), 3, 0, Outcome.THERAPY),
					arguments("therapy.grief-addiction", calmWith("grief-addiction", "yes"), 3, 0, Outcome.THERAPY),
					arguments("therapy.trauma", calmWith("trauma", "yes"), 3, 0, Outcome.THERAPY),
					arguments("therapy.deeper-why", calmWith("understand-why", "yes"), 3, 0, Outcome.THERAPY),
					arguments("therapy.deeper-why", calmWith("focus", "heal-past"), 3, 0, Outcome.THERAPY),
					arguments("therapy.documentation", calmWith("documentation", "yes"), 3, 0, Outcome.THERAPY),
					// weight 1 is below the therapy threshold and the criterion carries no flag
					arguments("therapy.insurance", calmWith("insurance", "yes"), 1, 0, Outcome.EXPLORE),
					arguments("coaching.stuck", calmWith("feeling-stuck", "yes"), 0, 3, Outcome.COACHING),
					arguments("coaching.growth-plan", calmWith("growth-goal", "yes"), 0, 3, Outcome.COACHING),
					arguments("coaching.performance", calmWith("performance", "yes"), 0, 3, Outcome.COACHING),
					arguments("coaching.performance", calmWith("performance", "yes", "daily-functioning", "a-little"), 0, 3,
							Outcome.COACHING),
					arguments("coaching.forward-focus", calmWith("focus", "build-future"), 0, 3, Outcome.COACHING),
					arguments("coaching.accountability", calmWith("accountability", "yes"), 0, 2, Outcome.EXPLORE),
					arguments("coaching.group-formats", calmWith("format", "group-or-workshop"), 0, 1, Outcome.EXPLORE),
					arguments("safety.self-harm", calmWith("self-harm", "several-days"), 0, 0, Outcome.URGENT_SUPPORT),
					arguments("safety.self-harm", calmWith("self-harm", "more-than-half"), 0, 0, Outcome.URGENT_SUPPORT),
					arguments("safety.self-harm", calmWith("self-harm", "nearly-every-day"), 0, 0, Outcome.URGENT_SUPPORT));
		}

		@ParameterizedTest(name = "{0} via {1}")
		@MethodSource("alone")
		void onlyThatCriterionIsMetWithItsWeightAndOutcome(String code, Map<String, String> answers, int therapy,
				int coaching, Outcome outcome) {
			Evaluation result = evaluate(answers);

			assertThat(codes(result)).containsExactly(code);
			assertThat(result.scores()).isEqualTo(new Scores(therapy, coaching));
			assertThat(result.outcome()).isEqualTo(outcome);
			assertThat(result.urgent()).isEqualTo(outcome == Outcome.URGENT_SUPPORT);
		}

		@Test
		void theTableAboveCoversEveryCriterion() {
			Set<Object> covered = new HashSet<>();
			alone().forEach(a -> covered.add(a.get()[0]));
			assertThat(covered).containsExactlyInAnyOrderElementsOf(SeedRules.criterionCodes());
		}

		@ParameterizedTest(name = "{0} = {1}")
		@CsvSource({
				"daily-functioning, a-little",
				"phq2-interest, more-than-half",
				"phq2-mood, more-than-half",
				"gad2-nervous, more-than-half",
				"gad2-worry, more-than-half",
				"diagnosed-condition, not-sure",
				"trauma, not-sure",
				"understand-why, somewhat",
				"feeling-stuck, somewhat",
				"accountability, somewhat",
				"insurance, not-sure",
				"format, one-to-one",
				"self-harm, not-at-all" })
		void nearMissAnswersMeetNothing(String question, String option) {
			Evaluation result = evaluate(calmWith(question, option));

			assertThat(result.metCriteria()).isEmpty();
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
		}
	}

	@Nested
	@DisplayName("decision policy")
	class Policy {

		@Test
		void selfHarmGivesUrgentSupportEvenWithStrongTherapyAndCoachingScores() {
			Evaluation result = evaluate(calmWith("self-harm", "several-days", "trauma", "yes", "documentation", "yes",
					"feeling-stuck", "yes", "growth-goal", "yes"));

			assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SUPPORT);
			assertThat(result.urgent()).isTrue();
			// the other reasons are still reported, with their scores
			assertThat(result.scores()).isEqualTo(new Scores(6, 6));
			assertThat(codes(result)).containsExactly("therapy.trauma", "therapy.documentation", "coaching.stuck",
					"coaching.growth-plan", "safety.self-harm");
		}

		@Test
		void therapyAndCoachingBothReachingThresholdGivesBoth() {
			Evaluation result = evaluate(calmWith("trauma", "yes", "feeling-stuck", "yes"));

			assertThat(result.outcome()).isEqualTo(Outcome.BOTH);
			assertThat(result.scores()).isEqualTo(new Scores(3, 3));
		}

		@Test
		void nonClinicalTherapyCriterionGivesTherapyByScoreAlone() {
			Evaluation result = evaluate(calmWith("understand-why", "yes"));

			assertThat(result.metCriteria()).singleElement()
					.satisfies(c -> assertThat(c.clinical() || c.exclusive()).isFalse());
			assertThat(result.scores().therapy()).isEqualTo(SEED.thresholds().therapy());
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void clinicalCriterionGivesTherapyEvenWhenItsWeightIsBelowTheThreshold() {
			RuleSet edited = SeedRules.withThresholds(
					SeedRules.withCriterion("therapy.trauma", c -> SeedRules.weight(c, 1)), 5, 3);

			Evaluation result = edited.evaluate(calmWith("trauma", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(1, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void sameEditOnANonClinicalCriterionLeavesTheVisitorToExplore() {
			// control for the test above: without the flag, weight 1 under threshold 5 is no signal
			RuleSet edited = SeedRules.withThresholds(
					SeedRules.withCriterion("therapy.deeper-why", c -> SeedRules.weight(c, 1)), 5, 3);

			Evaluation result = edited.evaluate(calmWith("understand-why", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(1, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
		}

		@Test
		void exclusiveCriterionGivesTherapyEvenWithWeightZero() {
			RuleSet edited = SeedRules.withCriterion("therapy.documentation", c -> SeedRules.weight(c, 0));

			Evaluation result = edited.evaluate(calmWith("documentation", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void clinicalCriterionUnderThresholdWithCoachingGivesBoth() {
			RuleSet edited = SeedRules.withThresholds(
					SeedRules.withCriterion("therapy.grief-addiction", c -> SeedRules.weight(c, 1)), 5, 3);

			Evaluation result = edited.evaluate(calmWith("grief-addiction", "yes", "growth-goal", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(1, 3));
			assertThat(result.outcome()).isEqualTo(Outcome.BOTH);
		}

		@Test
		void coachingSignalsWithoutTherapySignalsGiveCoaching() {
			Evaluation result = evaluate(calmWith("feeling-stuck", "yes", "growth-goal", "yes", "focus", "build-future"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 9));
			assertThat(result.outcome()).isEqualTo(Outcome.COACHING);
		}

		@Test
		void smallCoachingWeightsAddUpToTheThreshold() {
			// accountability (2) + group formats (1) = 3 = coaching threshold
			Evaluation result = evaluate(calmWith("accountability", "yes", "format", "group-or-workshop"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 3));
			assertThat(result.outcome()).isEqualTo(Outcome.COACHING);
		}

		@Test
		void smallTherapyWeightAddsToANonClinicalOneAndStillGivesTherapy() {
			Evaluation result = evaluate(calmWith("understand-why", "yes", "insurance", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(4, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void weakSignalsOnBothSidesLeaveTheVisitorToExplore() {
			Evaluation result = evaluate(calmWith("insurance", "yes", "accountability", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(1, 2));
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
		}

		@ParameterizedTest(name = "therapy {0} against threshold 4 -> {2}")
		@CsvSource({
				"3, 'understand-why=yes', EXPLORE",
				"4, 'understand-why=yes;insurance=yes', THERAPY" })
		void therapyThresholdIsInclusive(int score, String overrides, Outcome outcome) {
			RuleSet edited = SeedRules.withThresholds(SEED, 4, 3);

			Evaluation result = edited.evaluate(parse(overrides));

			assertThat(result.scores().therapy()).isEqualTo(score);
			assertThat(result.outcome()).isEqualTo(outcome);
		}

		@ParameterizedTest(name = "coaching {0} against threshold 4 -> {2}")
		@CsvSource({
				"3, 'feeling-stuck=yes', EXPLORE",
				"4, 'feeling-stuck=yes;format=group-or-workshop', COACHING" })
		void coachingThresholdIsInclusive(int score, String overrides, Outcome outcome) {
			RuleSet edited = SeedRules.withThresholds(SEED, 3, 4);

			Evaluation result = edited.evaluate(parse(overrides));

			assertThat(result.scores().coaching()).isEqualTo(score);
			assertThat(result.outcome()).isEqualTo(outcome);
		}

		@Test
		void safetyWeightDoesNotCountTowardsEitherScore() {
			RuleSet edited = SeedRules.withCriterion("safety.self-harm", c -> SeedRules.weight(c, 5));

			Evaluation result = edited.evaluate(calmWith("self-harm", "nearly-every-day"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.URGENT_SUPPORT);
		}

		private Map<String, String> parse(String overrides) {
			Map<String, String> answers = calm();
			for (String pair : overrides.split(";")) {
				String[] kv = pair.split("=");
				answers.put(kv[0], kv[1]);
			}
			return answers;
		}
	}

	@Nested
	@DisplayName("ANY and ALL")
	class MatchModes {

		@ParameterizedTest(name = "performance={0}, daily-functioning={1} -> {2}")
		@CsvSource({
				"yes, not-at-all,  coaching.performance",
				"yes, a-little,    coaching.performance",
				"yes, quite-a-bit, therapy.daily-life",
				"yes, severely,    therapy.daily-life",
				"no,  not-at-all,  ''",
				"no,  a-little,    ''" })
		void performanceNeedsBothConditions(String performance, String functioning, String expectedCode) {
			Evaluation result = evaluate(calmWith("performance", performance, "daily-functioning", functioning));

			if (expectedCode.isEmpty()) {
				assertThat(codes(result)).isEmpty();
			}
			else {
				assertThat(codes(result)).containsExactly(expectedCode);
			}
		}

		@Test
		void performanceWithPoorFunctioningIsNotCoaching() {
			Evaluation result = evaluate(calmWith("performance", "yes", "daily-functioning", "severely"));

			assertThat(result.scores()).isEqualTo(new Scores(3, 0));
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void switchingPerformanceToAnyMeetsItOnEitherCondition() {
			RuleSet edited = SeedRules.withCriterion("coaching.performance", c -> SeedRules.match(c, MatchMode.ANY));

			assertThat(codes(edited.evaluate(calmWith("performance", "no", "daily-functioning", "a-little"))))
					.containsExactly("coaching.performance");
			assertThat(codes(edited.evaluate(calmWith("performance", "yes", "daily-functioning", "severely"))))
					.containsExactly("therapy.daily-life", "coaching.performance");
			assertThat(codes(edited.evaluate(calmWith("performance", "no", "daily-functioning", "severely"))))
					.containsExactly("therapy.daily-life");
		}

		@Test
		void anyCriterionWithSeveralHoldingConditionsCountsItsWeightOnce() {
			Evaluation result = evaluate(calmWith("phq2-mood", "nearly-every-day", "gad2-worry", "nearly-every-day",
					"diagnosed-condition", "yes"));

			assertThat(codes(result)).containsExactly("therapy.mental-health");
			assertThat(result.scores()).isEqualTo(new Scores(3, 0));
		}

		@Test
		void switchingDeeperWhyToAllNeedsBothAnswers() {
			RuleSet edited = SeedRules.withCriterion("therapy.deeper-why", c -> SeedRules.match(c, MatchMode.ALL));

			assertThat(codes(edited.evaluate(calmWith("understand-why", "yes")))).isEmpty();
			assertThat(codes(edited.evaluate(calmWith("focus", "heal-past")))).isEmpty();
			assertThat(codes(edited.evaluate(calmWith("understand-why", "yes", "focus", "heal-past"))))
					.containsExactly("therapy.deeper-why");
		}
	}

	@Nested
	@DisplayName("screening scales")
	class Scales {

		@ParameterizedTest(name = "phq2 {0} + {1} = {2}")
		@CsvSource({
				"not-at-all,       not-at-all,       0, false",
				"several-days,     several-days,     2, false",
				"not-at-all,       more-than-half,   2, false",
				"more-than-half,   not-at-all,       2, false",
				"several-days,     more-than-half,   3, true",
				"more-than-half,   several-days,     3, true",
				"nearly-every-day, not-at-all,       3, true",
				"not-at-all,       nearly-every-day, 3, true",
				"more-than-half,   more-than-half,   4, true",
				"several-days,     nearly-every-day, 4, true",
				"nearly-every-day, nearly-every-day, 6, true" })
		void phq2SumsItsTwoItems(String interest, String mood, int score, boolean met) {
			Map<String, String> answers = calmWith("phq2-interest", interest, "phq2-mood", mood);

			assertThat(SEED.read(answers).scaleScore("phq2")).isEqualTo(score);
			assertThat(SEED.read(answers).scaleScore("gad2")).isZero();
			assertThat(codes(evaluate(answers))).isEqualTo(met ? List.of("therapy.mental-health") : List.of());
		}

		@ParameterizedTest(name = "gad2 {0} + {1} = {2}")
		@CsvSource({
				"several-days,     several-days,     2, false",
				"not-at-all,       more-than-half,   2, false",
				"several-days,     more-than-half,   3, true",
				"nearly-every-day, not-at-all,       3, true",
				"not-at-all,       nearly-every-day, 3, true",
				"more-than-half,   more-than-half,   4, true",
				"nearly-every-day, several-days,     4, true" })
		void gad2SumsItsTwoItems(String nervous, String worry, int score, boolean met) {
			Map<String, String> answers = calmWith("gad2-nervous", nervous, "gad2-worry", worry);

			assertThat(SEED.read(answers).scaleScore("gad2")).isEqualTo(score);
			assertThat(SEED.read(answers).scaleScore("phq2")).isZero();
			assertThat(codes(evaluate(answers))).isEqualTo(met ? List.of("therapy.mental-health") : List.of());
		}

		@Test
		void theTwoScalesNeverMix() {
			// 2 + 2 across the two scales would reach 3; each scale alone does not
			Map<String, String> answers = calmWith("phq2-interest", "more-than-half", "gad2-nervous", "more-than-half");

			assertThat(SEED.read(answers).scaleScore("phq2")).isEqualTo(2);
			assertThat(SEED.read(answers).scaleScore("gad2")).isEqualTo(2);
			assertThat(evaluate(answers).metCriteria()).isEmpty();
		}

		@Test
		void selfHarmItemBelongsToNoScale() {
			Map<String, String> answers = calmWith("self-harm", "nearly-every-day", "phq2-mood", "several-days");

			assertThat(SEED.read(answers).scaleScore("phq2")).isEqualTo(1);
			assertThat(codes(evaluate(answers))).containsExactly("safety.self-harm");
		}

		@Test
		void unknownScaleScoresZero() {
			assertThat(SEED.read(calmWith("phq2-mood", "nearly-every-day")).scaleScore("phq9")).isZero();
		}
	}

	@Nested
	@DisplayName("optional questions")
	class OptionalQuestions {

		@Test
		void leavingOutInsuranceAndFormatIsValidAndMatchesNothing() {
			Map<String, String> answers = without(calm(), "insurance", "format");

			assertThat(SEED.problems(answers)).isEmpty();
			Evaluation result = evaluate(answers);
			assertThat(result.metCriteria()).isEmpty();
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
			assertThat(SEED.read(answers).optionFor("insurance")).isEmpty();
			assertThat(SEED.read(answers).optionFor("format")).isEmpty();
		}

		@Test
		void unansweredQuestionMatchesNothingEvenWhenEveryOptionIsListed() {
			RuleSet edited = SeedRules.withCriterion("therapy.insurance", c -> SeedRules.conditions(c,
					List.of(SeedRules.answerIn("insurance", "yes", "no", "not-sure"))));

			assertThat(codes(edited.evaluate(calm()))).containsExactly("therapy.insurance");
			assertThat(codes(edited.evaluate(without(calm(), "insurance")))).isEmpty();
		}

		@Test
		void otherSignalsStillCountWhenOptionalQuestionsAreLeftOut() {
			Evaluation result = evaluate(without(calmWith("feeling-stuck", "yes"), "insurance", "format"));

			assertThat(codes(result)).containsExactly("coaching.stuck");
			assertThat(result.outcome()).isEqualTo(Outcome.COACHING);
		}
	}

	@Nested
	@DisplayName("invalid answers")
	class InvalidAnswers {

		static Stream<String> requiredKeys() {
			return SEED.questions().stream().filter(Question::required).map(Question::key);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("requiredKeys")
		void missingRequiredAnswerIsNamed(String key) {
			assertThat(problemsOf(SEED, without(calm(), key)))
					.containsExactly(new AnswerProblem(key, Kind.MISSING_REQUIRED));
		}

		@Test
		void nullAnswerCountsAsMissing() {
			Map<String, String> answers = calm();
			answers.put("trauma", null);

			assertThat(problemsOf(SEED, answers)).containsExactly(new AnswerProblem("trauma", Kind.MISSING_REQUIRED));
		}

		@Test
		void emptyAnswersMissEveryRequiredQuestionInQuestionnaireOrder() {
			assertThat(problemsOf(SEED, Map.of())).extracting(AnswerProblem::questionKey)
					.containsExactlyElementsOf(requiredKeys().toList());
			assertThat(problemsOf(SEED, Map.of())).extracting(AnswerProblem::kind).containsOnly(Kind.MISSING_REQUIRED);
		}

		@Test
		void unknownQuestionIsNamed() {
			assertThat(problemsOf(SEED, calmWith("mood", "low")))
					.containsExactly(new AnswerProblem("mood", Kind.UNKNOWN_QUESTION));
		}

		@ParameterizedTest(name = "{0} = {1}")
		@CsvSource({
				"trauma, maybe",
				"trauma, Yes",
				"trauma, several-days",
				"phq2-mood, 3",
				"daily-functioning, Not at all",
				"format, online",
				"insurance, ''" })
		void unknownOptionIsNamed(String key, String option) {
			assertThat(problemsOf(SEED, calmWith(key, option)))
					.containsExactly(new AnswerProblem(key, Kind.UNKNOWN_OPTION));
		}

		@Test
		void everyProblemIsReportedAtOnce() {
			Map<String, String> answers = without(calmWith("colour", "blue", "trauma", "maybe"), "focus");

			assertThat(problemsOf(SEED, answers)).containsExactlyInAnyOrder(
					new AnswerProblem("colour", Kind.UNKNOWN_QUESTION),
					new AnswerProblem("trauma", Kind.UNKNOWN_OPTION),
					new AnswerProblem("focus", Kind.MISSING_REQUIRED));
		}

		@Test
		void exceptionMessageNamesTheProblems() {
			assertThatThrownBy(() -> SEED.evaluate(without(calm(), "trauma")))
					.isInstanceOf(InvalidAnswersException.class)
					.hasMessageContaining("trauma")
					.hasMessageContaining("MISSING_REQUIRED");
		}

		@Test
		void readRefusesWhatEvaluateRefuses() {
			assertThatThrownBy(() -> SEED.read(calmWith("trauma", "maybe")))
					.isInstanceOf(InvalidAnswersException.class);
		}

		@Test
		void exceptionProblemsCannotBeChangedAfterwards() {
			List<AnswerProblem> source = new ArrayList<>(List.of(new AnswerProblem("x", Kind.UNKNOWN_QUESTION)));
			InvalidAnswersException e = new InvalidAnswersException(source);
			source.clear();

			assertThat(e.problems()).hasSize(1);
		}
	}

	@Nested
	@DisplayName("editors' changes to criteria")
	class EditedCriteria {

		@Test
		void inactiveCriterionIsNeverMet() {
			RuleSet edited = SeedRules.withCriterion("therapy.trauma", c -> SeedRules.active(c, false));

			Evaluation result = edited.evaluate(calmWith("trauma", "yes"));

			assertThat(result.metCriteria()).isEmpty();
			assertThat(result.scores()).isEqualTo(new Scores(0, 0));
			// an inactive clinical criterion no longer forces therapy
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
		}

		@Test
		void inactiveSafetyCriterionDoesNotTriggerUrgentSupport() {
			RuleSet edited = SeedRules.withCriterion("safety.self-harm", c -> SeedRules.active(c, false));

			assertThat(edited.evaluate(calmWith("self-harm", "nearly-every-day")).outcome()).isEqualTo(Outcome.EXPLORE);
		}

		@ParameterizedTest
		@CsvSource({ "ANY", "ALL" })
		void criterionWithoutConditionsIsNeverMet(MatchMode mode) {
			// ALL over no conditions would be vacuously true: an empty criterion must not match everyone
			RuleSet edited = SeedRules.withCriterion("coaching.stuck",
					c -> SeedRules.match(SeedRules.conditions(c, List.of()), mode));

			Evaluation result = edited.evaluate(calmWith("feeling-stuck", "yes"));

			assertThat(result.metCriteria()).isEmpty();
			assertThat(result.outcome()).isEqualTo(Outcome.EXPLORE);
		}

		@Test
		void clinicalCriterionFiledUnderCoachingStillPreventsCoachingAlone() {
			RuleSet edited = SeedRules.withCriterion("coaching.stuck", c -> SeedRules.flags(c, true, false));

			Evaluation result = edited.evaluate(calmWith("feeling-stuck", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 3));
			assertThat(result.outcome()).isEqualTo(Outcome.BOTH);
		}

		@Test
		void exclusiveCriterionFiledUnderCoachingStillPreventsCoachingAlone() {
			RuleSet edited = SeedRules.withCriterion("coaching.growth-plan", c -> SeedRules.flags(c, false, true));

			Evaluation result = edited.evaluate(calmWith("growth-goal", "yes", "feeling-stuck", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 6));
			assertThat(result.outcome()).isEqualTo(Outcome.BOTH);
		}

		@Test
		void clinicalCoachingCriterionBelowCoachingThresholdGivesTherapy() {
			RuleSet edited = SeedRules.withCriterion("coaching.group-formats", c -> SeedRules.flags(c, true, false));

			Evaluation result = edited.evaluate(calmWith("format", "group-or-workshop"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 1));
			assertThat(result.outcome()).isEqualTo(Outcome.THERAPY);
		}

		@Test
		void criterionMovedToAnotherPathwayScoresThere() {
			RuleSet edited = SeedRules.withCriterion("therapy.deeper-why", c -> SeedRules.pathway(c, Pathway.COACHING));

			Evaluation result = edited.evaluate(calmWith("understand-why", "yes"));

			assertThat(result.scores()).isEqualTo(new Scores(0, 3));
			assertThat(result.outcome()).isEqualTo(Outcome.COACHING);
		}

		@Test
		void conditionOnAQuestionTheRuleSetDoesNotHaveNeverHolds() {
			RuleSet edited = SeedRules.withCriterion("coaching.stuck",
					c -> SeedRules.conditions(c, List.of(SeedRules.answerIn("no-such-question", "yes"))));

			assertThat(edited.evaluate(calmWith("feeling-stuck", "yes")).metCriteria()).isEmpty();
		}
	}

	@Nested
	@DisplayName("the result")
	class Result {

		@Test
		void recordsTheSeedVersion() {
			assertThat(evaluate(calm()).ruleSetVersion()).isEqualTo(1);
		}

		@Test
		void recordsTheVersionOfTheRuleSetThatProducedIt() {
			RuleSet v7 = new RuleSet(7, SEED.sections(), SEED.criteria(), SEED.thresholds());

			assertThat(v7.evaluate(calm()).ruleSetVersion()).isEqualTo(7);
		}

		@Test
		void listsMetCriteriaInRuleSetOrder() {
			Map<String, String> answers = calmWith("self-harm", "several-days", "format", "group-or-workshop",
					"trauma", "yes", "feeling-stuck", "yes", "daily-functioning", "severely", "insurance", "yes");

			assertThat(codes(evaluate(answers))).containsExactly("therapy.daily-life", "therapy.trauma",
					"therapy.insurance", "coaching.stuck", "coaching.group-formats", "safety.self-harm");
		}

		@Test
		void followsTheRuleSetOrderNotAFixedOne() {
			List<Criterion> reversed = new ArrayList<>(SEED.criteria());
			Collections.reverse(reversed);
			RuleSet edited = SeedRules.withCriteria(SEED, reversed);
			Map<String, String> answers = calmWith("trauma", "yes", "feeling-stuck", "yes", "insurance", "yes");

			assertThat(codes(edited.evaluate(answers))).containsExactly("coaching.stuck", "therapy.insurance",
					"therapy.trauma");
		}

		@Test
		void carriesTheMetCriteriaThemselvesWithTitleAndReason() {
			Evaluation result = evaluate(calmWith("trauma", "yes"));

			assertThat(result.metCriteria()).containsExactly(SEED.criterion("therapy.trauma").orElseThrow());
			assertThat(result.metCriteria().get(0).reason()).contains("unresolved trauma");
		}

		@Test
		void doesNotDependOnTheOrderOfTheAnswers() {
			Map<String, String> answers = calmWith("trauma", "yes", "accountability", "yes");
			List<String> keys = new ArrayList<>(answers.keySet());
			Collections.reverse(keys);
			Map<String, String> reversed = new LinkedHashMap<>();
			keys.forEach(k -> reversed.put(k, answers.get(k)));

			assertThat(evaluate(reversed)).isEqualTo(evaluate(answers));
		}

		@Test
		void engineAndRuleSetGiveTheSameResult() {
			Map<String, String> answers = calmWith("trauma", "yes", "feeling-stuck", "yes");

			assertThat(RulesEngine.evaluate(SEED, SEED.read(answers))).isEqualTo(SEED.evaluate(answers));
		}

		@Test
		void answerSheetKeepsOnlyTheCheckedAnswers() {
			AnswerSheet sheet = SEED.read(without(calm(), "format"));

			assertThat(sheet.answers()).hasSize(17).doesNotContainKey("format");
			assertThat(sheet.optionFor("trauma")).contains("no");
		}
	}

	@Nested
	@DisplayName("records")
	class Records {

		@Test
		void answerConditionNeedsAtLeastOneOption() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Condition.AnswerIn("trauma", Set.of()))
					.withMessageContaining("at least one option");
		}

		@Test
		void answerConditionCopiesItsOptions() {
			Set<String> options = new HashSet<>(Set.of("yes"));
			Condition.AnswerIn condition = new Condition.AnswerIn("trauma", options);
			options.add("no");

			assertThat(condition.optionKeys()).containsExactly("yes");
			assertThat(condition.holds(SEED.read(calmWith("trauma", "no")))).isFalse();
		}

		@Test
		void scoreConditionHoldsAtTheMinimumAndAbove() {
			Condition atLeast3 = new Condition.ScoreAtLeast("phq2", 3);

			assertThat(atLeast3.holds(SEED.read(calmWith("phq2-mood", "more-than-half")))).isFalse();
			assertThat(atLeast3.holds(SEED.read(calmWith("phq2-mood", "nearly-every-day")))).isTrue();
			assertThat(atLeast3.holds(SEED.read(calmWith("phq2-mood", "nearly-every-day", "phq2-interest", "several-days"))))
					.isTrue();
		}

		@Test
		void criterionCopiesItsConditions() {
			List<Condition> conditions = new ArrayList<>(List.of(SeedRules.answerIn("trauma", "yes")));
			Criterion c = new Criterion("x", Pathway.THERAPY, "t", "r", 1, false, false, true, MatchMode.ANY, conditions);
			conditions.clear();

			assertThat(c.conditions()).hasSize(1);
		}

		@ParameterizedTest(name = "clinical={0}, exclusive={1} -> {2}")
		@CsvSource({ "false, false, false", "true, false, true", "false, true, true", "true, true, true" })
		void needsTherapyWhenClinicalOrExclusive(boolean clinical, boolean exclusive, boolean needsTherapy) {
			Criterion c = SeedRules.flags(SEED.criterion("coaching.stuck").orElseThrow(), clinical, exclusive);

			assertThat(c.needsTherapy()).isEqualTo(needsTherapy);
		}

		@Test
		void ruleSetLooksUpByKey() {
			assertThat(SEED.question("focus")).map(Question::required).contains(true);
			assertThat(SEED.question("nope")).isEmpty();
			assertThat(SEED.section(SeedRules.GOALS)).map(s -> s.questions().size()).contains(6);
			assertThat(SEED.criterion("coaching.performance")).map(Criterion::match).contains(MatchMode.ALL);
			assertThat(SEED.criterion("nope")).isEmpty();
		}
	}

	@Nested
	@DisplayName("step-level checks with readPartial(answers) and Section.unanswered(sheet)")
	class StepProblems {

		private Section step(String sectionKey) {
			return SEED.section(sectionKey).orElseThrow();
		}

		private List<AnswerProblem> unanswered(Map<String, String> answers, String sectionKey) {
			PartialAnswers read = SEED.readPartial(answers);
			assertThat(read.rejected()).isEmpty();
			return step(sectionKey).unanswered(read.sheet());
		}

		@Test
		void completeStepHasNoProblems() {
			Map<String, String> goalsOnly = new LinkedHashMap<>(calm());
			goalsOnly.keySet().retainAll(step(SeedRules.GOALS).questions().stream().map(Question::key).toList());

			assertThat(unanswered(goalsOnly, SeedRules.GOALS)).isEmpty();
		}

		@Test
		void answersOutsideTheStepAreIgnoredByTheStepCheck() {
			// later steps are not answered yet; unknown keys and options are the reading's job
			PartialAnswers read = SEED.readPartial(Map.of("documentation", "no", "mood", "low", "trauma", "maybe"));

			assertThat(step(SeedRules.PRACTICAL).unanswered(read.sheet())).isEmpty();
			assertThat(read.sheet().answers()).containsExactly(Map.entry("documentation", "no"));
			assertThat(read.rejected()).containsExactly(new AnswerProblem("mood", Kind.UNKNOWN_QUESTION),
					new AnswerProblem("trauma", Kind.UNKNOWN_OPTION));
		}

		@Test
		void missingRequiredAnswersOfTheStepAreNamedInStepOrder() {
			Map<String, String> answers = Map.of("phq2-mood", "several-days", "trauma", "no");

			assertThat(unanswered(answers, SeedRules.WELLBEING)).containsExactly(
					new AnswerProblem("daily-functioning", Kind.MISSING_REQUIRED),
					new AnswerProblem("phq2-interest", Kind.MISSING_REQUIRED),
					new AnswerProblem("gad2-nervous", Kind.MISSING_REQUIRED),
					new AnswerProblem("gad2-worry", Kind.MISSING_REQUIRED),
					new AnswerProblem("self-harm", Kind.MISSING_REQUIRED),
					new AnswerProblem("diagnosed-condition", Kind.MISSING_REQUIRED),
					new AnswerProblem("grief-addiction", Kind.MISSING_REQUIRED));
		}

		@Test
		void optionalQuestionsOfTheStepMayBeLeftOut() {
			assertThat(unanswered(Map.of("documentation", "yes"), SeedRules.PRACTICAL)).isEmpty();
			assertThat(unanswered(Map.of(), SeedRules.PRACTICAL))
					.containsExactly(new AnswerProblem("documentation", Kind.MISSING_REQUIRED));
		}

		@Test
		void unknownOptionIsRejectedEvenForOptionalQuestionsAndNotKept() {
			PartialAnswers read = SEED.readPartial(Map.of("documentation", "perhaps", "format", "online"));

			assertThat(read.rejected()).containsExactly(
					new AnswerProblem("documentation", Kind.UNKNOWN_OPTION),
					new AnswerProblem("format", Kind.UNKNOWN_OPTION));
			assertThat(read.sheet().isEmpty()).isTrue();
		}

		@Test
		void readingNothingGivesAnEmptySheetAndNoProblems() {
			PartialAnswers read = SEED.readPartial(Map.of());

			assertThat(read.rejected()).isEmpty();
			assertThat(read.sheet().answers()).isEmpty();
			assertThat(read.sheet().scaleScore("phq2")).isZero();
		}

		@Test
		void aPartialReadingNeverNamesMissingAnswers() {
			assertThatThrownBy(() -> new PartialAnswers(SEED.readPartial(Map.of()).sheet(),
					List.of(new AnswerProblem("trauma", Kind.MISSING_REQUIRED))))
				.isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void wholeSetCheckAddsUnknownQuestionsToTheStepChecks() {
			Map<String, String> answers = without(calmWith("mood", "low"), "documentation");

			assertThat(SEED.problems(answers)).containsExactly(
					new AnswerProblem("mood", Kind.UNKNOWN_QUESTION),
					new AnswerProblem("documentation", Kind.MISSING_REQUIRED));
		}
	}
}
