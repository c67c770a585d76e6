package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Page;

/** The result page as a visitor on a phone meets it: a calm urgent result, and a delete that asks first. */
class ResultInBrowserTest extends AppInBrowser {

	static final int PHONE_WIDTH = 375;

	/** The full height of the page at a phone's width, in CSS pixels. */
	static int heightOnAPhone(Page page) {
		page.setViewportSize(PHONE_WIDTH, 800);
		return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
	}

	@Test
	void theUrgentResultShowsHelpAndNextStepsWithoutScoreBarsOrComparison() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.URGENT_SUPPORT.answers());
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");
			assertThat(page.locator("main section#crisis-help").isVisible()).isTrue();
			assertThat(page.locator("main section.next-steps li").count()).isPositive();
			assertThat(page.locator("main .private-link a").isVisible()).isTrue();
			assertThat(page.locator("main a#delete-result").isVisible()).isTrue();
			assertThat(page.locator("main meter").count()).as("score bars").isZero();
			assertThat(page.locator("main #reasons, main section.paths, main table").count()).as("reasons, comparison")
				.isZero();
			int height = heightOnAPhone(page);
			BrowserReport.weight("height of the URGENT_SUPPORT result at 375 px", height + " px");
			Screenshots.take(page, "result-urgent-support-phone", PHONE_WIDTH);
			assertOnlyTheAppWasAsked(session);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void deletingNeedsTheConfirmationPage(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.THERAPY.answers());
			String result = session.path();
			String api = session.url("/api/v1/assessments/" + result.substring("/results/".length()));

			session.follow(page.locator("a#delete-result"));
			assertThat(session.path()).isEqualTo(result + "/delete");
			assertThat(page.locator("h1").innerText()).isEqualTo("Delete your result?");
			assertThat(page.request().get(api).status()).as("asking deletes nothing").isEqualTo(200);

			session.follow(page.locator("a#keep-result"));
			assertThat(session.path()).isEqualTo(result);
			assertThat(page.request().get(api).status()).as("kept").isEqualTo(200);

			session.follow(page.locator("a#delete-result"));
			session.follow(page.locator("form#delete-confirm button[type=submit]"));
			assertThat(session.path()).isEqualTo("/results/deleted");
			assertThat(page.request().get(api).status()).as("deleted for good").isEqualTo(404);
			assertThat(session.go(result).status()).isEqualTo(404);
			assertOnlyTheAppWasAsked(session);
		}
	}
}
