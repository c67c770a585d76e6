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
import com.microsoft.playwright.Response;

/**
 * The admin area through axe-core, the Nu checker and screenshots: the sign-in page and its error
 * state, then every kind of admin page a signed-in administrator can reach by following links from
 * /admin and the account pages.
 */
class AdminPageQualityTest extends AppInBrowser {

	/** A bound on the crawl, far above the number of kinds of admin page, so it always ends. */
	static final int MAX_ADMIN_PAGES = 100;

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
	void everyKindOfAdminPageASignedInAdministratorCanReach() {
		PageAudit audit = new PageAudit();
		Set<String> kinds = new LinkedHashSet<>();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			session.go("/admin/sign-in");
			signIn(session, ADMIN_USERNAME, ADMIN_PASSWORD);
			assertThat(session.path()).as("signed in").startsWith("/admin").isNotEqualTo("/admin/sign-in");

			Deque<String> queue = new ArrayDeque<>(List.of(session.path(), "/admin", "/admin/accounts",
					"/admin/accounts/new", "/admin/audit", "/admin/password"));
			while (!queue.isEmpty() && kinds.size() < MAX_ADMIN_PAGES) {
				String path = queue.poll();
				if (!kinds.add(kind(path))) {
					continue;
				}
				int status = session.go(path).status();
				if (status != 200) {
					audit.problem("GET " + path + " answered " + status + " to a signed-in administrator");
					continue;
				}
				audit.check(session, "admin" + kind(path).replaceAll("[^A-Za-z0-9]+", "-"));
				adminLinks(session).stream().filter(link -> !kinds.contains(kind(link))).forEach(queue::add);
			}
			assertOnlyTheAppWasAsked(session);
		}
		assertThat(kinds).as("kinds of admin page reached").hasSizeGreaterThan(5).hasSizeLessThan(MAX_ADMIN_PAGES);
		audit.assertClean();
	}

	/**
	 * Forms that create something or change a password, sent empty: each must answer with its page
	 * again, naming what is missing. Only such forms are sent, so no draft content changes (on
	 * PostgreSQL the database is shared with the rest of the suite).
	 */
	@Test
	void emptyAdminFormsShowTheirValidationMessages() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			session.go("/admin/sign-in");
			signIn(session, ADMIN_USERNAME, ADMIN_PASSWORD);
			for (String path : List.of("/admin/accounts/new", "/admin/password", "/admin/criteria/new",
					"/admin/test-cases/new", "/admin/crisis-resources/new", "/admin/comparison-rows/new",
					"/admin/value-statements/new")) {
				assertThat(session.go(path).status()).as("GET " + path).isEqualTo(200);
				assertThat(session.path()).as("still signed in at " + path).isEqualTo(path);
				Locator form = page.locator("main form[method=post]:has(button[type=submit]):not([action*='sign-out'])").first();
				for (Locator field : form.locator("input[type=text], input[type=password], input:not([type]), textarea").all()) {
					field.fill("");
				}
				session.follow(form.locator("button[type=submit]").first());
				Response shown = session.traffic().lastDocument();
				if (!shown.request().method().equals("POST")) {
					audit.problem("an empty form on " + path + " was accepted (now at " + session.path() + ")");
					continue;
				}
				if (page.locator(".field-error, .error-summary, [aria-invalid=true]").count() == 0) {
					audit.problem("an empty form on " + path + " came back without a message beside a field");
				}
				audit.check(session, "admin" + kind(path).replaceAll("[^A-Za-z0-9]+", "-") + "-error");
			}
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	/**
	 * Pages that differ only in an item's id or a query value share a template: one of each is
	 * checked (the admin area has a page per criterion, question and text).
	 */
	static String kind(String path) {
		return path.replaceAll("/\\d+(?=/|$|\\?)", "/{id}").replaceAll("=[^&]*", "=");
	}

	@Test
	void pagesOfOneKindDifferOnlyInIdsAndQueryValues() {
		assertThat(kind("/admin/criteria/12")).isEqualTo(kind("/admin/criteria/3")).isEqualTo("/admin/criteria/{id}");
		assertThat(kind("/admin/criteria/12/history")).isEqualTo("/admin/criteria/{id}/history");
		assertThat(kind("/admin/questions/new?section=goals")).isEqualTo(kind("/admin/questions/new?section=practical"));
		assertThat(kind("/admin/v2/diff")).isEqualTo("/admin/v2/diff");
		assertThat(kind("/admin/criteria")).isNotEqualTo(kind("/admin/criteria/new"));
	}

	private static void signIn(BrowserSession session, String username, String password) {
		Page page = session.page();
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		session.follow(page.locator("main form button[type=submit], main form input[type=submit]").first());
	}

	/** Links to other admin pages: same origin, under /admin, never signing out, never a download (a CSV is no page). */
	private static Set<String> adminLinks(BrowserSession session) {
		Set<String> links = new LinkedHashSet<>();
		for (Locator a : session.page().locator("a[href]:not([download])").all()) {
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
