package org.crossroads.language;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Chooses the language of each request once ({@link Languages#choose}), makes it the request's locale
 * (messages, the published texts, {@code Content-Language}), and keeps it in every link and redirect
 * the page makes: a language named in the address stays through the steps without a cookie. The admin
 * area is in the source language, the one its texts are edited in.
 */
final class LanguageFilter extends OncePerRequestFilter {

	/** The request attribute holding the {@link LanguageChoice}. */
	static final String CHOICE = LanguageChoice.class.getName();

	static final String PARAMETER = "lang";

	/** Addresses whose links never carry a language: static files and the admin area. */
	private static final List<String> UNMARKED = List.of("/admin", "/css/", "/js/", "/favicon", "/robots.txt",
			"/actuator", "/livez", "/readyz");

	private final Languages languages;

	LanguageFilter(Languages languages) {
		this.languages = languages;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LanguageChoice choice = choose(request);
		request.setAttribute(CHOICE, choice);
		Locale locale = choice.language().locale();
		LocaleContextHolder.setLocale(locale);
		if (!choice.explicit() && languages.live().size() > 1) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, choice.language().code());
		}
		HttpServletResponse carried = choice.carriedInLinks()
				? new Carrying(response, request.getContextPath(), choice.language().code()) : response;
		try {
			chain.doFilter(request, carried);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private LanguageChoice choose(HttpServletRequest request) {
		if (isAdmin(request)) {
			return new LanguageChoice(languages.source(), false);
		}
		String requested = requested(request.getQueryString());
		return languages.choose(requested, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * The {@code lang} of the query string. Read from the address alone, never from a form's body: the
	 * body is the controller's to read (and to refuse when malformed).
	 */
	static @Nullable String requested(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(PARAMETER + "=")) {
				String value = pair.substring(PARAMETER.length() + 1);
				// a language tag is letters, digits and hyphens: anything else names no language
				return value.matches("[A-Za-z0-9-]{1,35}") ? value : null;
			}
		}
		return null;
	}

	static boolean isAdmin(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/admin") || path.startsWith("/admin/");
	}

	/** The address with {@code lang=code}: what the language switch links to and every link keeps. */
	static String withLanguage(String url, String code) {
		int hash = url.indexOf('#');
		String fragment = hash < 0 ? "" : url.substring(hash);
		String base = hash < 0 ? url : url.substring(0, hash);
		return UriComponentsBuilder.fromUriString(base).replaceQueryParam(PARAMETER, code).build().toUriString()
				+ fragment;
	}

	/**
	 * {@code url} with the language, when it is one of the site's own page addresses and does not
	 * name a language already; anything else as it is.
	 */
	static String carry(String url, String contextPath, String code) {
		if (!url.startsWith("/") || url.startsWith("//") || !url.startsWith(contextPath)) {
			return url;
		}
		String path = url.substring(contextPath.length());
		if (UNMARKED.stream().anyMatch(path::startsWith) || url.contains("?" + PARAMETER + "=")
				|| url.contains("&" + PARAMETER + "=")) {
			return url;
		}
		return withLanguage(url, code);
	}

	/**
	 * Adds the language to the redirects the page makes. (Links are done by the template engine's link
	 * builder, {@link LanguageLinks}: the security chain makes encodeURL return its argument.)
	 */
	private static final class Carrying extends HttpServletResponseWrapper {

		private final String contextPath;

		private final String code;

		Carrying(HttpServletResponse response, String contextPath, String code) {
			super(response);
			this.contextPath = contextPath;
			this.code = code;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(carry(location, contextPath, code));
		}

		@Override
		public void setHeader(String name, @Nullable String value) {
			super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null
					? carry(value, contextPath, code) : value);
		}

		@Override
		public void addHeader(String name, @Nullable String value) {
			super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null
					? carry(value, contextPath, code) : value);
		}
	}
}
