package org.crossroads.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossroads.CrossroadsSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The headers every response carries, decided here alone. Spring Security writes them in both filter
 * chains (as a {@link HeaderWriter}, so they survive a response reset there); this filter, registered
 * for every dispatch type, also sets them on what the chains never write to: requests the firewall
 * rejects, methods the container refuses, and error-page dispatches. No page may be framed, but for
 * the framed questionnaire ({@link CrossroadsSettings.Embed}) when sites are allowed to frame it: it
 * names them in {@code frame-ancestors} and goes without {@code X-Frame-Options}, which cannot name them.
 */
final class SecurityHeaders implements Filter, HeaderWriter {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors ";

	/** No inline script or style anywhere; pages load nothing from another host. */
	static final String CONTENT_SECURITY_POLICY = POLICY + "'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
			+ "display-capture=(), geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), "
			+ "microphone=(), midi=(), payment=(), usb=()";

	static final Map<String, String> ALWAYS = Map.of(
			"Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"Permissions-Policy", PERMISSIONS_POLICY,
			"Referrer-Policy", "no-referrer",
			"X-Content-Type-Options", "nosniff",
			"X-Frame-Options", "DENY");

	/** A year, the value browsers' preload lists ask for; written as Spring Security writes it. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	static final String HSTS = "max-age=" + HSTS_MAX_AGE_SECONDS + " ; includeSubDomains";

	private final boolean httpsOnly;

	private final @Nullable String embedPolicy;

	/**
	 * @param httpsOnly HSTS on every response, not only on requests the server sees as secure:
	 * behind a TLS proxy that the server does not trust for X-Forwarded-Proto, none looks secure
	 * @param embed the sites that may frame the questionnaire, if any
	 */
	SecurityHeaders(boolean httpsOnly, CrossroadsSettings.Embed embed) {
		this.httpsOnly = httpsOnly;
		this.embedPolicy = embed.enabled() ? POLICY + String.join(" ", embed.allowedOrigins()) : null;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
			writeHeaders(http, out);
		}
		chain.doFilter(request, response);
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (embedPolicy != null && CrossroadsSettings.Embed.page(path(request))) {
			// no X-Frame-Options: it cannot name several sites (browsers ignore ALLOW-FROM); frame-ancestors decides
			ALWAYS.forEach((name, value) -> {
				if (!name.equals("X-Frame-Options")) {
					response.setHeader(name, name.equals("Content-Security-Policy") ? embedPolicy : value);
				}
			});
		}
		else {
			ALWAYS.forEach(response::setHeader);
		}
		if (httpsOnly || request.isSecure()) {
			response.setHeader("Strict-Transport-Security", HSTS);
		}
	}

	/** The address asked for, without the context path: on an error dispatch, the one that failed. */
	private static String path(HttpServletRequest request) {
		String uri = request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
				? failed : request.getRequestURI();
		return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
	}
}
