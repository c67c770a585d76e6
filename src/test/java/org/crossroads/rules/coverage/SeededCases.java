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

	/** The cases V57 adds for version 1, so that its coverage is full. */
	static List<Coverage.TestCase> v57() {
		return List.of(
				new Coverage.TestCase("Wanting to understand the roots of a pattern, paid by insurance",
						with(calm(), "understand-why", "yes", "focus", "heal-past", "insurance", "yes", "format", "one-to-one")),
				new Coverage.TestCase("Low mood most days with a diagnosed condition",
						with(calm(), "phq2-interest", "more-than-half", "phq2-mood", "several-days", "gad2-nervous", "several-days",
								"daily-functioning", "a-little", "diagnosed-condition", "yes", "trauma", "not-sure")),
				new Coverage.TestCase("Struggling to get through the day with thoughts of self-harm nearly every day",
						with(calm(), "daily-functioning", "severely", "phq2-interest", "nearly-every-day", "phq2-mood",
								"nearly-every-day", "gad2-nervous", "nearly-every-day", "gad2-worry", "nearly-every-day", "self-harm",
								"nearly-every-day")),
				new Coverage.TestCase("Thoughts of self-harm on more than half the days",
						with(calm(), "self-harm", "more-than-half", "phq2-interest", "several-days", "phq2-mood", "more-than-half",
								"gad2-worry", "more-than-half")),
				new Coverage.TestCase("Only wanting someone to keep them on track", with(calm(), "accountability", "yes")));
	}

	static List<Coverage.TestCase> all() {
		return java.util.stream.Stream.concat(v20().stream(), v57().stream()).toList();
	}
}
