package org.crossroads.assessment;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private address of a stored result, in the language it was shown in. The source language needs
 * none, unless the visitor's address named it: then the browser may ask for another language, and the
 * link must not reopen the result in that one.
 */
public final class ResultLink {

	private ResultLink() {
	}

	public static String of(String id, String language) {
		return of(id, language, false);
	}

	/** @param named whether the address the result was shown at named its language */
	public static String of(String id, String language, boolean named) {
		ServletUriComponentsBuilder link = ServletUriComponentsBuilder.fromCurrentContextPath();
		link.path("/results/{id}");
		if (named || !ContentSnapshot.SOURCE_LANGUAGE.equals(language)) {
			link.queryParam("lang", language);
		}
		return link.buildAndExpand(id).toUriString();
	}
}
