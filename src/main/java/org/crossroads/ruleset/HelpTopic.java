package org.crossroads.ruleset;

import java.util.List;

import org.crossroads.rules.Outcome;

/** What a "Finding help" entry is about: finding and checking a therapist or a coach, or what it costs. */
public enum HelpTopic {
	THERAPIST, COACH, COST;

	/**
	 * The topics a result shows, in order: the path it suggests, then costs. An urgent result shows
	 * none: crisis help comes first there, and a directory of therapists would only stand in its way.
	 * Fixed here rather than editable, like the outcomes themselves: editors change the entries.
	 */
	public static List<HelpTopic> shownFor(Outcome outcome) {
		return switch (outcome) {
			case THERAPY -> List.of(THERAPIST, COST);
			case COACHING -> List.of(COACH, COST);
			case BOTH, EXPLORE -> List.of(THERAPIST, COACH, COST);
			case URGENT_SUPPORT -> List.of();
		};
	}
}
