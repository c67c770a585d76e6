package org.crossroads.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.crossroads.SeedAnswers;
import org.crossroads.rules.Stability.Change;
import org.crossroads.rules.Stability.PathScore;
import org.crossroads.rules.Stability.Tipping;
import org.crossroads.rules.Stability.Verdict;

/** How settled the seeded rules find the named answer sets. */
class StabilityTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	private static Stability of(Map<String, String> answers) {
		return Stability.of(SEED, SEED.read(answers)).orElseThrow();
	}

	@Test
	void coachingExactlyAtItsThresholdIsACloseCall() {
		Stability stability = of(SeedAnswers.stuck());

		assertThat(stability.verdict()).isEqualTo(Verdict.CLOSE);
		assertThat(stability.outcome()).isEqualTo(Outcome.COACHING);
		assertThat(stability.coaching()).isEqualTo(new PathScore(3, 3));
		assertThat(stability.therapy()).isEqualTo(new PathScore(0, 3));
		assertThat(stability.tipping())
			.contains(new Tipping(List.of(new Change("feeling-stuck", "yes", "somewhat")), Outcome.EXPLORE),
					new Tipping(List.of(new Change("feeling-stuck", "yes", "no")), Outcome.EXPLORE),
					new Tipping(List.of(new Change("daily-functioning", "not-at-all", "severely")), Outcome.BOTH),
					new Tipping(List.of(new Change("documentation", "no", "yes")), Outcome.BOTH))
			// another coaching reason only adds points: the outcome stays
			.noneMatch(t -> t.changes().get(0).questionKey().equals("growth-goal"));
		// unanswered optional questions may be answered: a group format adds a point, not enough to change anything
		assertThat(stability.tipping()).noneMatch(t -> t.changes().get(0).questionKey().equals("format"));
		assertThat(stability.tippingPairs()).isEmpty();
		// listed in questionnaire order
		assertThat(stability.tipping().get(0).changes().get(0).questionKey()).isEqualTo("daily-functioning");
	}

	@Test
	void twoTherapyAndTwoCoachingReasonsMakeAClearResultWithTheClosestPairs() {
		Stability stability = of(SeedAnswers.calmWith("grief-addiction", "yes", "trauma", "yes", "feeling-stuck", "yes",
				"growth-goal", "yes"));

		assertThat(stability.outcome()).isEqualTo(Outcome.BOTH);
		assertThat(stability.verdict()).isEqualTo(Verdict.CLEAR);
		assertThat(stability.tipping()).isEmpty();
		assertThat(stability.tippingPairs()).containsExactly(
				new Tipping(List.of(new Change("grief-addiction", "yes", "no"), new Change("trauma", "yes", "not-sure")),
						Outcome.COACHING),
				new Tipping(List.of(new Change("feeling-stuck", "yes", "somewhat"), new Change("growth-goal", "yes", "no")),
						Outcome.THERAPY));
	}

	@Test
	void anOptionalAnswerMayTipByBeingLeftOut() {
		// insurance is the one point that lifts therapy to its threshold
		RuleSet rules = SeedRules.ruleSet();
		Map<String, String> answers = SeedAnswers.calmWith("insurance", "yes");
		RuleSet light = new RuleSet(rules.version(), rules.sections(), rules.criteria(), new Thresholds(1, 3));
		Stability stability = Stability.of(light, light.read(answers)).orElseThrow();

		assertThat(stability.outcome()).isEqualTo(Outcome.THERAPY);
		assertThat(stability.tipping()).contains(
				new Tipping(List.of(new Change("insurance", "yes", "no")), Outcome.EXPLORE),
				new Tipping(List.of(new Change("insurance", "yes", null)), Outcome.EXPLORE));
	}

	@Test
	void theSelfHarmAnswerIsNeverProposedAndUrgentSupportHasNoAnalysis() {
		assertThat(Stability.of(SEED, SEED.read(SeedAnswers.urgent()))).isEmpty();
		// from "not at all", any other answer would give URGENT_SUPPORT: none of it is offered
		assertThat(of(SeedAnswers.quiet()).tipping()).isNotEmpty()
			.noneMatch(t -> t.changes().get(0).questionKey().equals("self-harm"));
		assertThat(Stability.safetyQuestions(SEED)).containsExactly("self-harm");
	}
}
