package org.crossroads.admin.testcases;

import java.util.List;
import java.util.Optional;

import org.crossroads.rules.RuleSet;
import org.crossroads.rules.coverage.Coverage;
import org.crossroads.rules.coverage.Gap;
import org.crossroads.rules.coverage.GapFiller;

/** The coverage of a version by its stored test cases, and answer sets that would fill its gaps. */
public final class TestCaseCoverage {

	private TestCaseCoverage() {
	}

	public static Coverage.Report report(RuleSet rules, List<TestCaseEntity> cases) {
		return Coverage.of(rules, cases(cases));
	}

	/** The gap named {@code gapId}, if it is one of the version's gaps now. */
	public static Optional<Gap> gap(RuleSet rules, List<TestCaseEntity> cases, String gapId) {
		return report(rules, cases).gap(gapId);
	}

	/** An answer set that fills the gap, unless none is found within the filler's bound. */
	public static Optional<GapFiller.Fill> fill(RuleSet rules, List<TestCaseEntity> cases, Gap gap) {
		return GapFiller.fill(rules, cases(cases), gap);
	}

	private static List<Coverage.TestCase> cases(List<TestCaseEntity> cases) {
		return cases.stream().map(t -> new Coverage.TestCase(t.getName(), t.getAnswers())).toList();
	}
}
