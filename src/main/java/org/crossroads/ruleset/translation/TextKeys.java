package org.crossroads.ruleset.translation;

import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.HelpTopic;

/**
 * The name of each translatable text of a version, made in this one place. Keys use what stays when
 * a draft is copied (question keys, criterion codes, positions), never database ids. A text that moves
 * (a list item reordered) keeps its translation: {@link Translation} also finds one by its English.
 */
public final class TextKeys {

	private TextKeys() {
	}

	public static String sectionTitle(String section) {
		return "section." + section + ".title";
	}

	public static String prompt(String question) {
		return "question." + question + ".prompt";
	}

	public static String shortLabel(String question) {
		return "question." + question + ".shortLabel";
	}

	public static String help(String question) {
		return "question." + question + ".help";
	}

	public static String option(String question, String option) {
		return "option." + question + "." + option + ".label";
	}

	public static String criterionTitle(String code) {
		return "criterion." + code + ".title";
	}

	public static String criterionReason(String code) {
		return "criterion." + code + ".reason";
	}

	public static String headline(Outcome outcome) {
		return "headline." + outcome.name();
	}

	/** {@code side}: feature, therapy or coaching. */
	public static String comparison(int position, String side) {
		return "comparison." + position + "." + side;
	}

	/** {@code field}: body, therapyFit or coachingFit. */
	public static String value(String statement, String field) {
		return "value." + statement + "." + field;
	}

	public static String listItem(ContentList list, int position) {
		return "list." + list.name() + "." + position;
	}

	/** {@code field}: region, label or contact. */
	public static String crisis(int position, String field) {
		return "crisis." + position + "." + field;
	}

	/** {@code field}: label or note. */
	public static String helpLink(HelpTopic topic, String regionCode, int position, String field) {
		return "help." + topic.name() + "." + regionCode + "." + position + "." + field;
	}

	/** {@code field}: author, sources, reviewPolicy, instruments, funding, conflictsOfInterest or limits. */
	public static String about(String field) {
		return "about." + field;
	}

	/** {@code field}: title or publisher. */
	public static String source(int position, String field) {
		return "source." + position + "." + field;
	}
}
