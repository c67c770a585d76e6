package org.crossroads.ruleset.published;

import org.crossroads.rules.RuleSet;

/**
 * Everything one published version holds, in memory, in one language: the rules the engine reads and
 * the page texts. The rules of a version are the same in every language but for their wording.
 */
public record ContentSnapshot(RuleSet rules, SiteContent site, String language) {

	/** The language every text is first written in. */
	public static final String SOURCE_LANGUAGE = "en";

	public ContentSnapshot(RuleSet rules, SiteContent site) {
		this(rules, site, SOURCE_LANGUAGE);
	}

	public int version() {
		return rules.version();
	}
}
