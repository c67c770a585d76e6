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
		String requested;
		try {
			requested = request.getParameter(PARAMETER);
		}
		catch (RuntimeException ex) {
			// an unreadable query string names no language
			requested = null;
		}
		return languages.choose(requested, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
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

	/** Adds the language to the site's own page addresses as the page writes them. */
	private static final class Carrying extends HttpServletResponseWrapper {

		private final String contextPath;

		private final String code;

		Carrying(HttpServletResponse response, String contextPath, String code) {
			super(response);
			this.contextPath = contextPath;
			this.code = code;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(carry(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(carry(url));
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(carry(location));
		}

		private String carry(@Nullable String url) {
			if (url == null || !url.startsWith("/") || url.startsWith("//")) {
				return url == null ? "" : url;
			}
			String path = url.substring(Math.min(contextPath.length(), url.length()));
			if (!url.startsWith(contextPath) || UNMARKED.stream().anyMatch(path::startsWith)
					|| url.contains("?" + PARAMETER + "=") || url.contains("&" + PARAMETER + "=")) {
				return url;
			}
			return withLanguage(url, code);
		}
	}
}
