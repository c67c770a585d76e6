package org.crossroads.language;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every visitor page's frame needs about its language: the {@code lang} and {@code dir} of the
 * page, and the switch: a link to the same page in each other live language (works without
 * JavaScript and without a cookie; answers given so far stay, as they are kept with the draft).
 */
@ControllerAdvice
class LanguageSwitch {

	/** One entry of the switch: {@code href} is null for the language the page is in. */
	record Option(String code, String name, @Nullable String href) {
	}

	private final Languages languages;

	LanguageSwitch(Languages languages) {
		this.languages = languages;
	}

	@ModelAttribute("pageLanguage")
	Language pageLanguage(HttpServletRequest request) {
		return request.getAttribute(LanguageFilter.CHOICE) instanceof LanguageChoice choice ? choice.language()
				: languages.source();
	}

	@ModelAttribute("languageSwitch")
	List<Option> languageSwitch(HttpServletRequest request) {
		List<Language> live = languages.live();
		if (live.size() < 2 || LanguageFilter.isAdmin(request)) {
			return List.of();
		}
		Language current = pageLanguage(request);
		String here = here(request);
		return live.stream()
			.map(l -> new Option(l.code(), l.name(),
					l.code().equals(current.code()) ? null : LanguageFilter.withLanguage(here, l.code())))
			.toList();
	}

	/**
	 * This page's address as the visitor asked for it; on an error page the home page, so the page is
	 * the same whatever address failed.
	 */
	private static String here(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return request.getContextPath() + "/";
		}
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}
}
