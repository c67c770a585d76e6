package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The admin area through axe-core, the Nu checker and screenshots: the sign-in page and its error
 * state, then every admin page a signed-in administrator can reach by following links from /admin.
 */
class AdminPageQualityTest extends AppInBrowser {

	/** A bound on the crawl, far above the admin area's size, so a link loop cannot run forever. */
	static final int MAX_ADMIN_PAGES = 200;

	@Test
	void signInPageAndItsErrorState() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			assertThat(session.go("/admin").status()).isEqualTo(200);
			assertThat(session.path()).as("anonymous visitors are sent to sign in").isEqualTo("/admin/sign-in");
			audit.check(session, "admin-sign-in");
			signIn(session, "nobody", "wrong-password");
			assertThat(session.path()).isEqualTo("/admin/sign-in");
			audit.check(session, "admin-sign-in-error");
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	@Test
	void everyAdminPageASignedInAdministratorCanReach() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			session.go("/admin/sign-in");
			signIn(session, ADMIN_USERNAME, ADMIN_PASSWORD);
			assertThat(session.path()).as("signed in").startsWith("/admin").isNotEqualTo("/admin/sign-in");

			Set<String> seen = new LinkedHashSet<>();
			Deque<String> queue = new ArrayDeque<>(List.of(session.path(), "/admin"));
			while (!queue.isEmpty() && seen.size() < MAX_ADMIN_PAGES) {
				String path = queue.poll();
				if (!seen.add(path)) {
					continue;
				}
				int status = session.go(path).status();
				assertThat(status).as("GET " + path + " signed in as an administrator").isEqualTo(200);
				audit.check(session, "admin" + path.replaceAll("[^A-Za-z0-9]+", "-"));
				for (String link : adminLinks(session)) {
					if (!seen.contains(link)) {
						queue.add(link);
					}
				}
			}
			assertThat(seen).as("admin pages reached").hasSizeGreaterThan(1).hasSizeLessThan(MAX_ADMIN_PAGES);
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	private static void signIn(BrowserSession session, String username, String password) {
		Page page = session.page();
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("main form button[type=submit], main form input[type=submit]").first().click();
		page.waitForLoadState();
	}

	/** Links to other admin pages: same origin, under /admin, never signing out. */
	private static Set<String> adminLinks(BrowserSession session) {
		Set<String> links = new LinkedHashSet<>();
		for (Locator a : session.page().locator("a[href]").all()) {
			String href = a.getAttribute("href");
			if (href.startsWith("#")) {
				continue;
			}
			URI uri = URI.create(session.page().url()).resolve(href);
			if (!session.traffic().isApp(uri.toString()) || uri.getPath() == null) {
				continue;
			}
			String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			if (path.startsWith("/admin") && !path.contains("sign-out")) {
				links.add(path);
			}
		}
		return links;
	}
}
