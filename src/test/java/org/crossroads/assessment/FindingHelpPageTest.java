package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.crossroads.SeedAnswers;
import org.crossroads.ruleset.published.PublishedContent;

/** "Finding help" on the result page: the topics each outcome shows, as ordinary links to other sites. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class FindingHelpPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	static List<Arguments> outcomes() {
		return List.of(
				Arguments.of("THERAPY", SeedAnswers.therapy(), List.of("help-therapist", "help-cost")),
				Arguments.of("COACHING", SeedAnswers.coaching(), List.of("help-coach", "help-cost")),
				Arguments.of("BOTH", SeedAnswers.both(), List.of("help-therapist", "help-coach", "help-cost")),
				Arguments.of("EXPLORE", SeedAnswers.quiet(), List.of("help-therapist", "help-coach", "help-cost")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outcomes")
	void eachOutcomeShowsItsTopicsInOrder(String outcome, Map<String, String> answers, List<String> topics) throws Exception {
		Document page = result(answers, "");
		assertThat(page.selectFirst("main#main").attr("data-outcome")).isEqualTo(outcome);

		Element help = page.selectFirst("section.finding-help");
		assertThat(help).isNotNull();
		assertThat(help.select("section.help-topic").eachAttr("id")).containsExactlyElementsOf(topics);
		// just before the private link
		assertThat(help.nextElementSibling().hasClass("keep")).isTrue();

		List<Element> links = help.select("a[href]");
		assertThat(links).isNotEmpty().allSatisfy(a -> {
			assertThat(a.attr("href")).startsWith("https://");
			assertThat(a.attr("rel")).contains("noreferrer");
		});
		// nothing in it is loaded from another host
		assertThat(help.select("[src], link, iframe, object")).isEmpty();
	}

	@Test
	void therapyShowsARegisterForEveryRegionOfTheCrisisLinesAndTheArticlesCostNote() throws Exception {
		Element therapist = result(SeedAnswers.therapy(), "").getElementById("help-therapist");

		assertThat(therapist.select("details.help-region summary").eachText()).containsExactly("United States",
				"United Kingdom", "Canada", "Ireland", "Australia", "New Zealand");
		assertThat(therapist.select("a[href^=https://www.hcpc-uk.org]").text()).isEqualTo("HCPC: check the Register");

		Element cost = result(SeedAnswers.therapy(), "").getElementById("help-cost");
		assertThat(cost.text()).contains("Per session, often insurance-based").doesNotContainPattern("\\d");
	}

	@Test
	void anUrgentResultAndThePrintViewShowNoFindingHelp() throws Exception {
		Document urgent = result(SeedAnswers.urgent(), "");
		assertThat(urgent.selectFirst("main#main").attr("data-outcome")).isEqualTo("URGENT_SUPPORT");
		assertThat(urgent.select("section.finding-help")).isEmpty();

		assertThat(result(SeedAnswers.therapy(), "/print").select("section.finding-help")).isEmpty();
	}

	private Document result(Map<String, String> answers, String view) throws Exception {
		String id = assessments.complete(published.current(), answers).id().orElseThrow();
		String html = mvc.perform(get("/results/" + id + view).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}
}
