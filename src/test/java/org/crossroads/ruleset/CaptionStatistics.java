package org.crossroads.ruleset;

import java.util.List;

/**
 * Pieces of the seed article's image captions, which carry unsourced statistics ("Reading for just
 * 6 minutes can reduce stress levels by up to 68%", "... by up to 20%", "... by up to 30%",
 * "... in 60% of patients", sunsets and cortisol). None of them may reach the product.
 */
final class CaptionStatistics {

	static final List<String> FRAGMENTS = List.of("68%", "20%", "30%", "60%", "6 minutes", "cortisol", "sunset",
			"by up to", "emotional resilience by", "cognitive flexibility", "of patients", "reduce stress",
			"reducing anxiety levels");

	private CaptionStatistics() {
	}
}
