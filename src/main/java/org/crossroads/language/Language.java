package org.crossroads.language;

import java.util.Locale;

/**
 * A language of the site: {@code code} is a BCP 47 tag ("es", "pt-BR"), {@code name} the language's
 * own name for itself, as the switch shows it. The source language is the one every text is written in
 * first; the others translate it.
 */
public record Language(String code, String name, boolean rightToLeft, boolean source, boolean live) {

	public Language {
		if (code.isBlank() || !Locale.forLanguageTag(code).toLanguageTag().equalsIgnoreCase(code)) {
			throw new IllegalArgumentException("not a BCP 47 language tag: " + code);
		}
		if (source && !live) {
			throw new IllegalArgumentException("the source language is always live");
		}
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The value of the {@code dir} attribute of its pages. */
	public String direction() {
		return rightToLeft ? "rtl" : "ltr";
	}
}
