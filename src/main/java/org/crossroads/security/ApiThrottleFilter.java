package org.crossroads.security;

import org.crossroads.throttling.Throttles;
import org.crossroads.throttling.TooManyRequestsException;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request to the JSON API takes a token of its client's API bucket ({@link Throttles});
 * without one it is answered 429, problem details like the API's other refusals, with Retry-After.
 */
final class ApiThrottleFilter extends OncePerRequestFilter {

	private final Throttles throttles;

	private final MessageSource messages;

	ApiThrottleFilter(Throttles throttles, MessageSource messages) {
		this.throttles = throttles;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			throttles.takeApi(request);
		}
		catch (TooManyRequestsException refused) {
			String seconds = Long.toString(refused.retryAfterSeconds());
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, seconds);
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(ProblemJson.of(text("api.throttled.title"), HttpStatus.TOO_MANY_REQUESTS.value(),
					text("api.throttled.detail", seconds)));
			return;
		}
		chain.doFilter(request, response);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ROOT);
	}
}
