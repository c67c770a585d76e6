package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import ca.uhn.fhir.context.FhirContext;
import org.crossroads.fhir.FhirValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the result offers beyond the verdict, for a visitor who reaches each outcome in Chromium: how settled the
 * result is (never on the urgent result), the optional "what matters to you" step skipped and then taken, and the
 * record for a clinician downloaded and accepted by the FHIR R4 validator.
 */
class DecisionAidInBrowserTest extends AppInBrowser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FhirValidation validation;

	@BeforeAll
	static void validator() {
		validation = new FhirValidation(FhirContext.forR4Cached());
	}

	static List<AnswerSets.Visitor> everyOutcome() {
		return AnswerSets.ALL;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyOutcome")
	void theResultSaysHowSettledItIsOffersWhatMattersAndDownloadsAValidRecord(AnswerSets.Visitor visitor)
			throws IOException {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			Page page = session.page();
			session.startAssessment().complete(visitor.answers());
			String result = session.path();
			assertThat(result).matches(VisitorFlowTest.RESULT_PATH);
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			JsonNode stored = JSON.readTree(page.request().get(session.url("/api/v1/assessments/" + result.substring(9))).text());

			if (visitor.outcome().equals("URGENT_SUPPORT")) {
				assertThat(page.locator("section.stability").count()).as("no stability on the urgent result").isZero();
				assertThat(page.locator("a#values-start").count()).as("no values step on the urgent result").isZero();
				assertThat(stored.get("stability").isNull()).isTrue();
			}
			else {
				assertStabilityAgreesWithTheApi(page, stored.get("stability"));
				skipThenTakeTheValuesStep(session, result);
			}

			// the first record of a run also builds the FHIR context, which takes seconds on a busy machine
			Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
					() -> page.locator("a[href*='/fhir']").click());
			assertThat(download.suggestedFilename()).endsWith(".json");
			String record = Files.readString(download.path(), StandardCharsets.UTF_8);
			JsonNode response = JSON.readTree(record);
			assertThat(response.get("resourceType").asString()).isEqualTo("QuestionnaireResponse");
			APIResponse questionnaire = page.request().get(response.get("questionnaire").asString()
				.replaceFirst("^https?://[^/]+", session.url("")));
			assertThat(questionnaire.status()).as("the questionnaire the record names").isEqualTo(200);
			validation.know(questionnaire.text());
			assertThat(validation.validate(record)).as("validator errors and warnings on the downloaded record")
				.filteredOn(FhirValidation.Message::problem).isEmpty();
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	/** The section comes after the reasons and says in words what the API says in fields. */
	private static void assertStabilityAgreesWithTheApi(Page page, JsonNode stability) {
		assertThat(page.locator("section.stability").count()).isOne();
		assertThat((Boolean) page.evaluate("""
				() => { const r = document.querySelector('#reasons'), s = document.querySelector('section.stability');
				        return !r || !!(r.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING); }"""))
			.as("stability below the reasons").isTrue();
		String verdict = stability.get("verdict").asString();
		assertThat(page.locator("section.stability").getAttribute("data-verdict")).isEqualTo(verdict);
		assertThat(page.locator("section.stability .stability-verdict").innerText())
			.startsWith(verdict.equals("clear") ? "This result is clear" : "This result is a close call");
		assertThat(page.locator("section.stability .stability-scores li").count()).isEqualTo(stability.get("scores").size());
		List<String> shown = page.locator("section.stability .stability-tipping li").all().stream()
			.map(li -> li.getAttribute("data-question") + "->" + li.getAttribute("data-outcome"))
			.toList();
		List<String> fromApi = stability.get("tipping").valueStream()
			.map(t -> t.get("question").asString() + "->" + t.get("outcome").asString())
			.toList();
		assertThat(shown).as("the answers that decided it").isEqualTo(fromApi);
		assertThat(shown).as("the self-harm answer is never proposed").noneMatch(s -> s.startsWith("self-harm->"));
		if (verdict.equals("close")) {
			assertThat(shown).isNotEmpty();
		}
	}

	private static void skipThenTakeTheValuesStep(BrowserSession session, String result) {
		Page page = session.page();
		session.follow(page.locator("a#values-start"));
		assertThat(session.path()).isEqualTo(result + "/values");
		session.follow(page.locator("a#values-skip"));
		assertThat(session.path()).isEqualTo(result);
		assertThat(page.locator("#sure-outcome, section#values li[data-statement]").count()).as("skipping stores nothing")
			.isZero();

		session.follow(page.locator("a#values-start"));
		page.locator("label[for='rating-concrete-goal--very']").click();
		page.locator("label[for='rating-results-soon--somewhat']").click();
		for (String item : List.of("sure", "understand", "risk-benefit", "encouragement")) {
			page.locator("label[for='sure-" + item + "--" + (item.equals("sure") ? "no" : "yes") + "']").click();
		}
		session.follow(page.locator("form#values-form button[type=submit]"));
		assertThat(session.path()).isEqualTo(result);
		assertThat(page.locator("section#values li[data-statement]").allInnerTexts()).hasSize(2);
		assertThat(page.locator("#sure-outcome").getAttribute("data-score")).isEqualTo("3");
		assertThat(page.locator("#sure-outcome").innerText()).contains("You may not feel ready to decide yet");
	}
}
