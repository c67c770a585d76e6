package org.crossroads.rules;

/** ANY: at least one condition holds. ALL: every condition holds. */
public enum MatchMode {
	ANY, ALL
}
