package org.crossroads.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the form with the common message. A throttled one is answered at
 * once, 429 with Retry-After: the sign-in page, rendered for this post as if asked for, says how
 * long to wait.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler(
			SecurityConfig.SIGN_IN + "?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof AccountAuthenticationProvider.ThrottledException throttled) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
			request.setAttribute(SignInController.RETRY_AFTER, throttled.retryAfterSeconds());
			request.getRequestDispatcher(SecurityConfig.SIGN_IN).forward(new AsGet(request), response);
			return;
		}
		refused.onAuthenticationFailure(request, response, exception);
	}

	/** The page's controller answers GET only. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}
	}
}
