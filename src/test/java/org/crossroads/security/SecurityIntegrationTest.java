package org.crossroads.security;

import org.crossroads.accounts.SessionCookies;
import org.crossroads.accounts.TestAccounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One application context for all security and audit tests: a real server on a random port,
 * MockMvc with the real filter chains, and a {@link MutableClock} in place of the system clock.
 * The first-account credentials are test properties, never production configuration; tests do
 * not rely on that account existing (the database may be shared), they make their own with
 * {@link TestAccounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"crossroads.admin.username=" + SecurityIntegrationTest.ADMIN_USERNAME,
		"crossroads.admin.password=" + SecurityIntegrationTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@Import({ SecurityIntegrationTest.Clock.class, TestAccounts.class, SessionCookies.class, VisitorFormProbe.class })
public @interface SecurityIntegrationTest {

	String ADMIN_USERNAME = "test-admin";

	String ADMIN_PASSWORD = "test-only admin passphrase";

	@TestConfiguration(proxyBeanMethods = false)
	class Clock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}
	}
}
