package org.crossroads.admin.publishing;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions: in {@code area}, the item named {@code item} (a key, code
 * or place), its {@code field} changed from {@code before} to {@code after}. A null {@code before}
 * means the item was added, a null {@code after} that it was removed; {@code field} is then "item".
 * Areas and fields have labels under {@code admin.diff.}.
 */
public record Change(Area area, String item, String field, @Nullable String before, @Nullable String after) {

	public enum Area {
		THRESHOLDS, SECTION, QUESTION, OPTION, CRITERION, HEADLINE, COMPARISON_ROW, VALUE_STATEMENT, TEXT_LIST, CRISIS_RESOURCE, HELP_LINK,
		ABOUT, TEST_CASE, ABOUT_SOURCE,
		/** A text in another language: the item is the language and the text's key. */
		TRANSLATION
	}

	public boolean added() {
		return before == null;
	}

	public boolean removed() {
		return after == null;
	}
}
