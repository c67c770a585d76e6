package org.crossroads.admin.publishing;

import org.crossroads.SeedAnswers;
import org.crossroads.admin.AdminTestSupport;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.crossroads.ruleset.CriterionEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor takes the questionnaire under the draft and sees the result beside the published one. */
@WithMockUser(username = "editor", roles = "EDITOR")
class PreviewComparisonTest extends AdminTestSupport {

	@Test
	void theDraftsQuestionnaireAndAnAnswerSetUnderBothVersionsSideBySide() throws Exception {
		CriterionEntity stuck = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		postForm("/admin/criteria/" + stuck.getId(), DraftVisibilityTest.criterionFields(stuck, stuck.getTitle(), 1))
			.andExpect(status().is3xxRedirection());
		var focus = DraftVisibilityTest.question(reader.working(), "focus");
		postForm("/admin/questions/" + focus.getId(), DraftVisibilityTest.questionFields(focus, "Draft-only prompt"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin/preview/questionnaire")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft-only prompt")))
			.andExpect(content().string(containsString("id=\"feeling-stuck--yes\"")));

		MockHttpServletRequestBuilder request = post("/admin/preview/compare").with(csrf());
		SeedAnswers.stuck().forEach(request::param);
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Published (version " + latestNumber() + ")");
		String outcomeRow = page.substring(page.indexOf("id=\"compare-outcome\""), page.indexOf("id=\"compare-therapy\""));
		assertThat(outcomeRow).contains("admin-changed");
		assertThat(outcomeRow.substring(outcomeRow.indexOf("class=\"published\""), outcomeRow.indexOf("class=\"draft\"")))
			.contains("Coaching");
		assertThat(outcomeRow.substring(outcomeRow.indexOf("class=\"draft\""))).contains("Explore");
		String coachingRow = page.substring(page.indexOf("id=\"compare-coaching\""), page.indexOf("id=\"compare-met\""));
		assertThat(coachingRow).contains(">3<", ">1<");

		// The answers can be kept as a test case straight from the comparison.
		Map<String, String> fields = new java.util.HashMap<>();
		SeedAnswers.stuck().forEach((q, o) -> fields.put("answers[" + q + "]", o));
		fields.put("lockVersion", "0");
		fields.put("name", "Stuck with a lighter weight");
		fields.put("expected", "EXPLORE");
		postForm("/admin/test-cases", fields).andExpect(status().is3xxRedirection());
		assertThat(reader.working().testCases()).anySatisfy(t -> {
			assertThat(t.getName()).isEqualTo("Stuck with a lighter weight");
			assertThat(t.getAnswers()).containsAllEntriesOf(SeedAnswers.stuck());
		});
	}
}
