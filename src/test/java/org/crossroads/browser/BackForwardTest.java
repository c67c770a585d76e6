package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The browser's own Back and Forward buttons at every step, with JavaScript on and off: each lands
 * on the step with its saved answers, by a plain GET (never "Confirm Form Resubmission" /
 * ERR_CACHE_MISS), and no address in the history holds an answer.
 */
class BackForwardTest extends AppInBrowser {

	private static final String STEP_PATH = "/assessment/[A-Za-z0-9_-]{32}/[1-3]";

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void backAndForwardLandOnTheStepWithItsAnswersAtEveryStep(BrowserSession.Mode mode) {
		Map<String, String> answers = AnswerSets.BOTH.answers();
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			List<List<String>> answered = new ArrayList<>();

			answered.add(questionnaire.answer(answers));
			questionnaire.press("next");
			assertStep(session, questionnaire, 2, answers, List.of(), null);
			assertStep(session, questionnaire, 1, answers, answered.get(0), page::goBack);
			assertStep(session, questionnaire, 2, answers, List.of(), page::goForward);

			answered.add(questionnaire.answer(answers));
			questionnaire.press("next");
			assertStep(session, questionnaire, 3, answers, List.of(), null);
			assertStep(session, questionnaire, 2, answers, answered.get(1), page::goBack);
			assertStep(session, questionnaire, 1, answers, answered.get(0), page::goBack);
			assertStep(session, questionnaire, 2, answers, answered.get(1), page::goForward);
			assertStep(session, questionnaire, 3, answers, List.of(), page::goForward);

			answered.add(questionnaire.answer(answers));
			questionnaire.press("finish");
			assertThat(session.path()).matches(VisitorFlowTest.RESULT_PATH);
			String result = session.path();

			// Back from the result: the answers went into it, so a page leads back to it or to a new start
			Response back = page.goBack();
			assertThat(back).as("a navigation, not an error page of the browser").isNotNull();
			assertNoBrowserError(page);
			assertThat(back.status()).isEqualTo(200);
			assertThat(page.locator("main.draft-finished a#see-result").getAttribute("href")).isEqualTo(result);
			assertThat(page.locator("main.draft-finished a.button[href='/assessment']").count()).isOne();
			assertThat(page.locator(Questionnaire.FORM).count()).isZero();

			Response forward = page.goForward();
			assertThat(forward).isNotNull();
			assertThat(forward.status()).isEqualTo(200);
			assertThat(session.path()).isEqualTo(result);
			assertOnlyTheAppWasAsked(session);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void backAfterAStepWithMissingAnswersShowsNoResubmissionPage(BrowserSession.Mode mode) {
		Map<String, String> answers = AnswerSets.EXPLORE.answers();
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			questionnaire.choose("trauma", answers.get("trauma"));
			questionnaire.press("next");
			assertThat(page.locator("div.error-summary").count()).isOne();
			// the browser applies autofocus at its next rendering update, not as the page loads
			page.waitForFunction("() => document.activeElement.classList.contains('error-summary')", null,
					new Page.WaitForFunctionOptions().setPollingInterval(50).setTimeout(5000));
			assertThat(page.evaluate("() => document.activeElement.classList.contains('error-summary')"))
				.as("focus on the error summary (autofocus without JavaScript)").isEqualTo(true);
			List<String> rest = questionnaire.answer(answers);
			questionnaire.press("next");
			assertStep(session, questionnaire, 2, answers, List.of(), null);
			assertStep(session, questionnaire, 1, answers, rest, page::goBack);
		}
	}

	/**
	 * The page is step {@code n}, reached by a GET answered 200 (when {@code navigation} is given),
	 * its title is the step's, the given questions show their answers, and the address is the bare
	 * step address.
	 */
	private static void assertStep(BrowserSession session, Questionnaire questionnaire, int n,
			Map<String, String> answers, List<String> kept, Supplier<Response> navigation) {
		Page page = session.page();
		if (navigation != null) {
			Response response = navigation.get();
			assertThat(response).as("Back or Forward to step %d loads the page", n).isNotNull();
			assertThat(response.status()).as("status of step %d", n).isEqualTo(200);
			assertThat(response.request().method()).isEqualTo("GET");
		}
		assertNoBrowserError(page);
		assertThat(page.title()).as("title").startsWith("Step " + n + " of 3");
		assertThat(questionnaire.step()).isEqualTo(n);
		assertThat(questionnaire.showsStep(n)).isTrue();
		for (String question : kept) {
			assertThat(questionnaire.chosen(question)).as("answer to %s on step %d", question, n)
				.isEqualTo(answers.get(question));
		}
		assertThat(session.path()).matches(STEP_PATH).endsWith("/" + n);
		assertThat(page.url()).doesNotContain("?").doesNotContain("#");
		answers.keySet().forEach(question -> assertThat(page.url()).doesNotContain(question));
	}

	private static void assertNoBrowserError(Page page) {
		assertThat(page.url()).doesNotStartWith("chrome-error:");
		String text = page.content();
		assertThat(text).doesNotContain("ERR_CACHE_MISS").doesNotContain("Confirm Form Resubmission");
	}
}
