package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * The insights chart in a real browser: seeded counts of a rules version of its own, grouped by week
 * and by month, through axe-core and the Nu checker with screenshots at 375 and 1280 px
 * (target/screenshots/insights-*.png), and with the page's CSP enforced.
 */
class InsightsInBrowserTest extends AppInBrowser {

	static final int VERSION = 97100;

	static final String[] OUTCOMES = { "URGENT_SUPPORT", "THERAPY", "COACHING", "BOTH", "EXPLORE" };

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theChartPassesTheChecksAtAPhonesAndADesktopsWidth() throws Exception {
		seed();
		PageAudit audit = new PageAudit(true);
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			signIn(session);
			for (String by : new String[] { "week", "month" }) {
				assertThat(session.go("/admin/insights?days=120&by=" + by + "&version=" + VERSION).status()).isEqualTo(200);
				Page page = session.page();
				assertThat(page.locator("svg.insights-chart[role=img] > title").textContent()).contains("Results per " + by);
				assertThat(page.locator("svg.insights-chart rect[fill='url(#insights-fill-withheld)']").count())
					.as("withheld counts drawn as hatched blocks").isPositive();
				assertThat(page.locator("#outcome-table td.withheld").count()).isPositive();
				assertThat(page.locator("#outcome-table td").allTextContents()).doesNotContain("3", "2", "1", "4");
				audit.check(session, by.equals("week") ? "insights" : "insights-month");
			}
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
		assertThat(Files.exists(Screenshots.DIRECTORY.resolve("insights-375.png"))).isTrue();
		assertThat(Files.exists(Screenshots.DIRECTORY.resolve("insights-1280.png"))).isTrue();
	}

	@Test
	void nothingIsRefusedUnderTheContentSecurityPolicy() {
		seed();
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			signIn(session);
			assertThat(session.go("/admin/insights?days=120&by=week&version=" + VERSION).status()).isEqualTo(200);
			assertThat(session.page().locator("svg.insights-chart rect").count()).isGreaterThan(10);
			assertOnlyTheAppWasAsked(session);
		}
	}

	/** Four months of counts, with some from 1 to 4 among them. */
	private void seed() {
		jdbc.update("DELETE FROM outcome_daily_count WHERE rule_set_version = ?", VERSION);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int d = 0; d < 110; d += 3) {
			for (int o = 0; o < OUTCOMES.length; o++) {
				long count = (d * 7 + o * 13) % 11 + (o == 0 ? 0 : 2 * o);
				if (count > 0) {
					jdbc.update("INSERT INTO outcome_daily_count (result_day, outcome, rule_set_version, result_count)"
							+ " VALUES (?, ?, ?, ?)", today.minusDays(d), OUTCOMES[o], VERSION, count);
				}
			}
		}
	}

	private static void signIn(BrowserSession session) {
		session.go("/admin/sign-in");
		Page page = session.page();
		page.locator("input[name=username]").fill(ADMIN_USERNAME);
		page.locator("input[name=password]").fill(ADMIN_PASSWORD);
		session.follow(page.locator("main form button[type=submit]").first());
		assertThat(session.path()).startsWith("/admin").isNotEqualTo("/admin/sign-in");
	}
}
