package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;
import org.crossroads.rules.SeedRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossroads.SeedAnswers.with;

class CoverageTest {

	private static final RuleSet SEED = SeedRules.ruleSet();

	@Test
	void theSeededCasesOfVersionOneCoverEveryReachableItemAndATherapyScoreOfTwoCannotBeReached() {
		Coverage.Report before = Coverage.of(SEED, SeededCases.v20());
		Coverage.Report after = Coverage.of(SEED, SeededCases.all());
		System.out.printf("Version 1 coverage with the V20 cases only: %d/%d (%d %%); with the V57 cases: %d/%d (%d %%)%n",
				before.coveredCount(), before.total(), before.percent(), after.coveredCount(), after.total(), after.percent());

		Gap therapyBelow = new Gap.ThresholdEdgeMissing(Pathway.THERAPY, false, 2);
		assertThat(before.unreachable()).containsExactly(therapyBelow);
		assertThat(before.gaps()).contains(new Gap.CriterionNeverMet("therapy.deeper-why"),
				new Gap.ThresholdEdgeMissing(Pathway.COACHING, false, 2), new Gap.OptionUnused("focus", "heal-past"));
		assertThat(before.full()).isFalse();
		assertThat(before.total()).isEqualTo(Coverage.items(SEED).size() - 1);

		assertThat(after.gaps()).isEmpty();
		assertThat(after.unreachable()).containsExactly(therapyBelow);
		assertThat(after.coveredCount()).isEqualTo(after.total()).isEqualTo(92);
		assertThat(after.percent()).isEqualTo(100);
		assertThat(after.duplicates()).isEmpty();
	}

	@Test
	void eachGapIsFilledByAnAnswerSetTheEngineAgreesFillsIt() {
		List<Coverage.TestCase> cases = SeededCases.v20();
		Coverage.Report report = Coverage.of(SEED, cases);
		assertThat(report.gaps()).isNotEmpty();
		for (Gap gap : report.gaps()) {
			GapFiller.Fill fill = GapFiller.fill(SEED, cases, gap).orElseThrow();
			Evaluation evaluation = SEED.evaluate(fill.answers());
			assertThat(gap.filledBy(fill.answers(), evaluation)).as(gap.id()).isTrue();
			assertThat(fill.outcome()).isEqualTo(evaluation.outcome());
			// every seeded gap is one answer away from some case
			assertThat(fill.changes()).as(gap.id()).isEqualTo(1);
			assertThat(cases.stream().map(Coverage.TestCase::name)).contains(fill.fromCase());
		}
	}

	@Test
	void aNewOptionIsAGapUntilACaseChoosesIt() {
		RuleSet draft = withOption(SEED, "format", new AnswerOption("online", "Online sessions", 0));
		Coverage.Report report = Coverage.of(draft, SeededCases.all());
		Gap unused = new Gap.OptionUnused("format", "online");
		assertThat(report.gaps()).containsExactly(unused);
		assertThat(report.percent()).isEqualTo(98);

		GapFiller.Fill fill = GapFiller.fill(draft, SeededCases.all(), unused).orElseThrow();
		assertThat(fill.answers()).containsEntry("format", "online");
		assertThat(fill.changes()).isEqualTo(1);
		List<Coverage.TestCase> more = new ArrayList<>(SeededCases.all());
		more.add(new Coverage.TestCase("Online", fill.answers()));
		assertThat(Coverage.of(draft, more).full()).isTrue();
	}

	@Test
	void criteriaAndEdgesNoAnswersCanGiveAreSetApartAsUnreachable() {
		Criterion impossible = new Criterion("coaching.impossible", Pathway.COACHING, "Impossible", "Never.", 1, false, false,
				true, MatchMode.ALL, List.of(new Condition.AnswerIn("focus", Set.of("heal-past")),
						new Condition.AnswerIn("focus", Set.of("build-future"))));
		Criterion always = new Criterion("coaching.always", Pathway.COACHING, "Always", "Always.", 0, false, false, true,
				MatchMode.ANY, List.of(new Condition.ScoreAtLeast("phq2", 0)));
		List<Criterion> criteria = new ArrayList<>(SEED.criteria());
		criteria.add(impossible);
		criteria.add(always);
		RuleSet rules = SeedRules.withCriteria(SEED, criteria);

		Coverage.Report report = Coverage.of(rules, SeededCases.all());
		assertThat(report.unreachable()).contains(new Gap.CriterionNeverMet("coaching.impossible"),
				new Gap.CriterionNeverUnmet("coaching.always"));
		assertThat(report.gaps()).doesNotContain(new Gap.CriterionNeverMet("coaching.impossible"));
		assertThat(report.covered()).contains(new Gap.CriterionNeverUnmet("coaching.impossible"),
				new Gap.CriterionNeverMet("coaching.always"));
		assertThat(report.full()).isTrue();
	}

	@Test
	void anEdgeNoSumOfWeightsMakesIsUnreachableButTheOtherIsAGap() {
		// therapy weights 3 and 1, threshold 5: 5 cannot be scored, 4 (3 + 1) can
		RuleSet rules = SeedRules.withThresholds(SEED, 5, 3);
		Coverage.Report report = Coverage.of(rules, SeededCases.v20());
		assertThat(report.unreachable()).contains(new Gap.ThresholdEdgeMissing(Pathway.THERAPY, true, 5));
		assertThat(report.gaps()).contains(new Gap.ThresholdEdgeMissing(Pathway.THERAPY, false, 4));
		Gap below = new Gap.ThresholdEdgeMissing(Pathway.THERAPY, false, 4);
		GapFiller.Fill fill = GapFiller.fill(rules, SeededCases.v20(), below).orElseThrow();
		assertThat(rules.evaluate(fill.answers()).scores().therapy()).isEqualTo(4);
	}

	@Test
	void casesWithTheSameAnswersAreListedAsDuplicatesNotGaps() {
		List<Coverage.TestCase> cases = new ArrayList<>(SeededCases.all());
		cases.add(new Coverage.TestCase("Stuck again", SeededCases.v20().get(4).answers()));
		Coverage.Report report = Coverage.of(SEED, cases);
		assertThat(report.duplicates()).containsExactly(new Coverage.Duplicate(
				List.of("Feeling stuck and in need of clarity about next steps", "Stuck again")));
		assertThat(report.full()).isTrue();
	}

	@Test
	void theFillerSaysSoWhenItsBoundIsReached() {
		Gap outcome = new Gap.OutcomeUnreached(Outcome.BOTH);
		List<Coverage.TestCase> calm = List.of(new Coverage.TestCase("Calm", SeededCases.calm()));
		assertThat(GapFiller.fill(SEED, calm, outcome, 3)).isEmpty();
		GapFiller.Fill both = GapFiller.fill(SEED, calm, outcome).orElseThrow();
		assertThat(SEED.evaluate(both.answers()).outcome()).isEqualTo(Outcome.BOTH);
		assertThat(both.changes()).isEqualTo(2);
	}

	@Test
	void aCaseWhoseAnswersDoNotFitExercisesNothing() {
		Map<String, String> unknown = with(SeededCases.calm(), "format", "carrier-pigeon");
		Coverage.Report report = Coverage.of(SEED, List.of(new Coverage.TestCase("Odd", unknown)));
		assertThat(report.coveredCount()).isZero();
	}

	static RuleSet withOption(RuleSet rules, String questionKey, AnswerOption option) {
		List<Section> sections = rules.sections().stream().map(s -> new Section(s.key(), s.title(), s.questions().stream()
			.map(q -> {
				if (!q.key().equals(questionKey)) {
					return q;
				}
				List<AnswerOption> options = new ArrayList<>(q.options());
				options.add(option);
				return new Question(q.key(), q.prompt(), q.shortLabel(), q.help(), q.required(), q.scaleKey(), options);
			})
			.toList())).toList();
		return new RuleSet(rules.version(), sections, rules.criteria(), rules.thresholds());
	}
}
