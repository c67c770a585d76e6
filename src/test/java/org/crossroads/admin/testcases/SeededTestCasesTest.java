package org.crossroads.admin.testcases;

import org.crossroads.admin.AdminTestSupport;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded test cases (V20) cover every outcome and give their expected outcome under version 1. */
class SeededTestCasesTest extends AdminTestSupport {

	@Test
	void everySeededCasePassesUnderVersionOneAndEveryOutcomeHasOne() {
		ContentSnapshot one = published.version(1).orElseThrow();
		List<TestCaseEntity> cases = testCases.findByRuleSetOrderByPositionAscIdAsc(ruleSets.findByNumber(1).orElseThrow());
		assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
		EnumSet<Outcome> covered = EnumSet.noneOf(Outcome.class);
		for (TestCaseEntity c : cases) {
			// complete answer sets: every required question answered with one of its options
			assertThat(one.rules().problems(c.getAnswers())).as(c.getName()).isEmpty();
			assertThat(one.rules().evaluate(c.getAnswers()).outcome()).as(c.getName()).isEqualTo(c.getExpectedOutcome());
			covered.add(c.getExpectedOutcome());
		}
		assertThat(covered).containsExactlyInAnyOrder(Outcome.values());
	}

	@Test
	void theLatestVersionKeepsTheSeededCases() {
		// After other tests published and restored, the latest version still carries the same cases.
		var latest = drafts.latestPublished();
		assertThat(testCases.findByRuleSetOrderByPositionAscIdAsc(latest)).extracting(TestCaseEntity::getName)
			.containsExactlyElementsOf(testCases.findByRuleSetOrderByPositionAscIdAsc(ruleSets.findByNumber(1).orElseThrow())
				.stream().map(TestCaseEntity::getName).toList());
	}
}
