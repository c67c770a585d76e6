package org.crossroads.content;

public enum RuleSetStatus {
	DRAFT, PUBLISHED
}
