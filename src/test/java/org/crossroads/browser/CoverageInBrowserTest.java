package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.crossroads.admin.publishing.Drafts;
import org.crossroads.admin.publishing.Publishing;
import org.crossroads.ruleset.RuleSetRepository;

/**
 * An editor adds an option, sees the coverage gap it opens in the preview, makes a test case for it
 * from the prefilled form, sees the coverage full and publishes. The preview with the gap and the
 * prefilled form go through axe-core and the Nu checker, with screenshots.
 */
class CoverageInBrowserTest extends AppInBrowser {

	private static final String GAP = "option:format:online";

	@Autowired
	Publishing publishing;

	@Autowired
	Drafts drafts;

	@Autowired
	RuleSetRepository ruleSets;

	@Test
	void aGapIsFilledFromThePreviewAndTheDraftPublishes() {
		int before = ruleSets.latestPublishedNumber().orElseThrow();
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			session.go("/admin/sign-in");
			page.locator("input[name=username]").fill(ADMIN_USERNAME);
			page.locator("input[name=password]").fill(ADMIN_PASSWORD);
			session.follow(page.locator("main form button[type=submit]").first());

			session.go("/admin/questions");
			session.follow(page.locator("main a", new Page.LocatorOptions().setHasText("format")).first());
			Locator addOption = page.locator("form[action$='/options']");
			addOption.locator("input[name=key]").fill("online");
			addOption.locator("input[name=label]").fill("Online sessions");
			addOption.locator("input[name=score]").fill("0");
			session.follow(addOption.locator("button[type=submit]"));

			session.go("/admin/preview");
			Locator gap = page.locator("#coverage-gaps li[data-gap='" + GAP + "']");
			assertThat(gap.innerText()).contains("No test case chooses “Online sessions” for “Preferred format”.");
			assertThat(page.locator("#coverage-full").count()).isZero();
			audit.check(session, "admin-preview-coverage-gap");

			session.follow(gap.locator("a.admin-gap-fill"));
			assertThat(session.path()).isEqualTo("/admin/test-cases/new");
			assertThat(page.locator("#gap-filled").innerText()).contains("These answers fill the gap");
			assertThat(page.locator("#answer-format").inputValue()).isEqualTo("online");
			audit.check(session, "admin-test-case-from-gap");
			Locator caseForm = page.locator("form[action$='/admin/test-cases']");
			caseForm.locator("input[name=name]").fill("Prefers online sessions");
			session.follow(caseForm.locator("button[type=submit]").first());

			assertThat(session.path()).isEqualTo("/admin/preview");
			assertThat(page.locator("#coverage-full").isVisible()).isTrue();
			assertThat(page.locator("#coverage-figures").innerText()).contains("(100 %)");
			page.locator("form[action$='/admin/publish'] textarea[name=note]").fill("An online format");
			session.follow(page.locator("form[action$='/admin/publish'] button[type=submit]"));
			assertThat(session.path()).isEqualTo("/admin/history");
			assertThat(ruleSets.latestPublishedNumber().orElseThrow()).isEqualTo(before + 1);
			assertOnlyTheAppWasAsked(session);
		}
		finally {
			// the other browser tests expect the seeded content
			drafts.discard("browser-tests");
			if (ruleSets.latestPublishedNumber().orElseThrow() != before) {
				publishing.restore(before, "browser test cleanup", "browser-tests");
			}
		}
		audit.assertClean();
	}
}
