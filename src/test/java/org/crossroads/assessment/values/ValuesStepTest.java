package org.crossroads.assessment.values;

import org.crossroads.assessment.AssessmentService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.crossroads.SeedAnswers;
import org.crossroads.ruleset.published.PublishedContent;

/**
 * The optional "What matters to you" step after a result: offered, skipped, taken, shown side by side
 * with the SURE outcome, answered again, refused when tampered with, gone with the result.
 */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class ValuesStepTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ValuesStep step;

	@Autowired
	PublishedContent published;

	@Autowired
	JdbcTemplate jdbc;

	String store(Map<String, String> answers) {
		return assessments.complete(published.current(), answers).id().orElseThrow();
	}

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
	}

	MvcResult send(String id, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post("/results/" + id + "/values").accept(MediaType.TEXT_HTML);
		params.forEach(request::param);
		return mvc.perform(request).andReturn();
	}

	static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Very: diagnosis; somewhat: concrete goal; not important: insurance; SURE: no to "understand" only. */
	static Map<String, String> answers() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("rating.diagnosis", "very");
		params.put("rating.concrete-goal", "somewhat");
		params.put("rating.insurance-pays", "not-important");
		params.put("sure.sure", "yes");
		params.put("sure.understand", "no");
		params.put("sure.risk-benefit", "yes");
		params.put("sure.encouragement", "yes");
		return params;
	}

	long rows(String table, String id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE result_id = ?", Long.class, id);
	}

	@Test
	void theResultOffersTheStepAndSkippingLeavesTheResultAsItWas() throws Exception {
		String id = store(SeedAnswers.both());
		Document result = parse(fetch("/results/" + id));
		Element offer = result.selectFirst("section#values a#values-start");
		assertThat(offer).isNotNull();
		assertThat(offer.attr("href")).isEqualTo("/results/" + id + "/values");
		assertThat(result.select("#sure-outcome")).isEmpty();
		// the print view has no offer to follow
		assertThat(parse(fetch("/results/" + id + "/print")).select("section#values")).isEmpty();

		MvcResult form = fetch("/results/" + id + "/values");
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(form.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(form.getResponse().getCookies()).isEmpty();
		assertThat(form.getRequest().getSession(false)).isNull();
		Document page = parse(form);
		assertThat(page.selectFirst("form#values-form").attr("action")).isEqualTo("/results/" + id + "/values");
		assertThat(page.select("form#values-form input[type=hidden]")).isEmpty();
		assertThat(page.select("fieldset[id^=v-]")).hasSize(published.current().site().valueStatements().size());
		assertThat(page.select("fieldset[id^=v-] legend").eachText()).contains("Having health insurance pay for it");
		assertThat(page.select("fieldset[id^=sure-] legend").eachText()).containsExactly(
				"Do you feel SURE about the best choice for you?", "Do you know the benefits and risks of each option?",
				"Are you clear about which benefits and risks matter most to you?",
				"Do you have enough support and advice to make a choice?");
		assertThat(page.select("input[name=rating.diagnosis]")).extracting(e -> e.attr("value"))
			.containsExactly("not-important", "somewhat", "very");
		assertThat(page.text()).contains("O’Connor & Légaré 2008", "Can Fam Physician. 2010;56(8):e308–e314");

		Element skip = page.selectFirst("a#values-skip");
		assertThat(skip.attr("href")).isEqualTo("/results/" + id);
		assertThat(step.find(id)).isEmpty();
		assertThat(parse(fetch(skip.attr("href"))).selectFirst("a#values-start")).isNotNull();
	}

	/** In Spanish the step keeps the language through its post, and the SURE items are marked as the English they are. */
	@Test
	void inSpanishTheSureItemsAreMarkedEnglishAndThePostKeepsTheLanguage() throws Exception {
		String id = store(SeedAnswers.coaching());
		Document page = parse(fetch("/results/" + id + "/values?lang=es"));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.selectFirst("form#values-form").attr("action")).isEqualTo("/results/" + id + "/values?lang=es");
		assertThat(page.select("fieldset[id^=sure-] legend").eachAttr("lang")).containsOnly("en").hasSize(4);
		assertThat(page.select("fieldset[id^=v-] legend")).isNotEmpty();
		assertThat(page.select("fieldset[id^=v-] legend[lang]")).isEmpty();
		MockHttpServletRequestBuilder request = post("/results/" + id + "/values?lang=es").accept(MediaType.TEXT_HTML);
		answers().forEach(request::param);
		MvcResult sent = mvc.perform(request).andReturn();
		assertThat(sent.getResponse().getStatus()).isEqualTo(303);
		assertThat(sent.getResponse().getHeader("Location")).isEqualTo("/results/" + id + "?lang=es#values");
		Document result = parse(fetch("/results/" + id + "?lang=es"));
		assertThat(result.select("section#values dt[lang=en]")).hasSize(4);
		// English pages need no mark
		assertThat(parse(fetch("/results/" + id + "/values")).select("legend[lang]")).isEmpty();
	}

	@Test
	void answersAreStoredAndTheResultShowsTheImportantOnesSideBySideWithTheSureOutcome() throws Exception {
		String id = store(SeedAnswers.coaching());
		String outcomeBefore = parse(fetch("/results/" + id)).selectFirst("main").attr("data-outcome");

		MvcResult sent = send(id, answers());
		assertThat(sent.getResponse().getStatus()).isEqualTo(303);
		assertThat(sent.getResponse().getHeader("Location")).isEqualTo("/results/" + id + "#values");

		Document result = parse(fetch("/results/" + id));
		assertThat(result.selectFirst("main").attr("data-outcome")).isEqualTo(outcomeBefore);
		assertThat(result.select("section#values li[data-statement]")).extracting(e -> e.attr("data-statement"))
			.containsExactly("concrete-goal", "diagnosis");
		Element diagnosis = result.selectFirst("li[data-statement=diagnosis]");
		assertThat(diagnosis.selectFirst(".value-rating").text()).isEqualTo("Very important");
		assertThat(diagnosis.selectFirst(".path-therapy").text()).contains("mental health problem and treat it");
		assertThat(diagnosis.selectFirst(".path-coaching").text()).contains("It puts action first, not diagnosis.");
		Element sure = result.selectFirst("#sure-outcome");
		assertThat(sure.attr("data-score")).isEqualTo("3");
		assertThat(sure.text()).contains("Your SURE score: 3 of 4", "You may not feel ready to decide yet",
				"Talk it over with someone you trust", "a therapist or a coach");
		assertThat(result.selectFirst("a#values-start")).isNull();
		assertThat(result.selectFirst("a#values-change").attr("href")).isEqualTo("/results/" + id + "/values");
		// the print view keeps them, the copy to take to a professional
		assertThat(parse(fetch("/results/" + id + "/print")).select("#sure-outcome")).hasSize(1);

		// the form shows the answers given; answering again replaces them
		Document again = parse(fetch("/results/" + id + "/values"));
		assertThat(again.selectFirst("input#rating-diagnosis--very").hasAttr("checked")).isTrue();
		assertThat(again.selectFirst("input#sure-understand--no").hasAttr("checked")).isTrue();
		Map<String, String> sureNow = answers();
		sureNow.remove("rating.diagnosis");
		sureNow.put("sure.understand", "yes");
		assertThat(send(id, sureNow).getResponse().getStatus()).isEqualTo(303);

		assertThat(step.find(id)).get().satisfies(v -> {
			assertThat(v.ratings()).containsOnlyKeys("insurance-pays", "concrete-goal");
			assertThat(v.sureScore()).isEqualTo(4);
		});
		Document replaced = parse(fetch("/results/" + id));
		assertThat(replaced.select("li[data-statement]")).extracting(e -> e.attr("data-statement")).containsExactly("concrete-goal");
		assertThat(replaced.selectFirst("#sure-outcome").text()).contains("4 of 4").doesNotContain("not feel ready");
		assertThat(rows("result_value_rating", id)).isEqualTo(2);
	}

	@Test
	void missingSureAnswersAreNamedBesideTheQuestionAndNothingIsStored() throws Exception {
		String id = store(SeedAnswers.therapy());
		Map<String, String> params = answers();
		params.remove("sure.encouragement");
		params.remove("sure.sure");

		MvcResult refused = send(id, params);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		Document page = parse(refused);
		assertThat(page.select(".error-summary li a")).extracting(e -> e.attr("href"))
			.containsExactly("#sure-sure", "#sure-encouragement");
		assertThat(page.selectFirst("fieldset#sure-encouragement").hasClass("has-error")).isTrue();
		assertThat(page.selectFirst("#sure-encouragement-error").text()).isEqualTo("Please answer yes or no.");
		// what was chosen stays chosen
		assertThat(page.selectFirst("input#rating-diagnosis--very").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("input#sure-understand--no").hasAttr("checked")).isTrue();
		assertThat(step.find(id)).isEmpty();
	}

	@Test
	void tamperedFormsAreRefusedWithAMessageAndNothingIsHalfStored() throws Exception {
		String id = store(SeedAnswers.both());
		assertThat(send(id, answers()).getResponse().getStatus()).isEqualTo(303);
		var before = step.find(id).orElseThrow();

		for (String[] bad : new String[][] { { "rating.colour", "very" }, { "rating.diagnosis", "extremely" },
				{ "sure.sure", "maybe" }, { "sure.certain", "yes" }, { "version", "1" }, { "rating.diagnosis", "" } }) {
			Map<String, String> params = answers();
			params.put("sure.understand", "yes");
			params.put(bad[0], bad[1]);
			MvcResult refused = send(id, params);
			assertThat(refused.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
			Document page = parse(refused);
			assertThat(page.selectFirst(".error-summary").text()).as(bad[0]).contains("could not be used");
			assertThat(page.text()).doesNotContain("Exception");
		}
		// a repeated field is tampering too
		MvcResult repeated = mvc.perform(post("/results/" + id + "/values").param("rating.diagnosis", "very", "somewhat")
			.param("sure.sure", "yes").param("sure.understand", "yes").param("sure.risk-benefit", "yes")
			.param("sure.encouragement", "yes")).andReturn();
		assertThat(repeated.getResponse().getStatus()).isEqualTo(400);

		assertThat(step.find(id)).contains(before);
	}

	@Test
	void anUrgentResultDoesNotOfferTheStepAndItsPagesAnswer404() throws Exception {
		String id = store(SeedAnswers.urgent());
		Document result = parse(fetch("/results/" + id));
		assertThat(result.select("section#values")).isEmpty();
		assertThat(result.selectFirst("main > section#crisis-help")).isNotNull();

		assertThat(fetch("/results/" + id + "/values").getResponse().getStatus()).isEqualTo(404);
		assertThat(send(id, answers()).getResponse().getStatus()).isEqualTo(404);
		assertThat(step.find(id)).isEmpty();
		assertThat(fetch("/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/values").getResponse().getStatus()).isEqualTo(404);
		assertThat(send("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", answers()).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void deletingTheResultDeletesTheAnswersWithIt() throws Exception {
		String id = store(SeedAnswers.coaching());
		assertThat(send(id, answers()).getResponse().getStatus()).isEqualTo(303);
		assertThat(rows("result_values", id)).isOne();
		assertThat(rows("result_value_rating", id)).isEqualTo(3);

		MvcResult deleted = mvc.perform(post("/results/" + id + "/delete").param("confirm", "yes")).andReturn();
		assertThat(deleted.getResponse().getStatus()).isEqualTo(303);

		assertThat(rows("result_values", id)).isZero();
		assertThat(rows("result_value_rating", id)).isZero();
		assertThat(fetch("/results/" + id + "/values").getResponse().getStatus()).isEqualTo(404);
	}
}
