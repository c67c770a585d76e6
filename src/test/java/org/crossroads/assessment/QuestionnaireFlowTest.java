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

/** The three-step questionnaire as a browser without JavaScript uses it. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class QuestionnaireFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredResultRepository results;

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
	void stepsTwoAndThreeHaveTheirButtonsAndCarryEarlierAnswers() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = visitor().start().answerShown(answers).press("next");
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.page().selectFirst("main").text()).contains("Step 2 of 3");
		assertThat(v.page().select("button[name=action][value=back]")).hasSize(1);
		assertThat(v.page().select("button[name=action][value=next]")).hasSize(1);
		assertThat(v.hidden("daily-functioning")).isEqualTo("a-little");
		assertThat(v.hidden("trauma")).isEqualTo("not-sure");

		v.answerShown(answers).press("next");
		assertThat(v.step()).isEqualTo(3);
		assertThat(v.page().selectFirst("main").text()).contains("Step 3 of 3");
		assertThat(v.page().select("button[name=action][value=finish]")).hasSize(1);
		assertThat(v.page().select("button[name=action][value=next]")).isEmpty();
		assertThat(v.hidden("focus")).isEqualTo("both");
		assertThat(v.page().selectFirst("#q-insurance legend").text()).contains("(optional)");
	}

	@Test
	void eachOfTheFiveOutcomesCanBeReachedWithItsReasons() throws Exception {
		expect(SeedAnswers.urgent(), "URGENT_SUPPORT", List.of("safety.self-harm"));
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
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		answers.entrySet().stream().limit(9)
			.forEach(e -> assertThat(v.checked(e.getKey(), e.getValue())).as(e.getKey()).isTrue());
		assertThat(v.hidden("focus")).isEqualTo("build-future");
		assertThat(v.hidden("feeling-stuck")).isEqualTo("yes");

		v.press("next");
		assertThat(v.step()).isEqualTo(2);
		assertThat(v.checked("understand-why", "no")).isTrue();
		assertThat(v.checked("focus", "build-future")).isTrue();
		assertThat(v.checked("feeling-stuck", "yes")).isTrue();
		assertThat(v.checked("growth-goal", "yes")).isFalse();
		assertThat(v.hidden("daily-functioning")).isEqualTo("a-little");
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
		assertThat(v.status()).isEqualTo(200);
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
		List<Map<String, String>> garbage = List.of(
				Map.of("step", "1", "no-such-question", "yes"),
				Map.of("step", "1", "self-harm", "not-at-all\u0000\u0007"),
				Map.of("step", "1", "self-harm", huge),
				Map.of("step", "1", huge, "yes"),
				Map.of("step", "7"),
				Map.of("step", "-1"),
				Map.of("step", "one"),
				Map.of("step", "1\r\n"),
				Map.of());
		for (Map<String, String> fields : garbage) {
			QuestionnaireVisitor v = visitor().submit(fields, "next");
			assertThat(v.status()).as("%s", fields.keySet()).isEqualTo(400);
			assertThat(v.page().selectFirst("div.error-summary[role=alert]")).isNotNull();
			assertThat(v.page().selectFirst("form#questionnaire")).isNotNull();
			assertThat(v.page().text()).doesNotContain(huge).doesNotContain("\u0007");
		}
		QuestionnaireVisitor v = visitor().start();
		v.submit(v.formFields(), "explode");
		assertThat(v.status()).isEqualTo(400);
		v.submit(Map.of("step", "1"), "back");
		assertThat(v.status()).as("back from step 1").isEqualTo(400);
		v.submit(Map.of("step", "1"), "finish");
		assertThat(v.status()).as("finish on step 1").isEqualTo(400);
	}

	@Test
	void aRepeatedAnswerFieldIsRefused() throws Exception {
		QuestionnaireVisitor v = visitor();
		org.springframework.test.web.servlet.MvcResult result = mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/assessment")
					.param("step", "1").param("action", "next")
					.param("self-harm", "not-at-all").param("self-harm", "nearly-every-day"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"self-harm-error\"");
	}

	@Test
	void refusedOrIncompleteFinishStoresNothing() throws Exception {
		long before = results.count();
		Map<String, String> fields = new LinkedHashMap<>(SeedAnswers.coaching());
		fields.put("step", "3");
		fields.put("growth-goal", "maybe");
		QuestionnaireVisitor v = visitor().submit(fields, "finish");
		assertThat(v.status()).isEqualTo(400);

		// a lost hidden field from step 1: the visitor is taken back to it
		fields = new LinkedHashMap<>(SeedAnswers.coaching());
		fields.put("step", "3");
		fields.remove("phq2-mood");
		v.submit(fields, "finish");
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
