package org.crossroads.site;

import org.jspecify.annotations.Nullable;

/**
 * What the frame tells search engines about a page, from its path: the message key of its meta
 * description (public pages and results) and whether it must stay out of the index. Results are private
 * links, the admin area is not for visitors, and an error page is no page to find.
 *
 * @param descriptionKey key in messages.properties, null for none
 * @param noindex whether the frame adds {@code <meta name="robots" content="noindex">}
 */
record PageMeta(@Nullable String descriptionKey, boolean noindex) {

	/** For a view rendered by a controller that knows better than the path (error pages). */
	static final PageMeta NOT_INDEXED = new PageMeta(null, true);

	static PageMeta forPath(String path) {
		if (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/error") || path.startsWith("/error/")) {
			return NOT_INDEXED;
		}
		if (path.startsWith("/results/")) {
			// never indexed, but described: a shared private link still shows a description
			return new PageMeta("meta.description.result", true);
		}
		String key = switch (path) {
			case "/", "" -> "meta.description.home";
			case "/compare" -> "meta.description.compare";
			case "/about" -> "meta.description.about";
			case "/privacy" -> "meta.description.privacy";
			default -> path.equals("/assessment") || path.startsWith("/assessment/") ? "meta.description.assessment" : null;
		};
		return new PageMeta(key, false);
	}
}
