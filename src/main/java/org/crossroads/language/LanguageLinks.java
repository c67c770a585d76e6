package org.crossroads.language;

import jakarta.servlet.http.HttpServletRequest;

/** The site's own links on a page, with the page's language where links carry it ({@link LanguageChoice}). */
public final class LanguageLinks {

	private LanguageLinks() {
	}

	public static String carry(HttpServletRequest request, String link) {
		return request.getAttribute(LanguageFilter.CHOICE) instanceof LanguageChoice choice && choice.carriedInLinks()
				? LanguageFilter.carry(link, request.getContextPath(), choice.language().code()) : link;
	}

	/** Whether the address of the request named its language ({@code ?lang=}), which then outranks the browser's. */
	public static boolean named(HttpServletRequest request) {
		return request.getAttribute(LanguageFilter.CHOICE) instanceof LanguageChoice choice && choice.explicit();
	}
}
