package org.crossroads.admin.translations;

import org.jspecify.annotations.Nullable;

/**
 * One text's translation as posted: {@code source} is the English the editor saw, {@code filter} the
 * list the page showed (kept on the way back). Checked by {@link TranslationWork#save}, so every
 * refusal is a message beside the text rather than a binding error.
 */
record TranslationForm(@Nullable String language, @Nullable String key, @Nullable String source,
		@Nullable String body, @Nullable String filter) {
}
