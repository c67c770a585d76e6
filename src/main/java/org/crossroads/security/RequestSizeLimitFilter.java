package org.crossroads.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.jspecify.annotations.Nullable;

import org.crossroads.CrossroadsSettings;

/**
 * Refuses request bodies over {@code crossroads.max-request-size} with 413 before anything reads
 * them; a body sent without a length is cut off once it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final String title;

	private final String detail;

	RequestSizeLimitFilter(CrossroadsSettings settings, MessageSource messages) {
		this.limit = settings.maxRequestSize().toBytes();
		this.title = messages.getMessage("api.too-large.title", null, Locale.ROOT);
		this.detail = messages.getMessage("api.too-large.refused", new Object[] { String.valueOf(limit / 1024) },
				Locale.ROOT);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (BodyTooLargeException | ServletException ex) {
			if (!(ex instanceof BodyTooLargeException) && !(ex.getCause() instanceof BodyTooLargeException)) {
				throw ex;
			}
			if (!response.isCommitted()) {
				response.reset();
				refuse(request, response);
			}
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(ProblemJson.of(title, HttpStatus.CONTENT_TOO_LARGE.value(), detail));
		}
		else {
			response.setContentType("text/plain");
			response.getWriter().write(detail);
		}
	}

	/**
	 * Tomcat parses form posts itself, past this filter when a body comes chunked: the same limit
	 * for forms (a larger form is read as empty and refused by the page). Runs after Boot's own
	 * customizer, so it wins over server.tomcat.max-http-form-post-size.
	 */
	@Component
	static class FormPostLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final int limit;

		FormPostLimit(CrossroadsSettings settings) {
			this.limit = Math.toIntExact(settings.maxRequestSize().toBytes());
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addConnectorCustomizers(connector -> connector.setMaxPostSize(limit));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}

	/** Thrown by the body stream once it passes the limit. */
	public static final class BodyTooLargeException extends IOException {
		BodyTooLargeException() {
			super("request body over the limit");
		}
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
