package org.crossroads.rules;

public enum Outcome {
	URGENT_SUPPORT, THERAPY, COACHING, BOTH, EXPLORE
}
