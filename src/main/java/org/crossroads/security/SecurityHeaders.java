package org.crossroads.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries. Spring Security writes them in both filter chains; this
 * filter, registered for every dispatch type, also sets them on what the chains never write to:
 * requests the firewall rejects, methods the container refuses, and error-page dispatches.
 */
final class SecurityHeaders implements Filter {

	/** No inline script or style anywhere; pages load nothing from another host. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

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

	/**
	 * @param httpsOnly HSTS on every response, not only on requests the server sees as secure:
	 * behind a TLS proxy that the server does not trust for X-Forwarded-Proto, none looks secure
	 */
	SecurityHeaders(boolean httpsOnly) {
		this.httpsOnly = httpsOnly;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (response instanceof HttpServletResponse http) {
			ALWAYS.forEach(http::setHeader);
			if (httpsOnly || request.isSecure()) {
				http.setHeader("Strict-Transport-Security", HSTS);
			}
		}
		chain.doFilter(request, response);
	}
}
