package org.crossroads.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A URL the firewall refuses (dot segments, ";", "%25", "//") is a 400 like any other; under
 * /api/ it is answered as problem details, as the API promises for every error. Picked up by
 * Spring Security as the only {@link RequestRejectedHandler} bean.
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

	private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

	private final String problem;

	ApiRequestRejectedHandler(MessageSource messages) {
		this.problem = ProblemJson.of(messages.getMessage("api.malformed-url.title", null, Locale.ROOT),
				HttpStatus.BAD_REQUEST.value(), messages.getMessage("api.malformed-url.detail", null, Locale.ROOT));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException rejected) throws IOException, jakarta.servlet.ServletException {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
			others.handle(request, response, rejected);
			return;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(problem);
	}
}
