package org.crossroads.language;

/**
 * The language a request is answered in. {@code explicit}: the address named it ({@code ?lang=}), so
 * the links of the page keep naming it; otherwise it came from Accept-Language or is the source one.
 */
public record LanguageChoice(Language language, boolean explicit) {

	/** Links carry the language when the address named it, or when it is not the one a bare address gets. */
	public boolean carriedInLinks() {
		return explicit || !language.source();
	}
}
