package org.crossroads.ruleset.translation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.TextTranslationEntity;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one version in one language. A text is current when its translation was made from
 * the English it has now, outdated when the English changed since, missing when it has none; an
 * outdated translation is still shown (editors see it listed), a missing one shows the English.
 */
public final class Translation {

	/** How a text stands in a language. */
	public enum Status {
		CURRENT, OUTDATED, MISSING
	}

	private final String language;

	private final boolean source;

	private final Map<String, TextTranslationEntity> byKey = new HashMap<>();

	private final Map<String, TextTranslationEntity> bySourceText = new HashMap<>();

	/** Where each text asked for is noted, key to English, in the order asked; null when not noted. */
	private final @Nullable Map<String, String> asked;

	private Translation(String language, boolean source, List<TextTranslationEntity> rows,
			@Nullable Map<String, String> asked) {
		this.language = language;
		this.source = source;
		this.asked = asked;
		for (TextTranslationEntity row : rows) {
			if (row.getLanguage().equals(language)) {
				byKey.put(row.getTextKey(), row);
				bySourceText.putIfAbsent(row.getSourceText(), row);
			}
		}
	}

	/** The texts as written: the source language. */
	public static Translation source(String language) {
		return new Translation(language, true, List.of(), null);
	}

	/**
	 * The source language, noting every text it is asked for into {@code asked} (key to English): what
	 * a version has to translate is what building its snapshot asks for, so no second list can drift.
	 */
	public static Translation noting(String language, Map<String, String> asked) {
		return new Translation(language, true, List.of(), asked);
	}

	public static Translation of(RuleSetEntity ruleSet, String language) {
		return new Translation(language, false, ruleSet.getTranslations(), null);
	}

	public String language() {
		return language;
	}

	/** The text to show for {@code key}, whose English is {@code english}. */
	public String text(String key, String english) {
		if (asked != null && !english.isBlank()) {
			asked.put(key, english);
		}
		TextTranslationEntity found = source ? null : find(key, english);
		return found == null ? english : found.getBody();
	}

	public @Nullable String optional(String key, @Nullable String english) {
		return english == null ? null : text(key, english);
	}

	/** The translation shown for {@code key} (current or outdated), or null when it has none. */
	public @Nullable String translated(String key, String english) {
		TextTranslationEntity found = source ? null : find(key, english);
		return found == null ? null : found.getBody();
	}

	public Status status(String key, String english) {
		if (source) {
			return Status.CURRENT;
		}
		TextTranslationEntity found = find(key, english);
		if (found == null) {
			return Status.MISSING;
		}
		return found.getSourceText().equals(english) ? Status.CURRENT : Status.OUTDATED;
	}

	/** By key from the same English; else one made from the same English (the text moved); else by key. */
	private @Nullable TextTranslationEntity find(String key, String english) {
		TextTranslationEntity keyed = byKey.get(key);
		if (keyed != null && keyed.getSourceText().equals(english)) {
			return keyed;
		}
		TextTranslationEntity moved = bySourceText.get(english);
		return moved != null ? moved : keyed;
	}
}
