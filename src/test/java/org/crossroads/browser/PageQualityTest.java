package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Every visitor and admin page, and every error state, checked with axe-core (WCAG 2.2 AA tags) and
 * the Nu HTML checker, and photographed at 375 and 1280 px wide under target/screenshots.
 */
class PageQualityTest extends AppInBrowser {

	@Test
	void informationPages() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			for (Map.Entry<String, String> page : Map.of("home", "/", "compare", "/compare", "about", "/about", "privacy",
					"/privacy").entrySet()) {
				assertThat(session.go(page.getValue()).status()).as(page.getValue()).isEqualTo(200);
				audit.check(session, page.getKey());
			}
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	@Test
	void questionnaireStepsTheirErrorStatesAndCrisisHelp() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			Map<String, String> answers = AnswerSets.BOTH.answers();
			audit.check(session, "step-1");
			questionnaire.press("next");
			assertThat(page.locator("div.error-summary").count()).isOne();
			audit.check(session, "step-1-error");
			questionnaire.answer(answers);
			questionnaire.press("next");
			audit.check(session, "step-2");
			questionnaire.press("next");
			assertThat(page.locator("div.error-summary").count()).isOne();
			audit.check(session, "step-2-error");
			questionnaire.answer(answers);
			questionnaire.press("next");
			audit.check(session, "step-3");
			questionnaire.press("finish");
			assertThat(page.locator("div.error-summary").count()).isOne();
			audit.check(session, "step-3-error");

			session.startAssessment();
			page.evaluate("() => { const r = document.getElementById('trauma--yes'); r.value = 'not-an-option'; r.checked = true; }");
			questionnaire.press("next");
			assertThat(session.traffic().lastDocument().status()).as("a made-up option").isBetween(400, 499);
			assertThat(page.locator("p.field-error, div.error-summary").count()).as("an inline message").isPositive();
			audit.check(session, "step-1-invalid-value");

			session.startAssessment().answer(AnswerSets.URGENT_SUPPORT.answers());
			questionnaire.press("next");
			assertThat(page.locator("section#crisis-help").count()).isOne();
			audit.check(session, "step-2-crisis-help");
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	@Test
	void resultOfEveryOutcomeTheDeleteConfirmationAndNotFound() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			for (AnswerSets.Visitor visitor : AnswerSets.ALL) {
				session.startAssessment().complete(visitor.answers());
				assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
				audit.check(session, "result-" + visitor.name());
			}
			String lastResult = session.path();
			page.goBack();
			assertThat(page.locator("main.draft-finished").count()).as("Back from a result").isOne();
			audit.check(session, "draft-finished");
			assertThat(session.go(lastResult + "/print").status()).isEqualTo(200);
			audit.check(session, "result-print-view");
			session.go(lastResult);
			session.follow(page.locator("a#delete-result"));
			assertThat(page.locator("form#delete-confirm").count()).isOne();
			audit.check(session, "result-delete-confirmation");
			session.follow(page.locator("form#delete-confirm button[type=submit]"));
			audit.check(session, "result-deleted");
			// a client error other than 404: the page asked with a method it does not take
			page.route(session.url("/privacy"), route -> route.resume(new Route.ResumeOptions().setMethod("PUT")));
			assertThat(session.go("/privacy").status()).as("PUT of a page").isEqualTo(405);
			page.unroute(session.url("/privacy"));
			audit.check(session, "client-error");
			assertThat(session.go("/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
			audit.check(session, "not-found-result");
			assertThat(session.go("/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/2").status()).as("a draft not kept").isEqualTo(404);
			audit.check(session, "draft-gone");
			assertThat(session.go("/no-such-page").status()).isEqualTo(404);
			audit.check(session, "not-found-page");
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	@Test
	void whatMattersStepItsErrorStateAndTheResultWithTheAnswers() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.BOTH.answers());
			session.follow(page.locator("a#values-start"));
			assertThat(page.locator("form#values-form").count()).isOne();
			audit.check(session, "values-step");
			session.follow(page.locator("form#values-form button[type=submit]"));
			assertThat(page.locator("div.error-summary").count()).isOne();
			audit.check(session, "values-step-error");
			page.locator("label[for='rating-diagnosis--very']").click();
			page.locator("label[for='rating-concrete-goal--somewhat']").click();
			for (String item : List.of("sure", "understand", "risk-benefit", "encouragement")) {
				page.locator("label[for='sure-" + item + "--" + (item.equals("understand") ? "no" : "yes") + "']").click();
			}
			session.follow(page.locator("form#values-form button[type=submit]"));
			assertThat(page.locator("#sure-outcome").count()).isOne();
			audit.check(session, "result-with-values");
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

}
