package org.crossroads.ruleset;

import org.crossroads.rules.Outcome;

/** The ordered lists of short texts that pages show, one per kind. */
public enum ContentList {
	COMPARISON_INTRO, SHARED_GROUND, SHARED_SKILL, THERAPY_CAN, COACHING_CAN, BOTH_TOGETHER,
	NEXT_STEP_URGENT_SUPPORT, NEXT_STEP_THERAPY, NEXT_STEP_COACHING, NEXT_STEP_BOTH, NEXT_STEP_EXPLORE,
	EXPLORE_NOT_NOW;

	public static ContentList nextStepsFor(Outcome outcome) {
		return valueOf("NEXT_STEP_" + outcome.name());
	}
}
