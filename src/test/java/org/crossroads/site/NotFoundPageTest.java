package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only a browser's 404 outside the API is the shared page of an unknown address. */
class NotFoundPageTest {

	@ParameterizedTest(name = "{0} {1} {2} {3}: shared {4}")
	@CsvSource({
			"ERROR,   404, /no-such-page,  'text/html,*/*;q=0.8', true",
			"ERROR,   404, /api/v1/nope,   text/html,             false",
			"ERROR,   404, /no-such-page,  application/json,      false",
			"ERROR,   404, /no-such-page,  */*,                   false",
			"ERROR,   405, /privacy,       text/html,             false",
			"ERROR,   500, /no-such-page,  text/html,             false",
			"REQUEST, 404, /no-such-page,  text/html,             false" })
	void matches(DispatcherType dispatch, int status, String uri, String accept, boolean shared) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setDispatcherType(dispatch);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
		request.addHeader("Accept", accept);

		assertThat(new NotFoundPage().match(request)).as("%s %s", uri, accept).isEqualTo(
				shared ? Optional.of(new SharedPage.Match("404", null)) : Optional.empty());
	}
}
