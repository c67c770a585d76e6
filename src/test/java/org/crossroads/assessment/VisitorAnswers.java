package org.crossroads.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answer sets of the seeded questionnaire that lead to each outcome, starting from a quiet baseline. */
final class VisitorAnswers {

	private VisitorAnswers() {
	}

	/** Nothing points anywhere: the EXPLORE baseline. */
	static Map<String, String> quiet() {
		Map<String, String> a = new LinkedHashMap<>();
		a.put("daily-functioning", "a-little");
		a.put("phq2-interest", "several-days");
		a.put("phq2-mood", "not-at-all");
		a.put("gad2-nervous", "several-days");
		a.put("gad2-worry", "not-at-all");
		a.put("self-harm", "not-at-all");
		a.put("diagnosed-condition", "not-sure");
		a.put("grief-addiction", "no");
		a.put("trauma", "not-sure");
		a.put("understand-why", "somewhat");
		a.put("focus", "both");
		a.put("feeling-stuck", "somewhat");
		a.put("growth-goal", "no");
		a.put("performance", "no");
		a.put("accountability", "somewhat");
		a.put("documentation", "no");
		return a;
	}

	static Map<String, String> with(Map<String, String> base, String... pairs) {
		Map<String, String> a = new LinkedHashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			a.put(pairs[i], pairs[i + 1]);
		}
		return a;
	}

	static Map<String, String> therapy() {
		return with(quiet(), "daily-functioning", "severely");
	}

	static Map<String, String> coaching() {
		return with(quiet(), "feeling-stuck", "yes", "growth-goal", "yes");
	}

	static Map<String, String> both() {
		return with(quiet(), "trauma", "yes", "feeling-stuck", "yes");
	}

	static Map<String, String> urgent() {
		return with(quiet(), "self-harm", "several-days");
	}
}
