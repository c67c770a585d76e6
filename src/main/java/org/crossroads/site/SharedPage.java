package org.crossroads.site;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * A page that is the same for every visitor of a published version (no answers on it): rendered
 * once per version and crisis-line region, then served from memory by {@link SharedPageCache}.
 * Modules declare theirs as beans.
 */
public interface SharedPage {

	/**
	 * The query a shared page may have: none, or the language alone ({@code lang=es}); the page cache
	 * keeps one copy per language. Any other query is rendered as usual.
	 */
	static boolean sharedQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null || LANGUAGE_ONLY.matcher(query).matches();
	}

	java.util.regex.Pattern LANGUAGE_ONLY = java.util.regex.Pattern.compile("lang=[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

	/** The page this GET asks for, if it is this kind of page. */
	Optional<Match> match(HttpServletRequest request);

	/**
	 * @param name names the page among all shared pages
	 * @param variable the one string that differs per request (a draft id in the form's address),
	 *     spliced into the stored page; null when there is none
	 */
	record Match(String name, @Nullable String variable) {
	}
}
