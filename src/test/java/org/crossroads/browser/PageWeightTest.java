package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * Bytes transferred for a page with all its assets, from a browser with nothing cached (the request
 * recorder's routing also switches Chromium's HTTP cache off, so every page is weighed whole).
 */
class PageWeightTest extends AppInBrowser {

	/** "The questionnaire step weighs under 150 KB transferred, all assets included." */
	static final long STEP_BUDGET_BYTES = 150_000;

	@Test
	void everyQuestionnaireStepWeighsUnder150KbWithAllItsAssets() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			Questionnaire questionnaire = new Questionnaire(page);
			long home = weigh(session, "home", () -> session.go("/"));
			long step1 = weigh(session, "step 1", session::startAssessment);
			questionnaire.answer(AnswerSets.BOTH.answers());
			long step2 = weigh(session, "step 2", () -> questionnaire.press("next"));
			questionnaire.answer(AnswerSets.BOTH.answers());
			long step3 = weigh(session, "step 3", () -> questionnaire.press("next"));
			questionnaire.answer(AnswerSets.BOTH.answers());
			long result = weigh(session, "result (BOTH)", () -> questionnaire.press("finish"));

			assertThat(List.of(home, step1, step2, step3, result)).allSatisfy(bytes -> assertThat(bytes).isPositive());
			assertThat(step1).as("step 1 bytes").isLessThan(STEP_BUDGET_BYTES);
			assertThat(step2).as("step 2 bytes").isLessThan(STEP_BUDGET_BYTES);
			assertThat(step3).as("step 3 bytes").isLessThan(STEP_BUDGET_BYTES);
			assertOnlyTheAppWasAsked(session);
		}
	}

	private static long weigh(BrowserSession session, String name, Runnable load) {
		session.traffic().clearTransfers();
		load.run();
		session.page().waitForLoadState();
		List<Traffic.Transfer> transfers = session.traffic().transfers();
		long total = transfers.stream().mapToLong(Traffic.Transfer::bytes).sum();
		String parts = transfers.stream()
			.map(t -> t.resourceType() + " " + t.url().replaceFirst("^https?://[^/]+", "") + " " + t.bytes())
			.collect(Collectors.joining(", "));
		BrowserReport.weight(name, total + " bytes in " + transfers.size() + " requests (" + parts + ")");
		System.out.println("[browser tests] weight of " + name + ": " + total + " bytes: " + parts);
		return total;
	}
}
