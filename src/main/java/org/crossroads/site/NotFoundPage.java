package org.crossroads.site;

import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The page an unknown address gets in a browser: the container's error dispatch for a 404, which
 * names nothing of the address asked for, so it is the same for everyone. The API's 404 stays
 * problem details, and a client that does not ask for HTML gets whatever the error controller gives.
 */
@Component
class NotFoundPage implements SharedPage {

	@Override
	public Optional<Match> match(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR
				|| !Integer.valueOf(HttpStatus.NOT_FOUND.value()).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
				|| !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)
				|| uri.startsWith(request.getContextPath() + "/api/")) {
			return Optional.empty();
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) ? Optional.of(new Match("404", null))
				: Optional.empty();
	}
}
