package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.crossroads.rules.Criterion;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.SeedRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random drafts (the seed with random weights and thresholds) and random cases: the items
 * split into covered, gaps and unreachable; a covered item is filled by some case as the engine
 * decides it; and every answer set the filler finds fills its gap by the engine's own evaluation.
 */
class CoveragePropertiesTest {

	static LongStream seeds() {
		return LongStream.range(1, 7);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void itemsSplitAndEveryFoundAnswerSetFillsItsGap(long seed) {
		Random random = new Random(seed);
		RuleSet rules = SeedRules.ruleSet();
		for (Criterion c : rules.criteria()) {
			if (random.nextInt(3) == 0) {
				rules = SeedRules.withCriterion(rules, c.code(), x -> SeedRules.weight(x, 1 + random.nextInt(4)));
			}
		}
		rules = SeedRules.withThresholds(rules, 1 + random.nextInt(8), 1 + random.nextInt(8));
		List<Coverage.TestCase> cases = new ArrayList<>();
		for (int i = random.nextInt(6); i > 0; i--) {
			cases.add(new Coverage.TestCase("case " + i, randomAnswers(rules, random)));
		}

		Coverage.Report report = Coverage.of(rules, cases);
		assertThat(report.covered().size() + report.gaps().size() + report.unreachable().size())
			.isEqualTo(Coverage.items(rules).size());
		assertThat(report.total()).isEqualTo(report.coveredCount() + report.gaps().size());
		for (Gap covered : report.covered()) {
			RuleSet r = rules;
			assertThat(cases).as(covered.id())
				.anySatisfy(c -> assertThat(covered.filledBy(c.answers(), r.evaluate(c.answers()))).isTrue());
		}
		for (Gap unreachable : report.unreachable()) {
			assertThat(unreachable).isNotInstanceOf(Gap.OptionUnused.class);
		}
		for (Gap gap : report.gaps().subList(0, Math.min(4, report.gaps().size()))) {
			RuleSet r = rules;
			GapFiller.fill(rules, cases, gap).ifPresent(fill -> {
				assertThat(gap.filledBy(fill.answers(), r.evaluate(fill.answers()))).as(gap.id()).isTrue();
				assertThat(r.problems(fill.answers())).isEmpty();
			});
		}
	}

	private static Map<String, String> randomAnswers(RuleSet rules, Random random) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : rules.questions()) {
			int pick = random.nextInt(q.options().size() + (q.required() ? 0 : 1));
			if (pick < q.options().size()) {
				answers.put(q.key(), q.options().get(pick).key());
			}
		}
		return answers;
	}
}
