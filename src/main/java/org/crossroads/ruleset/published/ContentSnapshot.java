package org.crossroads.ruleset.published;

import org.crossroads.rules.RuleSet;

/** Everything one published version holds, in memory: the rules the engine reads and the page texts. */
public record ContentSnapshot(RuleSet rules, SiteContent site) {

	public int version() {
		return rules.version();
	}
}
