package org.crossroads;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named answer sets of the seeded questionnaire (design/questionnaire.md) that every test
 * shares. Each call returns a fresh, modifiable map in questionnaire order. The outcomes named
 * here hold under the seeded rules (version 1).
 */
public final class SeedAnswers {

	private SeedAnswers() {
	}

	// ---------------------------------------------------------------- baselines

	/**
	 * Every question answered, the optional ones included, with its "nothing to see here" option:
	 * meets no criterion at all (EXPLORE, both scores 0).
	 */
	public static Map<String, String> calm() {
		return with(calmRequired(), "insurance", "no", "format", "no-preference");
	}

	/** {@link #calm()} with the optional questions left unanswered: the 16 required answers only. */
	public static Map<String, String> calmRequired() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("daily-functioning", "not-at-all");
		answers.put("phq2-interest", "not-at-all");
		answers.put("phq2-mood", "not-at-all");
		answers.put("gad2-nervous", "not-at-all");
		answers.put("gad2-worry", "not-at-all");
		answers.put("self-harm", "not-at-all");
		answers.put("diagnosed-condition", "no");
		answers.put("grief-addiction", "no");
		answers.put("trauma", "no");
		answers.put("understand-why", "no");
		answers.put("focus", "both");
		answers.put("feeling-stuck", "no");
		answers.put("growth-goal", "no");
		answers.put("performance", "no");
		answers.put("accountability", "no");
		answers.put("documentation", "no");
		return answers;
	}

	/**
	 * Required answers only, milder than calm but still pointing nowhere (EXPLORE): "a little",
	 * phq2 and gad2 at 1 each, "not sure" and "somewhat" where the question allows them.
	 */
	public static Map<String, String> quiet() {
		return with(calmRequired(), "daily-functioning", "a-little", "phq2-interest", "several-days", "gad2-nervous",
				"several-days", "diagnosed-condition", "not-sure", "trauma", "not-sure", "understand-why", "somewhat",
				"feeling-stuck", "somewhat", "accountability", "somewhat");
	}

	// ---------------------------------------------------------------- one per outcome

	/** {@link #quiet()} with daily life severely affected: THERAPY by therapy.daily-life alone (3, 0). */
	public static Map<String, String> therapy() {
		return with(quiet(), "daily-functioning", "severely");
	}

	/** {@link #quiet()} with feeling stuck and a growth goal: COACHING by coaching.stuck and .growth-plan (0, 6). */
	public static Map<String, String> coaching() {
		return with(quiet(), "feeling-stuck", "yes", "growth-goal", "yes");
	}

	/** {@link #quiet()} with trauma and feeling stuck: BOTH by therapy.trauma and coaching.stuck (3, 3). */
	public static Map<String, String> both() {
		return with(quiet(), "trauma", "yes", "feeling-stuck", "yes");
	}

	/** {@link #quiet()} with a self-harm answer above "not at all": URGENT_SUPPORT by safety.self-harm (0, 0). */
	public static Map<String, String> urgent() {
		return with(quiet(), "self-harm", "several-days");
	}

	/** Calm (required only) but feeling stuck: coaching 3, exactly the seeded coaching threshold (COACHING). */
	public static Map<String, String> stuck() {
		return with(calmRequired(), "feeling-stuck", "yes");
	}

	/**
	 * Calm (required only) and looking forward: stuck, a growth goal, performance, accountability and
	 * forward focus; COACHING with coaching 14, therapy 0.
	 */
	public static Map<String, String> driven() {
		return with(calmRequired(), "focus", "build-future", "feeling-stuck", "yes", "growth-goal", "yes",
				"performance", "yes", "accountability", "yes");
	}

	// ---------------------------------------------------------------- edits

	/** The calm baseline with some answers overridden: {@code calmWith("trauma", "yes", "focus", "heal-past")}. */
	public static Map<String, String> calmWith(String... keyThenOption) {
		return with(calm(), keyThenOption);
	}

	/** A copy of {@code answers} with some answers overridden or added. */
	public static Map<String, String> with(Map<String, String> answers, String... keyThenOption) {
		if (keyThenOption.length % 2 != 0) {
			throw new IllegalArgumentException("expected key/option pairs: " + Arrays.toString(keyThenOption));
		}
		Map<String, String> copy = new LinkedHashMap<>(answers);
		for (int i = 0; i < keyThenOption.length; i += 2) {
			copy.put(keyThenOption[i], keyThenOption[i + 1]);
		}
		return copy;
	}

	/** A copy of {@code answers} with some questions left unanswered. */
	public static Map<String, String> without(Map<String, String> answers, String... keys) {
		Map<String, String> copy = new LinkedHashMap<>(answers);
		for (String key : keys) {
			copy.remove(key);
		}
		return copy;
	}
}
