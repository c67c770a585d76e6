package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.crossroads.SeedAnswers;
import org.crossroads.ruleset.published.PublishedContent;

/** The result page, its print view, and deleting a result for good. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class ResultPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	String store(Map<String, String> answers) {
		return assessments.complete(published.current(), answers).id().orElseThrow();
	}

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
	}

	static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void resultPageShowsEverythingTheContractAsksFor() throws Exception {
		String id = store(SeedAnswers.both());
		MvcResult result = fetch("/results/" + id);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		Document page = parse(result);
		Element main = page.selectFirst("main#main");
		assertThat(main.attr("data-outcome")).isEqualTo("BOTH");
		assertThat(main.select("h1")).hasSize(1);
		assertThat(main.selectFirst("h1").text()).contains("work well together");
		assertThat(page.select("#crisis-help")).isEmpty();

		// one bar per path, each with its score in words, not only a graphic
		Element therapy = main.selectFirst("meter#bar-therapy");
		Element coaching = main.selectFirst("meter#bar-coaching");
		assertThat(therapy.attr("value")).isEqualTo("3");
		assertThat(coaching.attr("value")).isEqualTo("3");
		assertThat(page.select("label[for=bar-therapy]").text()).isEqualTo("Therapy");
		assertThat(page.getElementById("bar-therapy-text").text()).isEqualTo("3 of 19 points");
		assertThat(page.getElementById("bar-coaching-text").text()).isEqualTo("3 of 15 points");

		assertThat(main.select("ul#reasons li")).hasSize(2);
		Element trauma = main.selectFirst("ul#reasons li[data-criterion=therapy.trauma]");
		assertThat(trauma.selectFirst(".reason-title").text()).isEqualTo("A painful experience you want to work through");
		assertThat(trauma.selectFirst(".reason-quote").text()).contains("address unresolved trauma");

		assertThat(main.text()).contains("What therapy can do that coaching cannot")
			.contains("What coaching can do that therapy often does not")
			.contains("Licensed therapists can diagnose and treat")
			.contains("Skill-building for leadership");
		// BOTH: how the two work together, with boundaries, and its own next steps
		assertThat(main.selectFirst("section.both").text()).contains("boundaries are respected");
		assertThat(main.selectFirst("section.next-steps").text()).contains("Start with a licensed therapist");

		assertThat(main.selectFirst(".not-diagnosis").text()).contains("not a diagnosis");
		assertThat(main.selectFirst(".attribution").text()).contains("PHQ-9").contains("GAD-2").contains("Spitzer");
		assertThat(main.selectFirst(".private-link a").attr("href")).endsWith("/results/" + id);
		assertThat(main.selectFirst("a[href=/results/" + id + "/print]")).isNotNull();
		assertThat(main.text()).contains("30 days");

		Element delete = main.selectFirst("form#delete-result");
		assertThat(delete.attr("method")).isEqualTo("post");
		assertThat(delete.attr("action")).isEqualTo("/results/" + id + "/delete");
		assertThat(delete.select("input[name=_csrf]")).isEmpty();
	}

	@Test
	void eachOutcomeShowsItsOwnNextSteps() throws Exception {
		Map<String, String> texts = Map.of(
				"THERAPY", "Check the licence before you book",
				"COACHING", "Look for a coach with recognized training",
				"EXPLORE", "Read how therapy and coaching compare",
				"URGENT_SUPPORT", "Contact a crisis line now");
		for (Map<String, String> answers : java.util.List.of(SeedAnswers.therapy(), SeedAnswers.coaching(),
				SeedAnswers.quiet(), SeedAnswers.urgent())) {
			Document page = parse(fetch("/results/" + store(answers)));
			String outcome = page.selectFirst("main").attr("data-outcome");
			assertThat(page.selectFirst("section.next-steps").text()).as(outcome).contains(texts.get(outcome));
			assertThat(page.select("section.both")).as(outcome).isEmpty();
		}
	}

	@Test
	void exploreShowsTheComparisonAndTheNotNowOption() throws Exception {
		Document page = parse(fetch("/results/" + store(SeedAnswers.quiet())));
		Element main = page.selectFirst("main");
		assertThat(main.attr("data-outcome")).isEqualTo("EXPLORE");
		assertThat(main.select("ul#reasons li")).isEmpty();
		assertThat(main.selectFirst("section.not-now").text()).contains("talking to your doctor");
		assertThat(main.select("table.comparison-table tbody tr")).hasSize(5);
		assertThat(main.selectFirst("table.comparison-table").text()).contains("Licensing & Regulation");
		assertThat(page.getElementById("bar-therapy-text").text()).contains("No points");
	}

	@Test
	void urgentResultShowsCrisisHelpBeforeAnythingElse() throws Exception {
		Document page = parse(fetch("/results/" + store(SeedAnswers.with(SeedAnswers.both(), "self-harm",
				"more-than-half"))));
		assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo("URGENT_SUPPORT");
		QuestionnaireFlowTest.assertCrisisHelpFirst(page);
		assertThat(page.select("ul#reasons li").eachAttr("data-criterion")).contains("safety.self-harm");
		// the urgent next steps come before the scores
		Element main = page.selectFirst("main");
		assertThat(main.select("section.next-steps").first().elementSiblingIndex())
			.isLessThan(main.selectFirst("section.scores").elementSiblingIndex());
	}

	@Test
	void printViewIsTheResultWithoutNavigationFormsOrDelete() throws Exception {
		String id = store(SeedAnswers.therapy());
		MvcResult result = fetch("/results/" + id + "/print");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = parse(result);
		assertThat(page.body().hasClass("print-view")).isTrue();
		assertThat(page.selectFirst("main").attr("data-outcome")).isEqualTo("THERAPY");
		assertThat(page.select("ul#reasons li")).hasSize(1);
		assertThat(page.select("form")).isEmpty();
		assertThat(page.selectFirst(".print-controls a").attr("href")).isEqualTo("/results/" + id);
		assertThat(page.selectFirst("button.js-print").hasAttr("hidden")).isTrue();
		assertThat(page.selectFirst("p.crisis-line")).isNotNull();
	}

	@Test
	void deleteRemovesTheResultForGoodThenConfirms() throws Exception {
		String id = store(SeedAnswers.coaching());
		assertThat(fetch("/results/" + id).getResponse().getStatus()).isEqualTo(200);

		MvcResult deleted = mvc.perform(post("/results/" + id + "/delete").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(deleted.getResponse().getStatus()).isEqualTo(303);
		assertThat(deleted.getResponse().getHeader("Location")).isEqualTo("/results/deleted");
		assertThat(assessments.find(id)).isEmpty();

		MvcResult confirmation = fetch("/results/deleted");
		assertThat(confirmation.getResponse().getStatus()).isEqualTo(200);
		assertThat(parse(confirmation).selectFirst("h1").text()).isEqualTo("Your result has been deleted");

		MvcResult gone = fetch("/results/" + id);
		assertThat(gone.getResponse().getStatus()).isEqualTo(404);
		Document page = parse(gone);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("p.crisis-line").text()).contains("988");
		assertThat(mvc.perform(post("/results/" + id + "/delete")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(fetch("/results/" + id + "/print").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void unknownAndMalformedIdsAnswer404InTheSiteFrame() throws Exception {
		for (String id : new String[] { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "x".repeat(300), "åäö",
				"a.b", "<script>" }) {
			MvcResult result = mvc.perform(get("/results/{id}", id).accept(MediaType.TEXT_HTML)).andReturn();
			assertThat(result.getResponse().getStatus()).as(id).isEqualTo(404);
			Document page = parse(result);
			assertThat(page.selectFirst("main#main")).as(id).isNotNull();
			assertThat(page.selectFirst("p.crisis-line")).as(id).isNotNull();
			assertThat(page.text()).doesNotContain("Exception");
		}
	}
}
