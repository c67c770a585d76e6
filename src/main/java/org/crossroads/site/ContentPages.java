package org.crossroads.site;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/** Home, the comparison, About and Privacy hold nothing of the visitor's: shared pages. */
@Component
class ContentPages implements SharedPage {

	private static final Set<String> PATHS = Set.of("/", "/compare", "/about", "/privacy");

	@Override
	public Optional<Match> match(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.contains(path) && SharedPage.sharedQuery(request) ? Optional.of(new Match(path, null))
				: Optional.empty();
	}
}
