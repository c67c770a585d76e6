package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.crossroads.accounts.AccountService;
import org.crossroads.accounts.Role;

/**
 * The app on a random port, driven by the shared Chromium. Every browser test class extends this,
 * so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crossroads.data-dir=./target/browser-test-data",
				"crossroads.admin.username=" + AppInBrowser.ADMIN_USERNAME,
				"crossroads.admin.password=" + AppInBrowser.ADMIN_PASSWORD })
abstract class AppInBrowser {

	static final String ADMIN_USERNAME = "browser-admin";

	/** Only for the throwaway database of the tests. */
	static final String ADMIN_PASSWORD = "Browser-tests-only-7Qm2";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	/**
	 * The configured first account is only made on an empty account table; on PostgreSQL the suite
	 * shares one database, so other tests may have made accounts first.
	 */
	@BeforeEach
	void administratorAccountExists() {
		if (accounts.findByUsername(ADMIN_USERNAME).isEmpty()) {
			accounts.create("browser-tests", ADMIN_USERNAME, Role.ADMIN, ADMIN_PASSWORD, false);
		}
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	BrowserSession open(BrowserSession.Mode mode) {
		return BrowserSession.open(base(), mode);
	}

	/** A session whose browser speaks {@code locale} ("es-ES") rather than the default English. */
	BrowserSession open(BrowserSession.Mode mode, String locale) {
		return BrowserSession.open(base(), mode, locale);
	}

	/**
	 * Nothing from another host, every stylesheet, script and image the pages named was there, no
	 * script error, nothing refused under the Content-Security-Policy, and no cookie set.
	 */
	static void assertOnlyTheAppWasAsked(BrowserSession session) {
		assertThat(session.traffic().foreignRequests()).as("requests to other hosts than the app").isEmpty();
		assertThat(session.traffic().failedSubresources()).as("assets that failed to load").isEmpty();
		assertThat(session.traffic().requested()).as("requests recorded").isNotEmpty();
		assertThat(session.pageProblems()).as("script errors and CSP refusals").isEmpty();
	}

	/** The visitor flow keeps no session and sets no cookie. */
	static void assertNoCookie(BrowserSession session) {
		assertThat(session.page().context().cookies()).as("cookies a visitor was given").isEmpty();
	}
}
