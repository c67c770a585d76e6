package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
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

	@Autowired
	MessageSource messages;

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
		assertThat(page.getElementById("bar-therapy-text").text())
			.isEqualTo("3 of the 3 points needed to suggest therapy (19 points possible)");
		assertThat(page.getElementById("bar-coaching-text").text())
			.isEqualTo("3 of the 3 points needed to suggest coaching (15 points possible)");

		assertThat(main.select("ul#reasons li")).hasSize(2);
		Element trauma = main.selectFirst("ul#reasons li[data-criterion=therapy.trauma]");
		assertThat(trauma.selectFirst(".reason-title").text()).isEqualTo("A painful experience you want to work through");
		assertThat(trauma.selectFirst(".reason-quote").text()).contains("address unresolved trauma");
		// a reason that quotes the article is shown as a quotation, with the article as its source
		assertThat(trauma.selectFirst("figure.reason-quote blockquote").text()).contains("address unresolved trauma");
		assertThat(trauma.selectFirst("figure.reason-quote figcaption").text()).contains("article");

		assertThat(main.text()).contains("What therapy can do that coaching cannot")
			.contains("What coaching can do that therapy often does not")
			.contains("Licensed therapists can tell if you have a mental health problem")
			.contains("Building skills to lead");
		// BOTH: how the two work together, with boundaries, and its own next steps
		assertThat(main.selectFirst("section.both").text()).contains("each keeps to its own role");
		assertThat(main.selectFirst("section.next-steps").text()).contains("Start with a licensed therapist");

		assertThat(main.selectFirst(".not-diagnosis").text()).contains("not a diagnosis");
		assertThat(main.selectFirst(".attribution").text()).contains("PHQ-9").contains("GAD-2").contains("Spitzer");
		assertThat(main.selectFirst(".private-link a").attr("href")).endsWith("/results/" + id);
		assertThat(main.selectFirst("a[href=/results/" + id + "/print]")).isNotNull();
		assertThat(main.text()).contains("30 days");

		// delete only leads to the page that asks first
		assertThat(main.selectFirst("a#delete-result").attr("href")).isEqualTo("/results/" + id + "/delete");
		assertThat(main.select("form")).isEmpty();
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void eachOutcomeShowsItsOwnNextSteps() throws Exception {
		Map<String, String> texts = Map.of(
				"THERAPY", "Check the licence before you book",
				"COACHING", "Look for a coach with proper training",
				"EXPLORE", "Read how therapy and coaching differ",
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
		assertThat(main.selectFirst("section.not-now").text()).contains("talk to your doctor first");
		assertThat(main.select("table.comparison-table tbody tr")).hasSize(5);
		assertThat(main.selectFirst("table.comparison-table").text()).contains("Licensing & Regulation");
		assertThat(page.getElementById("bar-therapy-text").text())
			.isEqualTo("0 of the 3 points needed to suggest therapy (19 points possible)");
	}

	@Test
	void urgentResultShowsHelpAKindSentenceNextStepsTheLinkAndDeleteAndNothingToWeighUp() throws Exception {
		String id = store(SeedAnswers.with(SeedAnswers.both(), "self-harm", "more-than-half"));
		Document page = parse(fetch("/results/" + id));
		Element main = page.selectFirst("main");
		assertThat(main.attr("data-outcome")).isEqualTo("URGENT_SUPPORT");
		QuestionnaireFlowTest.assertCrisisHelpFirst(page);
		assertThat(main.selectFirst("p.urgent-kind").text()).contains("you deserve support");
		Element next = main.selectFirst("section.next-steps");
		assertThat(next.selectFirst("h2").text()).isEqualTo("What to do now and in the next days");
		assertThat(next.text()).contains("Contact a crisis line now");
		assertThat(main.selectFirst(".private-link a").attr("href")).endsWith("/results/" + id);
		assertThat(main.selectFirst("a#delete-result").attr("href")).isEqualTo("/results/" + id + "/delete");

		assertThat(main.select("meter, section.scores, .bar")).as("no score bars").isEmpty();
		assertThat(main.select("#reasons, section.reasons")).as("no reasons list").isEmpty();
		assertThat(main.select("section.paths, section.comparison, table, section.both")).as("no comparison").isEmpty();
		assertThat(main.select("section.answers, section.totals")).as("answers only in the print view").isEmpty();
		assertThat(main.text()).doesNotContain("points").doesNotContain("What each path");
		// at most one way on to the comparison, and it comes last
		Element last = main.children().last();
		assertThat(last.selectFirst("a").attr("href")).isEqualTo("/compare");
		assertThat(last.text()).isEqualTo("Read about therapy and coaching");
		assertThat(main.select("a[href=/compare]")).hasSize(1);

		// the footer points up to the crisis help instead of listing every number a second time
		Element footer = page.selectFirst("footer p.crisis-line");
		assertThat(footer.selectFirst("a.crisis-action").attr("href")).isEqualTo("#crisis-help");
		assertThat(footer.select("a[href^=tel:], a[href^=sms:], [data-region]")).isEmpty();
		assertThat(main.select("#crisis-help a[href^=tel:]")).isNotEmpty();
	}

	@Test
	void urgentPrintViewKeepsTheAnswersForAProfessionalButNoBars() throws Exception {
		String id = store(SeedAnswers.with(SeedAnswers.both(), "self-harm", "more-than-half"));
		Element main = parse(fetch("/results/" + id + "/print")).selectFirst("main");
		assertThat(main.selectFirst("section#crisis-help")).isNotNull();
		assertThat(main.selectFirst("section.answers dt[data-question=self-harm] + dd").text())
			.isEqualTo("More than half the days");
		assertThat(main.selectFirst("section.totals")).isNotNull();
		assertThat(main.select("meter, section.paths, #reasons")).isEmpty();
		assertThat(main.select("a[href=/compare]")).isEmpty();
	}

	@Test
	void answersAreListedSectionBySectionInQuestionnaireOrderWithTheChosenLabels() throws Exception {
		Map<String, String> answers = SeedAnswers.with(SeedAnswers.therapy(), "format", "group-or-workshop");
		for (String path : List.of("/results/%s", "/results/%s/print")) {
			Element section = parse(fetch(path.formatted(store(answers)))).selectFirst("main section.answers");
			assertThat(section.select("h3").eachText())
				.containsExactly("How you have been feeling", "What you are looking for", "Practical needs");
			List<String> keys = section.select("dt").eachAttr("data-question");
			assertThat(keys).containsExactlyElementsOf(published.current().rules().questions().stream()
				.map(org.crossroads.rules.Question::key).toList());
			assertThat(section.selectFirst("dt[data-question=daily-functioning]").text())
				.startsWith("Over the past month, how much have your feelings");
			assertThat(section.selectFirst("dt[data-question=daily-functioning] + dd").text())
				.isEqualTo("Severely: it is hard to get through the day");
			assertThat(section.selectFirst("dt[data-question=phq2-interest] + dd").text()).isEqualTo("Several days");
			assertThat(section.selectFirst("dt[data-question=format] + dd").text())
				.isEqualTo("Group programs, workshops, retreats or online courses");
			assertThat(section.selectFirst("dt[data-question=insurance] + dd").text())
				.isEqualTo("Not answered (optional)");
		}
	}

	@Test
	void phq2AndGad2TotalsComeWithTheirMeaningAndSource() throws Exception {
		Map<String, String> answers = SeedAnswers.with(SeedAnswers.quiet(), "phq2-interest", "more-than-half",
				"phq2-mood", "nearly-every-day", "gad2-nervous", "several-days", "gad2-worry", "not-at-all");
		for (String path : List.of("/results/%s", "/results/%s/print")) {
			Element totals = parse(fetch(path.formatted(store(answers)))).selectFirst("main section.totals");
			Element phq2 = totals.selectFirst("dd[data-scale=phq2]");
			Element gad2 = totals.selectFirst("dd[data-scale=gad2]");
			assertThat(phq2.selectFirst(".total").text()).isEqualTo("5 of 6");
			assertThat(gad2.selectFirst(".total").text()).isEqualTo("1 of 6");
			assertThat(phq2.previousElementSibling().text()).startsWith("PHQ-2");
			assertThat(phq2.selectFirst(".total-meaning").text()).contains("3 or more").contains("does not rule anything out");
			assertThat(phq2.selectFirst(".total-source").text()).contains("Kroenke K").contains("Med Care. 2003");
			assertThat(gad2.selectFirst(".total-source").text()).contains("Anxiety disorders in primary care")
				.contains("Ann Intern Med. 2007");
		}
	}

	@Test
	void theBarsExplainThePointsAgainstTheThresholdAndSayWhenAReasonDecidedRegardless() throws Exception {
		// documentation alone: an exclusive criterion, which suggests therapy whatever the points
		Element main = parse(fetch("/results/" + store(SeedAnswers.with(SeedAnswers.calmRequired(), "documentation",
				"yes")))).selectFirst("main");
		assertThat(main.attr("data-outcome")).isEqualTo("THERAPY");
		assertThat(main.selectFirst("#bar-therapy-text").text())
			.isEqualTo("3 of the 3 points needed to suggest therapy (19 points possible)");
		Element regardless = main.selectFirst(".bar-therapy .bar-regardless");
		assertThat(regardless.text()).contains("This reason suggests therapy whatever the points");
		assertThat(regardless.select("li").eachAttr("data-criterion")).containsExactly("therapy.documentation");
		assertThat(main.select(".bar-coaching .bar-regardless")).isEmpty();

		// coaching only: nothing decided regardless of points
		Element coaching = parse(fetch("/results/" + store(SeedAnswers.coaching()))).selectFirst("main");
		assertThat(coaching.select(".bar-regardless")).isEmpty();
		assertThat(coaching.selectFirst("#bar-coaching-text").text())
			.isEqualTo("6 of the 3 points needed to suggest coaching (15 points possible)");
	}

	@Test
	void pointsArePluralisedByTheMessageFormat() {
		assertThat(messages.getMessage("result.bar.text.therapy", new Object[] { 1, 1, 1 }, Locale.ENGLISH))
			.isEqualTo("1 of the 1 point needed to suggest therapy (1 point possible)");
		assertThat(messages.getMessage("result.bar.text.coaching", new Object[] { 0, 2, 1500 }, Locale.ENGLISH))
			.isEqualTo("0 of the 2 points needed to suggest coaching (1,500 points possible)");
		assertThat(messages.getMessage("result.bar.regardless", new Object[] { 2 }, Locale.ENGLISH))
			.startsWith("These reasons suggest therapy whatever the points");
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
	void deleteAsksOnAPageOfItsOwnAndAPostWithoutTheConfirmationDeletesNothing() throws Exception {
		String id = store(SeedAnswers.coaching());

		MvcResult unconfirmed = mvc.perform(post("/results/" + id + "/delete").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(303);
		assertThat(unconfirmed.getResponse().getHeader("Location")).isEqualTo("/results/" + id + "/delete");
		MvcResult wrong = mvc.perform(post("/results/" + id + "/delete").param("confirm", "no")).andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(303);
		assertThat(assessments.find(id)).isPresent();

		MvcResult asked = fetch("/results/" + id + "/delete");
		assertThat(asked.getResponse().getStatus()).isEqualTo(200);
		assertThat(asked.getResponse().getHeader("Cache-Control")).contains("no-store");
		Document page = parse(asked);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Delete your result?");
		assertThat(page.select("ul.delete-what li")).hasSize(4);
		assertThat(page.selectFirst("main").text()).contains("your answers").contains("private link")
			.contains("your SURE answers");
		Element form = page.selectFirst("form#delete-confirm");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/results/" + id + "/delete");
		assertThat(form.selectFirst("input[type=hidden][name=confirm]").val()).isEqualTo("yes");
		assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Delete for good");
		assertThat(page.selectFirst("a#keep-result").attr("href")).isEqualTo("/results/" + id);
		assertThat(page.selectFirst("a#keep-result").text()).isEqualTo("Keep my result");
		assertThat(assessments.find(id)).as("showing the question deletes nothing").isPresent();
	}

	@Test
	void deleteRemovesTheResultForGoodThenConfirms() throws Exception {
		String id = store(SeedAnswers.coaching());
		assertThat(fetch("/results/" + id).getResponse().getStatus()).isEqualTo(200);

		MvcResult deleted = mvc.perform(post("/results/" + id + "/delete").param("confirm", "yes")
			.accept(MediaType.TEXT_HTML)).andReturn();
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
		assertThat(mvc.perform(post("/results/" + id + "/delete").param("confirm", "yes")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(fetch("/results/" + id + "/delete").getResponse().getStatus()).isEqualTo(404);
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
			assertThat(mvc.perform(get("/results/{id}/delete", id).accept(MediaType.TEXT_HTML)).andReturn()
				.getResponse().getStatus()).as(id).isEqualTo(404);
		}
	}
}
