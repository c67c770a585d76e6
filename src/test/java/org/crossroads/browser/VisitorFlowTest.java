package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A visitor's way through the assessment, in Chromium, with JavaScript on and off. */
class VisitorFlowTest extends AppInBrowser {

	static final String RESULT_PATH = "/results/[A-Za-z0-9_-]{32}";

	/** A step's address: the draft id and the step number, never an answer. */
	static final String STEP_PATH = "/assessment/[A-Za-z0-9_-]{32}/[1-9]";

	static Stream<Arguments> everyOutcomeWithAndWithoutJavaScript() {
		List<Arguments> cases = new ArrayList<>();
		for (BrowserSession.Mode mode : List.of(BrowserSession.Mode.VISITOR, BrowserSession.Mode.NO_JAVASCRIPT)) {
			AnswerSets.ALL.forEach(visitor -> cases.add(Arguments.of(visitor, mode)));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("everyOutcomeWithAndWithoutJavaScript")
	void aVisitorReachesTheExpectedOutcomeWithItsReasons(AnswerSets.Visitor visitor, BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			session.go("/");
			session.follow(page.locator("a#start"));
			assertThat(session.path()).matches(STEP_PATH).endsWith("/1");
			Questionnaire questionnaire = new Questionnaire(page);
			assertThat(questionnaire.step()).isEqualTo(1);
			assertThat(questionnaire.showsStep(1)).as("'Step 1 of 3' is shown").isTrue();

			questionnaire.complete(visitor.answers());

			assertThat(session.path()).matches(RESULT_PATH);
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			assertThat(page.locator("h1").innerText()).contains(visitor.headline());
			List<String> reasons = page.locator("ul#reasons li").allInnerTexts();
			// the urgent result lists no reasons: crisis help and what to do next come alone
			List<String> expected = visitor.outcome().equals("URGENT_SUPPORT") ? List.of() : visitor.reasons();
			assertThat(reasons).hasSameSizeAs(expected);
			for (String title : expected) {
				assertThat(reasons).as("a reason titled '%s'", title).anySatisfy(li -> assertThat(li).contains(title));
			}
			if (visitor.outcome().equals("URGENT_SUPPORT")) {
				assertCrisisHelpComesFirst(page);
				assertThat(page.locator("main meter").count()).as("no score bar on the urgent result").isZero();
			}
			else {
				assertScoresShownAsBarsAndInWords(page, visitor.therapy(), visitor.coaching());
			}
			assertThat(page.locator("a#delete-result").getAttribute("href")).isEqualTo(session.path() + "/delete");
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	/** The optional step after the result: skipped in one click, or taken, with and without JavaScript. */
	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void theWhatMattersStepIsSkippedOrTaken(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.COACHING.answers());
			String result = session.path();
			assertThat(result).matches(RESULT_PATH);

			session.follow(page.locator("a#values-start"));
			assertThat(session.path()).isEqualTo(result + "/values");
			session.follow(page.locator("a#values-skip"));
			assertThat(session.path()).isEqualTo(result);
			assertThat(page.locator("#sure-outcome").count()).as("skipping stores nothing").isZero();
			assertThat(page.locator("a#values-start").count()).isOne();

			session.follow(page.locator("a#values-start"));
			page.locator("label[for='rating-licensed-professional--very']").click();
			for (String item : List.of("sure", "understand", "risk-benefit", "encouragement")) {
				page.locator("label[for='sure-" + item + "--yes']").click();
			}
			session.follow(page.locator("form#values-form button[type=submit]"));
			assertThat(session.path()).isEqualTo(result);
			assertThat(page.locator("section#values li[data-statement]").count()).isOne();
			assertThat(page.locator("li[data-statement=licensed-professional] .path-therapy").innerText())
				.contains("Strict rules and a licence by law");
			assertThat(page.locator("#sure-outcome").getAttribute("data-score")).isEqualTo("4");
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void backAndNextKeepTheAnswersOfEveryStep(BrowserSession.Mode mode) {
		AnswerSets.Visitor visitor = AnswerSets.BOTH;
		try (BrowserSession session = open(mode)) {
			Questionnaire questionnaire = session.startAssessment();
			List<String> step1 = questionnaire.answer(visitor.answers());
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertThat(questionnaire.showsStep(2)).isTrue();
			assertThat(questionnaire.hiddenFields()).as("no answers carried in the page").containsExactly("version");
			assertThat(session.path()).matches(STEP_PATH);
			assertThat(session.page().url()).doesNotContain("?");
			List<String> step2 = questionnaire.answer(visitor.answers());

			questionnaire.press("back");
			assertThat(questionnaire.step()).isEqualTo(1);
			assertChosen(questionnaire, visitor.answers(), step1);

			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertChosen(questionnaire, visitor.answers(), step2);

			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(3);
			assertThat(questionnaire.showsStep(3)).isTrue();
			List<String> step3 = questionnaire.answer(visitor.answers());
			questionnaire.press("back");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertChosen(questionnaire, visitor.answers(), step2);
			questionnaire.press("next");
			assertChosen(questionnaire, visitor.answers(), step3);
			assertThat(questionnaire.button("back").count()).isOne();
			assertThat(questionnaire.button("next").count()).isZero();

			questionnaire.press("finish");
			assertThat(session.path()).matches(RESULT_PATH);
			assertThat(session.page().locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			assertOnlyTheAppWasAsked(session);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void aMissingAnswerShowsTheErrorSummaryAndTheMessageBesideTheQuestion(BrowserSession.Mode mode) {
		Map<String, String> answers = AnswerSets.EXPLORE.answers();
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			assertThat(page.locator("div.error-summary").count()).as("no error summary before submitting").isZero();
			for (String question : questionnaire.questions()) {
				if (!question.equals("phq2-mood")) {
					questionnaire.choose(question, answers.get(question));
				}
			}
			Response response = session.follow(questionnaire.button("next"));

			assertThat(response.status()).as("status of a step with a missing answer").isIn(200, 400);
			assertThat(questionnaire.step()).isEqualTo(1);
			assertThat(questionnaire.showsStep(1)).isTrue();
			Locator summary = page.locator("div.error-summary");
			assertThat(summary.count()).isOne();
			assertThat(summary.getAttribute("role")).isEqualTo("alert");
			assertThat(summary.locator("a").all()).extracting(a -> a.getAttribute("href")).containsExactly("#q-phq2-mood");
			Locator inline = page.locator("fieldset#q-phq2-mood p.field-error#phq2-mood-error");
			assertThat(inline.count()).isOne();
			assertThat(inline.innerText()).isNotBlank();
			assertThat(page.locator("p.field-error").count()).as("only the unanswered question is marked").isOne();
			for (String question : questionnaire.questions()) {
				if (!question.equals("phq2-mood")) {
					assertThat(questionnaire.chosen(question)).as("answer to %s kept", question).isEqualTo(answers.get(question));
				}
			}

			summary.locator("a").click();
			if (mode == BrowserSession.Mode.NO_JAVASCRIPT) {
				assertThat(page.url()).as("the summary link goes to the question").endsWith("#q-phq2-mood");
			}
			else {
				assertThat(page.evaluate("() => document.activeElement.closest('fieldset')?.id"))
					.as("the summary link moves focus into the question").isEqualTo("q-phq2-mood");
			}
			waitUntilStill(page.locator("fieldset#q-phq2-mood"));

			questionnaire.choose("phq2-mood", answers.get("phq2-mood"));
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertThat(page.locator("div.error-summary").count()).isZero();
			assertOnlyTheAppWasAsked(session);
		}
	}

	@Test
	void anEmptyStepListsEveryRequiredQuestionAndOptionalOnesAreNeverDemanded() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			List<String> step1 = questionnaire.questions();
			questionnaire.press("next");
			assertThat(page.locator("div.error-summary a").all()).extracting(a -> a.getAttribute("href"))
				.containsExactlyElementsOf(step1.stream().map(q -> "#q-" + q).toList());
			for (String question : step1) {
				assertThat(page.locator("fieldset#q-" + question + " p.field-error#" + question + "-error").count())
					.as("inline message for %s", question).isOne();
			}

			questionnaire.answer(AnswerSets.EXPLORE.answers());
			questionnaire.press("next");
			questionnaire.answer(AnswerSets.EXPLORE.answers());
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(3);
			questionnaire.press("finish");
			assertThat(questionnaire.step()).as("finish without the required documentation answer").isEqualTo(3);
			assertThat(page.locator("div.error-summary a").all()).extracting(a -> a.getAttribute("href"))
				.containsExactly("#q-documentation");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void aSelfHarmAnswerShowsCrisisHelpFirstOnTheVeryNextPage(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			assertThat(page.locator("section#crisis-help").count()).isZero();
			questionnaire.answer(AnswerSets.URGENT_SUPPORT.answers());
			questionnaire.press("next");

			assertThat(questionnaire.step()).isEqualTo(2);
			assertCrisisHelpComesFirst(page);
			assertOnlyTheAppWasAsked(session);
		}
	}

	@Test
	void noCrisisHelpInterruptsAVisitorWhoReportsNoSelfHarmThoughts() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Questionnaire questionnaire = session.startAssessment();
			questionnaire.answer(AnswerSets.EXPLORE.answers());
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertThat(session.page().locator("section#crisis-help").count()).isZero();
			assertThat(session.page().locator("p.crisis-line").count()).as("the footer line stays").isOne();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void deletingAResultMakesItsLinkAnswerNotFound(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.COACHING.answers());
			String resultPath = session.path();
			assertThat(resultPath).matches(RESULT_PATH);

			session.follow(page.locator("a#delete-result"));
			Response confirmation = session.follow(page.locator("form#delete-confirm button[type=submit]"));
			assertThat(confirmation.status()).isEqualTo(200);
			assertThat(page.locator("h1").innerText()).isNotBlank();
			assertThat(page.locator("main").getAttribute("data-outcome")).isNull();

			Response gone = session.go(resultPath);
			assertThat(gone.status()).isEqualTo(404);
			assertThat(page.locator("main").getAttribute("data-outcome")).isNull();
			assertThat(page.locator("p.crisis-line").count()).isOne();
			assertThat(page.request().get(session.url("/api/v1/assessments/" + resultPath.substring(9))).status())
				.as("the API agrees the result is gone").isEqualTo(404);
			assertOnlyTheAppWasAsked(session);
		}
	}

	@Test
	void theResultPrintsWithoutNavigationOrFormsAndHasAPrintViewThatNeedsNoJavaScript() {
		try (BrowserSession session = open(BrowserSession.Mode.NO_JAVASCRIPT)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.URGENT_SUPPORT.answers());
			String result = session.path();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
			assertThat(page.locator("main h1").isVisible()).isTrue();
			assertThat(page.locator("section.next-steps").isVisible()).isTrue();
			assertThat(page.locator("section#crisis-help").isVisible()).as("crisis help is printed").isTrue();
			assertThat(page.locator("#delete-result").isVisible()).as("delete is not printed").isFalse();
			for (Locator nav : page.locator("nav").all()) {
				assertThat(nav.isVisible()).as("navigation is not printed").isFalse();
			}
			page.pdf(new Page.PdfOptions().setPath(Screenshots.DIRECTORY.resolve("result-urgent-support-print.pdf")));
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

			Locator printView = page.locator("main a[href$='" + result + "/print']");
			assertThat(printView.count()).as("a link to the print view").isOne();
			session.follow(printView);
			assertThat(session.path()).isEqualTo(result + "/print");
			assertThat(session.traffic().lastDocument().status()).isEqualTo(200);
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");
			assertThat(page.locator("section.answers dt").count()).as("the answers, to show a professional").isPositive();
			assertOnlyTheAppWasAsked(session);
		}
	}

	@Test
	void unknownAndMalformedResultIdsAnswerTheNotFoundPage() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			for (String path : List.of("/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/results/not-an-id",
					"/results/" + "A".repeat(33), "/no-such-page")) {
				Response response = session.go(path);
				assertThat(response.status()).as(path).isEqualTo(404);
				assertThat(response.headerValue("content-type")).as(path).startsWith("text/html");
				assertThat(session.page().locator("h1").count()).as(path).isOne();
				assertThat(session.page().locator("p.crisis-line").count()).as(path).isOne();
			}
		}
	}

	@Test
	void theHomePageLeadsToTheAssessmentAndTheComparison() {
		try (BrowserSession session = open(BrowserSession.Mode.NO_JAVASCRIPT)) {
			Page page = session.page();
			Response home = session.go("/");
			assertThat(home.status()).isEqualTo(200);
			assertThat(page.locator("a#start").getAttribute("href")).endsWith("/assessment");
			assertThat(page.locator("main a[href$='/compare']").count()).isPositive();
			assertThat(page.locator("main").innerText()).as("the retention period from crossroads.retention").contains("30");
			for (String path : List.of("/compare", "/about", "/privacy")) {
				assertThat(session.go(path).status()).as(path).isEqualTo(200);
				assertThat(page.locator("h1").count()).as(path).isOne();
			}
			assertOnlyTheAppWasAsked(session);
		}
	}

	@Test
	void theSkipLinkIsTheFirstThingTheKeyboardReachesAndLeadsIntoTheMainContent() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			session.startAssessment();
			page.keyboard().press("Tab");
			assertThat(page.evaluate("() => document.activeElement.getAttribute('href')")).isEqualTo("#main");
			assertThat(hasVisibleFocus(page)).as("the focused skip link is visibly marked").isTrue();
			page.keyboard().press("Enter");
			// the key press reaches the link asynchronously: wait (bounded) for the fragment to change
			page.waitForURL(url -> url.endsWith("#main"), new Page.WaitForURLOptions().setTimeout(5_000));
			assertThat(page.url()).endsWith("#main");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("() => document.activeElement.closest('main') !== null"))
				.as("after the skip link, the next Tab lands inside main").isEqualTo(true);
		}
	}

	@Test
	void aVisitorCanAnswerAStepWithTheKeyboardAloneAndSeesWhereTheFocusIs() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			List<String> questions = questionnaire.questions();
			List<String> focusedWithoutMark = new ArrayList<>();
			int groupsAnswered = 0;
			for (int presses = 0; presses < 100 && groupsAnswered < questions.size(); presses++) {
				page.keyboard().press("Tab");
				if (!hasVisibleFocus(page)) {
					focusedWithoutMark.add(String.valueOf(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)")));
				}
				if ("radio".equals(page.evaluate("() => document.activeElement.type"))) {
					page.keyboard().press("Space");
					groupsAnswered++;
				}
			}
			for (String question : questions) {
				assertThat(questionnaire.chosen(question)).as("%s answered by keyboard", question).isNotNull();
			}
			for (int presses = 0; presses < 20 && !"next".equals(page.evaluate("() => document.activeElement.value")); presses++) {
				page.keyboard().press("Tab");
			}
			assertThat(page.evaluate("() => document.activeElement.value")).isEqualTo("next");
			assertThat(hasVisibleFocus(page)).as("the focused next button is visibly marked").isTrue();
			assertThat(focusedWithoutMark).as("elements focused without a visible focus indicator").isEmpty();
			waitForDocument(session, () -> page.keyboard().press("Enter"));
			assertThat(questionnaire.step()).isEqualTo(2);
		}
	}

	/**
	 * A focus indicator: an outline or a box shadow on the focused element, or on the label or option
	 * box around it (a radio's ring is often drawn on its option).
	 */
	private static boolean hasVisibleFocus(Page page) {
		return Boolean.TRUE.equals(page.evaluate("""
				() => {
				  const el = document.activeElement;
				  if (el === document.body || !el.matches(':focus-visible')) return false;
				  const marked = node => {
				    const style = getComputedStyle(node);
				    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
				  };
				  for (let node = el, level = 0; node && level < 3; node = node.parentElement, level++) {
				    if (marked(node) && (node === el || node.contains(el))) return true;
				  }
				  return false;
				}"""));
	}

	/** Smooth scrolling to a fragment moves the page for a moment; clicking during it is flaky. */
	private static void waitUntilStill(Locator target) {
		Double previous = null;
		for (int i = 0; i < 40; i++) {
			double y = target.boundingBox().y;
			if (previous != null && previous == y) {
				return;
			}
			previous = y;
			target.page().waitForTimeout(100);
		}
		throw new AssertionError("the page kept scrolling");
	}

	@SuppressWarnings("deprecation") // see BrowserSession.followClick
	private static Response waitForDocument(BrowserSession session, Runnable action) {
		return session.page().waitForNavigation(action);
	}

	private static void assertCrisisHelpComesFirst(Page page) {
		Locator help = page.locator("section#crisis-help");
		assertThat(help.count()).as("section#crisis-help on the page").isOne();
		assertThat(help.getAttribute("role")).isIn("region", "alert");
		Locator first = page.locator("main > :first-child");
		assertThat(first.getAttribute("id")).as("the first thing in main").isEqualTo("crisis-help");
		assertThat(help.locator("a[href]").count()).as("crisis resources listed").isPositive();
	}

	/** One bar per path, therapy then coaching, each also saying its score in words. */
	private static void assertScoresShownAsBarsAndInWords(Page page, int therapy, int coaching) {
		List<Locator> bars = page.locator("main meter").all();
		assertThat(bars).as("a bar per path").hasSize(2);
		int[] expected = { therapy, coaching };
		for (int i = 0; i < 2; i++) {
			Locator bar = bars.get(i);
			assertThat(Double.parseDouble(bar.getAttribute("value"))).as("bar %d value", i).isEqualTo(expected[i]);
			String describedBy = bar.getAttribute("aria-describedby");
			assertThat(describedBy).as("bar %d is described in words", i).isNotBlank();
			String words = page.locator("[id='" + describedBy + "']").innerText();
			assertThat(words).as("bar %d says its points against the threshold", i)
				.startsWith(expected[i] + " of the ").contains(" needed to suggest ");
		}
	}

	private static void assertChosen(Questionnaire questionnaire, Map<String, String> answers, List<String> questions) {
		assertThat(questions).isNotEmpty();
		for (String question : questions) {
			assertThat(questionnaire.chosen(question)).as("answer to %s kept", question).isEqualTo(answers.get(question));
		}
	}
}
