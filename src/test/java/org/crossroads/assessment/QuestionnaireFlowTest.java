package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.crossroads.SeedAnswers;
import org.crossroads.ruleset.published.PublishedContent;

/** The three-step questionnaire as a browser without JavaScript uses it: post, 303, get. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class QuestionnaireFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredResultRepository results;

	@Autowired
	DraftRepository drafts;

	@Autowired
	QuestionnaireDrafts draftService;

	@Autowired
	PublishedContent published;

	QuestionnaireVisitor visitor() {
		return new QuestionnaireVisitor(mvc);
	}

	@Test
	void firstStepFollowsThePageContract() throws Exception {
		QuestionnaireVisitor v = visitor().start();
		Document page = v.page();
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		assertThat(page.selectFirst("main#main").text()).contains("Step 1 of 3");
		assertThat(page.select("form#questionnaire fieldset")).hasSize(9);
		for (Element fieldset : page.select("form#questionnaire fieldset")) {
			String key = fieldset.id().substring(2);
			assertThat(fieldset.id()).startsWith("q-");
			assertThat(fieldset.selectFirst("legend").text()).isNotBlank();
			assertThat(fieldset.select("input[type=radio]")).isNotEmpty().allSatisfy(radio -> {
				assertThat(radio.attr("name")).isEqualTo(key);
				assertThat(radio.id()).isEqualTo(key + "--" + radio.attr("value"));
				assertThat(page.select("label[for=" + radio.id() + "]")).hasSize(1);
			});
		}
		assertThat(page.selectFirst("#q-self-harm legend").text()).contains("better off dead");
		assertThat(page.select("button[name=action][value=next]")).hasSize(1);
		assertThat(page.select("button[name=action][value=back]")).isEmpty();
		assertThat(page.select("button[name=action][value=finish]")).isEmpty();
		assertThat(page.select("section#crisis-help")).isEmpty();
		assertThat(page.select(".error-summary")).isEmpty();
	}

	@Test
	void stepsTwoAndThreeHaveTheirButtonsAndKeepEarlierAnswersInTheDraft() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.page().selectFirst("main").text()).contains("Step 2 of 3");
		assertThat(v.page().select("button[name=action][value=back]")).hasSize(1);
		assertThat(v.page().select("button[name=action][value=next]")).hasSize(1);
		assertThat(v.page().select("input[name=daily-functioning], input[name=trauma]")).isEmpty();
		assertThat(drafts.findById(v.draftId()).orElseThrow().getAnswers())
			.containsEntry("daily-functioning", "a-little").containsEntry("trauma", "not-sure");

		v.answerShown(answers).press("next");
		assertThat(v.step()).isEqualTo(3);
		assertThat(v.page().selectFirst("main").text()).contains("Step 3 of 3");
		assertThat(v.page().select("button[name=action][value=finish]")).hasSize(1);
		assertThat(v.page().select("button[name=action][value=next]")).isEmpty();
		assertThat(drafts.findById(v.draftId()).orElseThrow().getAnswers()).containsEntry("focus", "both");
		assertThat(v.page().selectFirst("#q-insurance legend").text()).contains("(optional)");
	}

	@Test
	void eachOfTheFiveOutcomesCanBeReachedWithItsReasons() throws Exception {
		// the urgent page lists no reasons, only help and what to do next (the stored result keeps them)
		expect(SeedAnswers.urgent(), "URGENT_SUPPORT", List.of());
		expect(SeedAnswers.therapy(), "THERAPY", List.of("therapy.daily-life"));
		expect(SeedAnswers.coaching(), "COACHING", List.of("coaching.stuck", "coaching.growth-plan"));
		expect(SeedAnswers.both(), "BOTH", List.of("therapy.trauma", "coaching.stuck"));
		expect(SeedAnswers.quiet(), "EXPLORE", List.of());
	}

	private void expect(Map<String, String> answers, String outcome, List<String> criteria) throws Exception {
		QuestionnaireVisitor v = visitor();
		String location = v.completeWith(answers);
		assertThat(location).matches("/results/[A-Za-z0-9_-]{32}");
		v.follow();
		assertThat(v.status()).isEqualTo(200);
		Document page = v.page();
		assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo(outcome);
		assertThat(page.select("main h1")).hasSize(1);
		assertThat(page.select("ul#reasons li").eachAttr("data-criterion")).containsExactlyElementsOf(criteria);
		for (Element reason : page.select("ul#reasons li")) {
			assertThat(reason.selectFirst(".reason-title").text()).isNotBlank();
			assertThat(reason.selectFirst(".reason-quote").text()).isNotBlank();
		}
	}

	@Test
	void backKeepsEveryAnswerInBothDirections() throws Exception {
		Map<String, String> answers = SeedAnswers.coaching();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next");
		v.choose("understand-why", "no").choose("focus", "build-future").choose("feeling-stuck", "yes");
		v.press("back");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		answers.entrySet().stream().limit(9)
			.forEach(e -> assertThat(v.checked(e.getKey(), e.getValue())).as(e.getKey()).isTrue());
		assertThat(drafts.findById(v.draftId()).orElseThrow().getAnswers())
			.containsEntry("focus", "build-future").containsEntry("feeling-stuck", "yes");

		v.press("next");
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.checked("understand-why", "no")).isTrue();
		assertThat(v.checked("focus", "build-future")).isTrue();
		assertThat(v.checked("feeling-stuck", "yes")).isTrue();
		assertThat(v.checked("growth-goal", "yes")).isFalse();
		// the browser's Back is a GET of step 1's address: the answers are there
		v.open("/assessment/" + v.draftId() + "/1");
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.checked("daily-functioning", "a-little")).isTrue();
	}

	@Test
	void backFromTheLastStepDoesNotNeedTheStepAnswered() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next").answerShown(answers).press("next");
		v.press("back");
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.page().select(".error-summary")).isEmpty();
		assertThat(v.checked("focus", "both")).isTrue();
	}

	@Test
	void missingAnswersShowTheSummaryAndAnInlineMessageInEachFieldset() throws Exception {
		QuestionnaireVisitor v = visitor().start().choose("daily-functioning", "quite-a-bit").choose("trauma", "no");
		v.press("next");
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		Document page = v.page();
		assertThat(page.title()).startsWith("Error:");
		Element summary = page.selectFirst("div.error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		List<String> missing = List.of("phq2-interest", "phq2-mood", "gad2-nervous", "gad2-worry", "self-harm",
				"diagnosed-condition", "grief-addiction");
		assertThat(summary.select("a").eachAttr("href")).containsExactlyElementsOf(missing.stream().map(k -> "#q-" + k).toList());
		// The summary names each question by its short label, not its whole prompt.
		assertThat(summary.select("a").eachText()).containsExactly("Answer this question: Interest or pleasure",
				"Answer this question: Feeling down", "Answer this question: Nervous or on edge",
				"Answer this question: Worrying", "Answer this question: Thoughts of self-harm",
				"Answer this question: Mental health condition", "Answer this question: Grief or addiction");
		assertThat(summary.text()).doesNotContain("Over the last 2 weeks");
		for (String key : missing) {
			Element error = page.getElementById(key + "-error");
			assertThat(error).as(key).isNotNull();
			assertThat(error.hasClass("field-error")).isTrue();
			assertThat(error.closest("fieldset").id()).isEqualTo("q-" + key);
			assertThat(error.text()).isNotBlank();
			assertThat(page.getElementById("q-" + key).attr("aria-describedby")).contains(key + "-error");
		}
		assertThat(page.getElementById("daily-functioning-error")).isNull();
		assertThat(v.checked("daily-functioning", "quite-a-bit")).isTrue();
		assertThat(v.checked("trauma", "no")).isTrue();
	}

	@Test
	void optionalQuestionsMayBeLeftOutButRequiredOnesMayNot() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next").answerShown(answers).press("next");
		v.press("finish");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(3);
		assertThat(v.page().select("div.error-summary a").eachAttr("href")).containsExactly("#q-documentation");

		v.choose("documentation", "no").press("finish");
		assertThat(v.status()).isEqualTo(303);
	}

	@Test
	void selfHarmAnswerPutsCrisisHelpAtTheTopOfTheVeryNextPageAndAfter() throws Exception {
		Map<String, String> answers = SeedAnswers.urgent();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next");
		assertThat(v.step()).isEqualTo(2);
		assertCrisisHelpFirst(v.page());
		v.answerShown(answers).press("next");
		assertThat(v.step()).isEqualTo(3);
		assertCrisisHelpFirst(v.page());
		v.answerShown(answers).press("finish").follow();
		assertThat(v.page().selectFirst("main").attr("data-outcome")).isEqualTo("URGENT_SUPPORT");
		assertCrisisHelpFirst(v.page());
	}

	@Test
	void selfHarmCrisisHelpAlsoShowsWhenTheSameStepIsAskedAgain() throws Exception {
		QuestionnaireVisitor v = visitor().start().choose("self-harm", "nearly-every-day").press("next");
		assertThat(v.step()).isEqualTo(1);
		assertCrisisHelpFirst(v.page());
	}

	@Test
	void noCrisisHelpWhenSelfHarmIsNotAtAll() throws Exception {
		QuestionnaireVisitor v = visitor().start().answerShown(SeedAnswers.quiet()).press("next");
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.page().select("#crisis-help")).isEmpty();
	}

	static void assertCrisisHelpFirst(Document page) {
		Element first = page.selectFirst("main").firstElementChild();
		assertThat(first).isNotNull();
		assertThat(first.id()).isEqualTo("crisis-help");
		assertThat(first.tagName()).isEqualTo("section");
		assertThat(first.attr("role")).isIn("region", "alert");
		assertThat(first.text()).contains("988").contains("116 123");
		assertThat(first.select("li")).hasSizeGreaterThanOrEqualTo(3);
		// every number is a link to call or text it
		assertThat(first.select("a[href^=tel:]").eachAttr("href")).contains("tel:988", "tel:116123", "tel:131114");
		assertThat(first.select("a[href^=sms:]").eachAttr("href")).contains("sms:988", "sms:741741?&body=HOME");
		assertThat(first.selectFirst("a[href=sms:741741?&body=HOME]").text()).isEqualTo("Text HOME to 741741");
		assertThat(first.selectFirst("a[href=tel:988]").text()).isEqualTo("Call 988");
		assertThat(first.select("a.crisis-action").eachText()).allSatisfy(text -> assertThat(text)
			.matches("(Call|Text) .*\\d.*|Find a helpline"));
	}

	@Test
	void unknownOptionGets400AndAnInlineMessage() throws Exception {
		QuestionnaireVisitor v = visitor().start();
		Map<String, String> fields = new LinkedHashMap<>(v.formFields());
		fields.put("daily-functioning", "sometimes");
		v.submit(fields, "next");
		assertThat(v.status()).isEqualTo(400);
		assertThat(v.step()).isEqualTo(1);
		assertThat(v.page().selectFirst("div.error-summary[role=alert]")).isNotNull();
		Element error = v.page().getElementById("daily-functioning-error");
		assertThat(error).isNotNull();
		assertThat(error.closest("fieldset").id()).isEqualTo("q-daily-functioning");
		assertThat(v.page().text()).doesNotContain("sometimes");
	}

	@Test
	void garbageInputIsRefusedInlineNeverWith500() throws Exception {
		String huge = "x".repeat(20_000);
		String fresh = "/assessment/" + ResultIds.next() + "/";
		List<Map<String, String>> garbage = List.of(
				Map.of("no-such-question", "yes"),
				Map.of("step", "1"),
				Map.of("self-harm", "not-at-all\u0000\u0007"),
				Map.of("self-harm", huge),
				Map.of(huge, "yes"));
		for (Map<String, String> fields : garbage) {
			QuestionnaireVisitor v = visitor().submitTo(fresh + "1", fields, "next");
			assertThat(v.status()).as("%s", fields.keySet()).isEqualTo(400);
			assertThat(v.page().selectFirst("div.error-summary[role=alert]")).isNotNull();
			assertThat(v.page().selectFirst("form#questionnaire")).isNotNull();
			assertThat(v.page().text()).doesNotContain(huge).doesNotContain("\u0007");
		}
		for (String step : List.of("7", "0", "-1", "one", "12")) {
			QuestionnaireVisitor v = visitor().submitTo(fresh + step, Map.of(), "next");
			assertThat(v.status()).as("step %s", step).isEqualTo(400);
			assertThat(v.page().selectFirst("form#questionnaire")).isNotNull();
		}
		QuestionnaireVisitor v = visitor().start();
		v.submit(v.formFields(), "explode");
		assertThat(v.status()).isEqualTo(400);
		v.submitTo(fresh + "1", Map.of(), "back");
		assertThat(v.status()).as("back from step 1").isEqualTo(400);
		v.submitTo(fresh + "1", Map.of(), "finish");
		assertThat(v.status()).as("finish on step 1").isEqualTo(400);
		assertThat(drafts.existsById(fresh.split("/")[2])).as("nothing stored").isFalse();
	}

	@Test
	void aRepeatedAnswerFieldIsRefused() throws Exception {
		org.springframework.test.web.servlet.MvcResult result = mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/assessment/" + ResultIds.next() + "/1")
					.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
					.param("action", "next")
					.param("self-harm", "not-at-all").param("self-harm", "nearly-every-day"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"self-harm-error\"");
	}

	@Test
	void refusedOrIncompleteFinishStoresNothing() throws Exception {
		long before = results.count();
		Map<String, String> answers = SeedAnswers.coaching();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next").answerShown(answers).press("next");
		Map<String, String> kept = Map.copyOf(drafts.findById(v.draftId()).orElseThrow().getAnswers());
		Map<String, String> fields = new LinkedHashMap<>(v.answerShown(answers).formFields());
		fields.put("growth-goal", "maybe");
		v.submit(fields, "finish");
		assertThat(v.status()).isEqualTo(400);
		assertThat(drafts.findById(v.draftId()).orElseThrow().getAnswers()).isEqualTo(kept);

		// an earlier step's answer went missing (the draft's version went away and the version of now
		// has a question more): the visitor is taken back to it
		String id = ResultIds.next();
		Map<String, String> incomplete = new LinkedHashMap<>(answers);
		incomplete.remove("phq2-mood");
		draftService.save(id, incomplete, null, published.current().version(), false);
		v.open("/assessment/" + id + "/3").press("finish");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		assertThat(v.page().select("div.error-summary a").eachAttr("href")).containsExactly("#q-phq2-mood");
		assertThat(results.count()).isEqualTo(before);
	}

	@Test
	void pressingEnterWithoutAButtonGoesOn() throws Exception {
		QuestionnaireVisitor v = visitor().start().answerShown(SeedAnswers.quiet());
		v.submit(v.formFields(), null);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(2);
	}

	@Test
	void theVisitorFlowCreatesNoSession() throws Exception {
		QuestionnaireVisitor v = visitor().start();
		assertThat(v.lastResult().getRequest().getSession(false)).isNull();
		v.answerShown(SeedAnswers.quiet()).press("next");
		assertThat(v.lastResult().getRequest().getSession(false)).isNull();
		assertThat(v.lastResult().getResponse().getHeader("Set-Cookie")).isNull();
	}
}
