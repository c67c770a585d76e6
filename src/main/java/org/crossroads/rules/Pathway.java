package org.crossroads.rules;

/** Which path a criterion speaks for. SAFETY criteria carry no score: they decide on their own. */
public enum Pathway {
	THERAPY, COACHING, SAFETY
}
