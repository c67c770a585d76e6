package org.crossroads.ruleset;

public enum RuleSetStatus {
	DRAFT, PUBLISHED
}
