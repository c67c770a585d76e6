package org.crossroads.assessment;

import jakarta.servlet.http.HttpServletRequest;

import org.crossroads.CrossroadsSettings;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a questionnaire page is shown: on the site itself, or framed in another site's page under
 * {@code /embed}, where the same steps and result come in a lean layout without the site's links.
 * The framed pages exist only while some site is allowed to frame them; otherwise their addresses
 * answer the site's usual not-found page.
 *
 * @param prefix what the framed pages' addresses start with; empty on the site itself
 */
record Surface(String prefix) {

	static final Surface SITE = new Surface("");

	static final Surface FRAMED = new Surface(CrossroadsSettings.Embed.PATH);

	static Surface of(HttpServletRequest request, CrossroadsSettings settings) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!CrossroadsSettings.Embed.page(path)) {
			return SITE;
		}
		if (!settings.embed().enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return FRAMED;
	}

	boolean framed() {
		return !prefix.isEmpty();
	}

	String step(String draftId, int step) {
		return prefix + "/assessment/" + draftId + "/" + step;
	}

	String result(String resultId) {
		return prefix + "/results/" + resultId;
	}

	String start() {
		return framed() ? prefix : "/assessment";
	}
}
