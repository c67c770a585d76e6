package org.crossroads.admin.readability;

/**
 * Whose words a text is. Only our own wording is ever asked to be plainer: a validated
 * instrument's items and the article's sentences show their grade but carry no warning.
 */
public enum Wording {

	/** Our own words: above the target grade the field is warned about. */
	OWN,

	/** A validated instrument's wording (the PHQ-2, GAD-2 and PHQ-9 item 9): never rewritten. */
	FIXED,

	/** A sentence quoted from the source article: rewording it would misquote it. */
	QUOTATION,

	/** A proper name (an organisation, a place) or a citation of a work by its title: the formula measures its spelling, not its plainness. */
	NAME
}
