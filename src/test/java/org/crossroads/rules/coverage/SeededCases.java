package org.crossroads.rules.coverage;

import java.util.List;
import java.util.Map;

import static org.crossroads.SeedAnswers.with;

/** Test fixture: the test cases seeded for version 1 in V20, as answer sets. */
final class SeededCases {

	private SeededCases() {
	}

	/** Every V20 case starts from these answers. */
	static Map<String, String> calm() {
		return with(org.crossroads.SeedAnswers.calm(), "focus", "both");
	}

	static List<Coverage.TestCase> v20() {
		return List.of(
				new Coverage.TestCase("Thoughts of self-harm while working on a career goal",
						with(calm(), "self-harm", "several-days", "growth-goal", "yes", "focus", "build-future")),
				new Coverage.TestCase("Grief that disrupts daily life",
						with(calm(), "grief-addiction", "yes", "daily-functioning", "quite-a-bit")),
				new Coverage.TestCase("Ongoing anxiety",
						with(calm(), "gad2-nervous", "more-than-half", "gad2-worry", "several-days", "diagnosed-condition",
								"not-sure")),
				new Coverage.TestCase("Documentation for academic accommodations", with(calm(), "documentation", "yes")),
				new Coverage.TestCase("Feeling stuck and in need of clarity about next steps",
						with(calm(), "feeling-stuck", "yes")),
				new Coverage.TestCase("Functioning well and wanting to reach a higher level of performance",
						with(calm(), "performance", "yes", "accountability", "yes", "format", "group-or-workshop")),
				new Coverage.TestCase("Processing trauma while building toward a goal",
						with(calm(), "trauma", "yes", "growth-goal", "yes", "focus", "build-future")),
				new Coverage.TestCase("Curious, with no clear need yet",
						with(calm(), "understand-why", "somewhat", "feeling-stuck", "somewhat", "accountability", "somewhat",
								"insurance", "not-sure")));
	}
}
