package org.crossroads.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossroads.SeedAnswers;

/**
 * A visitor's answers that lead to each outcome under the seeded rules (questionnaire.md), as changes
 * to {@link SeedAnswers#quiet()}, with the titles of the criteria the result page must give as reasons,
 * its headline, and the two scores (sums of the weights of the met THERAPY and COACHING criteria).
 */
final class AnswerSets {

	/** One visitor's way through the questionnaire. */
	record Visitor(String name, String outcome, Map<String, String> answers, List<String> reasons, String headline,
			int therapy, int coaching) {

		@Override
		public String toString() {
			return outcome;
		}
	}

	static final Visitor EXPLORE = visitor("EXPLORE", Map.of("documentation", "no"), List.of(),
			"Your answers do not point clearly to therapy or to coaching yet", 0, 0);

	static final Visitor URGENT_SUPPORT = visitor("URGENT_SUPPORT",
			Map.of("self-harm", "several-days", "documentation", "no"),
			List.of("Thoughts of being better off dead or of hurting yourself"), "Please reach out for support now", 0, 0);

	static final Visitor THERAPY = visitor("THERAPY",
			Map.of("daily-functioning", "quite-a-bit", "trauma", "yes", "understand-why", "no", "focus", "heal-past",
					"feeling-stuck", "no", "accountability", "no", "documentation", "no", "format", "one-to-one"),
			List.of("Your feelings are getting in the way of daily life", "A painful experience you want to work through",
					"You want to understand where your feelings come from"),
			"Your answers suggest that therapy with a licensed expert fits what you need now.", 9, 0);

	static final Visitor COACHING = visitor("COACHING",
			Map.of("daily-functioning", "a-little", "understand-why", "no", "focus", "build-future", "feeling-stuck",
					"yes", "growth-goal", "yes", "performance", "yes", "accountability", "yes", "documentation", "no",
					"insurance", "no", "format", "group-or-workshop"),
			List.of("You feel stuck and want a clear next step",
					"You have a goal and want a plan to reach it",
					"Life is going well and you want to do even better",
					"Building toward the future matters most to you",
					"Someone to keep you on track would help", "Group programs or workshops appeal to you"),
			"Your answers suggest that coaching fits what you are looking for right now.", 0, 15);

	static final Visitor BOTH = visitor("BOTH",
			Map.of("diagnosed-condition", "yes", "feeling-stuck", "yes", "growth-goal", "yes", "documentation", "yes",
					"insurance", "yes", "format", "no-preference"),
			List.of("Signs of low mood, anxiety or a mental health condition",
					"You need a letter or report from an expert", "You want to use health insurance",
					"You feel stuck and want a clear next step",
					"You have a goal and want a plan to reach it"),
			"Your answers suggest that therapy with a licensed expert and coaching could work well together", 7, 6);

	static final List<Visitor> ALL = List.of(URGENT_SUPPORT, THERAPY, COACHING, BOTH, EXPLORE);

	private AnswerSets() {
	}

	private static Visitor visitor(String outcome, Map<String, String> changes, List<String> reasons, String headline,
			int therapy, int coaching) {
		Map<String, String> answers = new LinkedHashMap<>(SeedAnswers.quiet());
		answers.putAll(changes);
		return new Visitor(outcome.toLowerCase().replace('_', '-'), outcome, Map.copyOf(answers), reasons, headline,
				therapy, coaching);
	}
}
