package org.crossroads.admin.standard;

/**
 * The criteria of the International Patient Decision Aid Standards (IPDAS, instrument version 4.0) that
 * apply to this site, each with the admin page where its content is edited. Qualifying criteria make it
 * a decision aid at all; certifying ones are what publishing requires.
 */
public enum StandardCriterion {

	/** The decision is stated: what the comparison is for. */
	DECISION_STATED(Level.QUALIFYING, "/admin/texts#list-COMPARISON_INTRO"),

	/** Each option is described: what therapy and what coaching can do. */
	OPTIONS_DESCRIBED(Level.QUALIFYING, "/admin/texts#list-THERAPY_CAN"),

	/** Positive and negative features of each option in equal detail: every comparison row fills both sides. */
	FEATURES_IN_EQUAL_DETAIL(Level.CERTIFYING, "/admin/texts#comparison"),

	/** The evidence is cited, with the dates of the sources. */
	SOURCES_WITH_DATES(Level.CERTIFYING, "/admin/texts#sources"),

	/** The date of the last review, recent enough, and the update policy. */
	REVIEW_DATE_AND_POLICY(Level.CERTIFYING, "/admin/about"),

	/** Who wrote it, who funds it, and any conflict of interest. */
	AUTHORS_FUNDING_CONFLICTS(Level.CERTIFYING, "/admin/about"),

	/** The limits of what the tool can say. */
	LIMITS_STATED(Level.CERTIFYING, "/admin/about");

	/** IPDAS's two kinds of criteria. */
	public enum Level {
		QUALIFYING, CERTIFYING
	}

	private final Level level;

	private final String editor;

	StandardCriterion(Level level, String editor) {
		this.level = level;
		this.editor = editor;
	}

	public Level level() {
		return level;
	}

	/** The admin page where the content this criterion looks at is edited. */
	public String editor() {
		return editor;
	}

	public boolean certifying() {
		return level == Level.CERTIFYING;
	}
}
