package org.crossroads.assessment;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The private address of a stored result, in the language it was shown in (the source one needs none). */
public final class ResultLink {

	private ResultLink() {
	}

	public static String of(String id, String language) {
		ServletUriComponentsBuilder link = ServletUriComponentsBuilder.fromCurrentContextPath();
		link.path("/results/{id}");
		if (!ContentSnapshot.SOURCE_LANGUAGE.equals(language)) {
			link.queryParam("lang", language);
		}
		return link.buildAndExpand(id).toUriString();
	}
}
