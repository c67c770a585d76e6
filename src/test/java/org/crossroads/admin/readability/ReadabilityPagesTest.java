package org.crossroads.admin.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.QuestionEntity;

/** Editors see each visitor-facing field's reading grade, and the list of texts hardest first. */
@WithMockUser(username = "editor", roles = "EDITOR")
class ReadabilityPagesTest extends AdminTestSupport {

	private static final String HARD = "Notwithstanding considerable methodological heterogeneity, psychotherapeutic "
			+ "interventions demonstrate substantial effectiveness regarding symptomatology.";

	@Test
	void aFieldShowsItsGradeAndAWarningAboveTheTargetYetAHardTextIsSaved() throws Exception {
		OutcomeTextEntity therapy = reader.working().ruleSet().getOutcomeTexts().stream()
			.filter(t -> t.getOutcome() == Outcome.THERAPY).findFirst().orElseThrow();
		Document before = page("/admin/headlines/" + therapy.getId());
		Element grade = before.getElementById("headline-grade");
		assertThat(grade).isNotNull();
		assertThat(grade.text()).startsWith("Reading grade").doesNotContain("Harder to read");
		assertThat(before.getElementById("headline").attr("aria-describedby")).isEqualTo("headline-grade");

		postForm("/admin/headlines/" + therapy.getId(),
				Map.of("lockVersion", String.valueOf(therapy.getLockVersion()), "headline", HARD))
			.andExpect(redirectedUrl("/admin/headlines/" + draftHeadlineId() + "?saved"));

		Document after = page("/admin/headlines/" + draftHeadlineId());
		assertThat(after.getElementById("headline").text()).isEqualTo(HARD);
		assertThat(after.getElementById("headline-grade").text()).contains("Harder to read than grade 8")
			.contains("You can still save it");
		assertThat(after.getElementById("headline-grade").hasClass("admin-grade-warn")).isTrue();
	}

	@Test
	void validatedWordingAndQuotationsShowTheirGradeWithoutAWarning() throws Exception {
		QuestionEntity phq = reader.working().ruleSet().getSections().stream().flatMap(s -> s.getQuestions().stream())
			.filter(q -> q.getKey().equals("phq2-mood")).findFirst().orElseThrow();
		Element prompt = page("/admin/questions/" + phq.getId()).getElementById("prompt-grade");
		assertThat(prompt.text()).contains("Reading grade").contains("validated wording").doesNotContain("Harder");

		CriterionEntity documentation = reader.working().ruleSet().getCriteria().stream()
			.filter(c -> c.getCode().equals("therapy.documentation")).findFirst().orElseThrow();
		assertThat(documentation.isReasonQuoted()).isTrue();
		Element reason = page("/admin/criteria/" + documentation.getId()).getElementById("reason-grade");
		assertThat(reason.text()).contains("quotation").doesNotContain("Harder");
	}

	@Test
	void aRewordedQuotationIsNoLongerMarkedAsTheArticles() throws Exception {
		CriterionEntity stuck = criterion("coaching.stuck");
		assertThat(stuck.isReasonQuoted()).isTrue();
		Map<String, String> same = new java.util.HashMap<>(Map.of("lockVersion", String.valueOf(stuck.getLockVersion()),
				"title", stuck.getTitle(), "reason", stuck.getReason(), "pathway", "COACHING", "weight", "3",
				"match", "ANY", "position", String.valueOf(stuck.getPosition()), "active", "true"));
		same.put("title", "You feel stuck and want a clear next step now");
		postForm("/admin/criteria/" + stuck.getId(), same).andExpect(status().is3xxRedirection());
		assertThat(criterion("coaching.stuck").isReasonQuoted()).as("a new title keeps the quotation").isTrue();

		CriterionEntity draft = criterion("coaching.stuck");
		same.put("lockVersion", String.valueOf(draft.getLockVersion()));
		same.put("reason", "Coaching suits people who are doing well but feel stuck.");
		postForm("/admin/criteria/" + draft.getId(), same).andExpect(status().is3xxRedirection());
		assertThat(criterion("coaching.stuck").isReasonQuoted()).isFalse();
	}

	private CriterionEntity criterion(String code) {
		return reader.working().ruleSet().getCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst()
			.orElseThrow();
	}

	@Test
	void theListShowsEveryTextHardestFirstWithALinkToItsEditor() throws Exception {
		Document list = page("/admin/readability");
		List<Element> rows = new java.util.ArrayList<>(list.select("#readability tbody tr"));
		assertThat(rows).hasSize(ReadabilityController.PAGE_SIZE);
		Document next = page("/admin/readability?page=2");
		rows.addAll(next.select("#readability tbody tr"));
		assertThat(next.select("a[rel=prev]").attr("href")).isEqualTo("/admin/readability?page=1");
		assertThat(page("/admin/readability?page=999").select("#readability tbody tr")).isNotEmpty();
		mvc.perform(get("/admin/readability").param("page", "two")).andExpect(status().isBadRequest());
		List<Double> grades = rows.stream().map(r -> Double.parseDouble(r.selectFirst("td span").text())).toList();
		assertThat(grades).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(rows.get(0).selectFirst("a").attr("href")).startsWith("/admin/");
		assertThat(list.text()).contains("fewer than 5 words");
		assertThat(page("/admin").select("a[href=/admin/readability]")).isNotEmpty();
	}

	private long draftHeadlineId() {
		return reader.working().ruleSet().getOutcomeTexts().stream().filter(t -> t.getOutcome() == Outcome.THERAPY)
			.findFirst().orElseThrow().getId();
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}
}
