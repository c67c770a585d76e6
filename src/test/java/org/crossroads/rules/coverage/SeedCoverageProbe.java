package org.crossroads.rules.coverage;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.crossroads.rules.RuleSet;
import org.crossroads.rules.SeedRules;

class SeedCoverageProbe {
	@Test
	void probe() {
		RuleSet rules = SeedRules.ruleSet();
		long t = System.nanoTime();
		Coverage.Report r = Coverage.of(rules, SeededCases.v20());
		System.out.println("ms " + (System.nanoTime() - t) / 1_000_000);
		System.out.println(r.coveredCount() + "/" + r.total() + " " + r.percent() + " unreachable " + r.unreachable());
		r.gaps().forEach(System.out::println);
		List<Coverage.TestCase> cases = new ArrayList<>(SeededCases.v20());
		while (!r.gaps().isEmpty()) {
			Gap g = r.gaps().get(0);
			var f = GapFiller.fill(rules, cases, g).orElseThrow();
			System.out.println("FILL " + g.id() + " from " + f.fromCase() + " " + f.changes() + " " + f.outcome() + " " + f.answers());
			cases.add(new Coverage.TestCase(g.id(), f.answers()));
			r = Coverage.of(rules, cases);
		}
		System.out.println(r.coveredCount() + "/" + r.total());
	}
}
