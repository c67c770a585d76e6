package org.crossroads.accounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Lets MockMvc tests keep using {@code .session(session)} while sessions live in the database
 * (Spring Session reads a cookie, not the container's session): a filter ahead of every other
 * keeps the session cookie the app sets in the test's {@link MockHttpSession}, sends it with each
 * request made with that session, and invalidates the MockHttpSession when the app deletes the
 * cookie. Real HTTP requests pass untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookies {

	static final String COOKIE = "JSESSIONID";

	private static final String KEPT = SessionCookies.class.getName() + ".cookie";

	/** The id of the database session a MockHttpSession stands for (the cookie's value), or null. */
	public static String idOf(MockHttpSession session) {
		return session.isInvalid() ? null : (String) session.getAttribute(KEPT);
	}

	@Bean
	FilterRegistrationBean<Filter> sessionCookieKeeper() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Keeper());
		registration.setOrder(Integer.MIN_VALUE);
		return registration;
	}

	static final class Keeper implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (!(request instanceof MockHttpServletRequest mock) || !(response instanceof MockHttpServletResponse sent)) {
				chain.doFilter(request, response);
				return;
			}
			if (mock.getSession(false) instanceof MockHttpSession session && idOf(session) != null) {
				List<Cookie> cookies = new ArrayList<>(mock.getCookies() == null ? List.of() : Arrays.asList(mock.getCookies()));
				cookies.add(new Cookie(COOKIE, idOf(session)));
				mock.setCookies(cookies.toArray(Cookie[]::new));
			}
			chain.doFilter(request, response);
			Cookie set = sent.getCookie(COOKIE);
			if (set == null) {
				return;
			}
			MockHttpSession session = (MockHttpSession) mock.getSession(true);
			if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
				session.invalidate();
			}
			else {
				session.setAttribute(KEPT, set.getValue());
			}
		}
	}
}
