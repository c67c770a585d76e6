package org.crossroads.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link SecurityIntegrationTest} with the production rate limits in place of the test settings'
 * unreachable ones (the API's smaller, to be reached quickly): one context for every throttling test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SecurityIntegrationTest
@TestPropertySource(properties = { "crossroads.rate-limit.sign-in-per-address=5/1m,10/10m,20/1h",
		"crossroads.rate-limit.sign-in-per-account=10/1m", "crossroads.rate-limit.results-per-address=20/1h",
		"crossroads.rate-limit.api-per-address=" + ThrottledIntegrationTest.API_RATE + "/1m" })
public @interface ThrottledIntegrationTest {

	int API_RATE = 30;
}
