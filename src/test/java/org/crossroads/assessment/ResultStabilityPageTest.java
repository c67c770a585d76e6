package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.crossroads.SeedAnswers;
import org.crossroads.admin.AdminTestSupport;

/**
 * "How settled is this result" on the private result page: clear or a close call in words, the
 * scores against their thresholds, the deciding answers; nothing of it for URGENT_SUPPORT; and
 * worded under the version that decided the result.
 */
class ResultStabilityPageTest extends AdminTestSupport {

	@Autowired
	AssessmentService assessments;

	String store(Map<String, String> answers) {
		return assessments.complete(published.current(), answers).id().orElseThrow();
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aCloseCallSaysSoBelowTheReasonsAndNamesTheDecidingAnswers() throws Exception {
		Element section = page("/results/" + store(SeedAnswers.stuck())).selectFirst("main section.stability");

		assertThat(section).isNotNull();
		// below the reasons
		assertThat(section.previousElementSibling().hasClass("reasons")).isTrue();
		assertThat(section.attr("aria-labelledby")).isEqualTo("stability-title");
		assertThat(section.selectFirst("h2#stability-title").text()).isEqualTo("How settled is this result?");
		assertThat(section.attr("data-verdict")).isEqualTo("close");
		assertThat(section.selectFirst(".stability-verdict").text()).contains("close call");
		assertThat(section.select("ul.stability-scores li")).extracting(Element::text).containsExactly(
				"Therapy: 0 of the 3 points that suggest therapy", "Coaching: 3 of the 3 points that suggest coaching");
		assertThat(section.select("ul.stability-tipping li")).extracting(Element::text)
			.contains("If your answer to “Feeling stuck” had been “Somewhat”, the result would have shown no clear signal "
					+ "for either.",
					"If your answer to “Daily life” had been “Severely: it is hard to get through the day”, the result "
							+ "would have pointed to both therapy and coaching.")
			.noneMatch(text -> text.contains("self-harm"));
		assertThat(section.select("ul.stability-tipping li[data-question=self-harm]")).isEmpty();
		assertThat(section.select("ul.stability-pairs")).isEmpty();
	}

	@Test
	void aClearResultSaysNoSingleAnswerChangesItAndNamesTheClosestPairs() throws Exception {
		String id = store(SeedAnswers.calmWith("grief-addiction", "yes", "trauma", "yes", "feeling-stuck", "yes",
				"growth-goal", "yes"));
		Element section = page("/results/" + id).selectFirst("main section.stability");

		assertThat(section.attr("data-verdict")).isEqualTo("clear");
		assertThat(section.selectFirst(".stability-verdict").text()).contains("clear");
		assertThat(section.select("ul.stability-tipping")).isEmpty();
		assertThat(section.select("ul.stability-pairs li")).extracting(Element::text).containsExactly(
				"If you had changed two answers, “Grief or addiction” to “No” and “A painful experience” to “I'm not sure”, "
						+ "the result would have pointed to coaching.",
				"If you had changed two answers, “Feeling stuck” to “Somewhat” and “A goal to plan for” to “No”, "
						+ "the result would have pointed to therapy.");
		// the print view keeps it: it is part of the result
		assertThat(page("/results/" + id + "/print").select("main section.stability")).hasSize(1);
	}

	@Test
	void urgentSupportShowsNothingOfIt() throws Exception {
		String id = store(SeedAnswers.urgent());

		assertThat(page("/results/" + id).select("section.stability, #stability-title")).isEmpty();
		assertThat(page("/results/" + id + "/print").select("section.stability")).isEmpty();
	}

	@Test
	void aStoredResultIsWordedUnderTheVersionThatDecidedIt() throws Exception {
		String id = store(SeedAnswers.stuck());
		inDraft(draft -> QuestionnaireVersionTest.question(draft, "feeling-stuck").setShortLabel("Needing clarity"));
		publishing.publish("Feeling stuck renamed", null, "editor");
		published.refresh();

		Element section = page("/results/" + id).selectFirst("main section.stability");
		assertThat(section.select("li[data-question=feeling-stuck]")).extracting(Element::text)
			.allMatch(text -> text.contains("“Feeling stuck”"));
		// a new result reads the new version
		Element now = page("/results/" + store(SeedAnswers.stuck())).selectFirst("main section.stability");
		assertThat(now.select("li[data-question=feeling-stuck]")).extracting(Element::text).isNotEmpty()
			.allMatch(text -> text.contains("“Needing clarity”"));
	}
}
