package org.crossroads.admin.editing;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.admin.publishing.DraftVisibilityTest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.SectionEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each kind of edit reaches the draft, and only the draft. */
@WithMockUser(username = "editor", roles = "EDITOR")
class EditingOperationsTest extends AdminTestSupport {

	@Test
	void aNewCriterionGetsConditionsPickedFromQuestionsOptionsAndScales() throws Exception {
		postForm("/admin/criteria", Map.of("code", "coaching.career-change", "title", "Planning a career change",
				"reason", "Sessions focus on the future rather than the past", "pathway", "COACHING", "weight", "2",
				"match", "ALL"))
			.andExpect(status().is3xxRedirection());
		CriterionEntity added = DraftVisibilityTest.criterion(reader.working(), "coaching.career-change");
		assertThat(added.getConditions()).isEmpty();
		mvc.perform(get("/admin/preview")).andExpect(content().string(
				containsString("Criterion coaching.career-change has no conditions.")));

		// Picking a question shows its options as checkboxes.
		mvc.perform(get("/admin/criteria/" + added.getId()).param("question", "growth-goal"))
			.andExpect(content().string(containsString("name=\"options\" value=\"yes\"")));
		postForm("/admin/criteria/" + added.getId() + "/conditions/answer", Map.of("lockVersion",
				String.valueOf(added.getLockVersion()), "question", "growth-goal", "options", "yes"))
			.andExpect(status().is3xxRedirection());
		added = DraftVisibilityTest.criterion(reader.working(), "coaching.career-change");
		postForm("/admin/criteria/" + added.getId() + "/conditions/score", Map.of("lockVersion",
				String.valueOf(added.getLockVersion()), "scale", "phq2", "minimum", "0"))
			.andExpect(status().is3xxRedirection());

		added = DraftVisibilityTest.criterion(reader.working(), "coaching.career-change");
		List<CriterionConditionEntity> conditions = RulesEditing.conditions(added);
		assertThat(conditions).extracting(CriterionConditionEntity::getKind).containsExactly(ConditionKind.ANSWER, ConditionKind.SCORE);
		assertThat(conditions.get(0).getOptionKeys()).containsExactly("yes");
		assertThat(conditions.get(1).getScaleKey()).isEqualTo("phq2");

		postForm("/admin/criteria/" + added.getId() + "/conditions/1/remove", Map.of("lockVersion",
				String.valueOf(added.getLockVersion()), "confirmed", "yes"))
			.andExpect(status().is3xxRedirection());
		added = DraftVisibilityTest.criterion(reader.working(), "coaching.career-change");
		assertThat(added.getConditions()).hasSize(1);

		postForm("/admin/criteria/" + added.getId() + "/remove", Map.of("lockVersion", String.valueOf(added.getLockVersion()), "confirmed", "yes"))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().criteria()).extracting(CriterionEntity::getCode).doesNotContain("coaching.career-change");
	}

	@Test
	void questionsAndOptionsAreAddedReorderedAndRemoved() throws Exception {
		postForm("/admin/questions", Map.of("section", "practical", "key", "budget", "prompt", "What can you spend?",
				"shortLabel", "Budget", "help", "", "scale", ""))
			.andExpect(status().is3xxRedirection());
		QuestionEntity budget = DraftVisibilityTest.question(reader.working(), "budget");
		assertThat(budget.isRequired()).isFalse();
		assertThat(budget.getShortLabel()).isEqualTo("Budget");
		for (String key : List.of("low", "high")) {
			QuestionEntity current = DraftVisibilityTest.question(reader.working(), "budget");
			postForm("/admin/questions/" + current.getId() + "/options", Map.of("lockVersion",
					String.valueOf(current.getLockVersion()), "key", key, "label", "Label " + key, "score", "0"))
				.andExpect(status().is3xxRedirection());
		}
		// Put "high" first and relabel it.
		budget = DraftVisibilityTest.question(reader.working(), "budget");
		Map<String, String> fields = DraftVisibilityTest.questionFields(budget, "What can you spend on support?");
		fields.put("options[0].position", "2");
		fields.put("options[1].position", "1");
		fields.put("options[1].label", "A lot");
		fields.put("shortLabel", "  What you can spend ");
		postForm("/admin/questions/" + budget.getId(), fields).andExpect(status().is3xxRedirection());
		budget = DraftVisibilityTest.question(reader.working(), "budget");
		assertThat(budget.getShortLabel()).isEqualTo("What you can spend");
		assertThat(Items.sorted(budget.getOptions(), o -> o.getPosition(), o -> o.getId()))
			.extracting(o -> o.getKey() + ":" + o.getLabel()).containsExactly("high:A lot", "low:Label low");

		postForm("/admin/questions/" + budget.getId() + "/options/0/remove", Map.of("lockVersion",
				String.valueOf(budget.getLockVersion()), "confirmed", "yes"))
			.andExpect(status().is3xxRedirection());
		budget = DraftVisibilityTest.question(reader.working(), "budget");
		assertThat(budget.getOptions()).extracting(o -> o.getKey()).containsExactly("low");

		postForm("/admin/questions/" + budget.getId() + "/remove", Map.of("lockVersion", String.valueOf(budget.getLockVersion()), "confirmed", "yes"))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().questions()).extracting(QuestionEntity::getKey).doesNotContain("budget");
	}

	@Test
	void sectionsHeadlinesTextsCrisisResourcesAndAboutAreEdited() throws Exception {
		SectionEntity goals = reader.working().sections().get(1);
		postForm("/admin/sections/" + goals.getId(), Map.of("lockVersion", String.valueOf(goals.getLockVersion()),
				"title", "What you hope for", "position", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().sections()).extracting(SectionEntity::getKey).containsExactly("goals", "wellbeing", "practical");

		var headline = reader.working().ruleSet().getOutcomeTexts().get(0);
		postForm("/admin/headlines/" + headline.getId(), Map.of("lockVersion", String.valueOf(headline.getLockVersion()),
				"headline", "New headline")).andExpect(status().is3xxRedirection());

		postForm("/admin/content-items", Map.of("lockVersion", "0", "list", "SHARED_SKILL", "body", "Listening well", "position", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().items(ContentList.SHARED_SKILL)).extracting(ContentItemEntity::getBody)
			.first().isEqualTo("Listening well");

		postForm("/admin/crisis-resources", Map.of("lockVersion", "0", "region", "Ireland", "regionCode", "IE", "language", "en", "label", "Test helpline", "contact", "Call 116 123",
				"url", "javascript:alert(1)", "position", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("url-error", "starting with https://"));
		postForm("/admin/crisis-resources", Map.of("lockVersion", "0", "region", "Ireland", "regionCode", "IE", "language", "en", "label", "Test helpline", "contact", "Call 116 123",
				"url", "https://www.samaritans.org/ireland", "position", "5"))
			.andExpect(status().is3xxRedirection());

		var about = reader.working().ruleSet().getAbout();
		postForm("/admin/about/" + about.getId(), Map.of("lockVersion", String.valueOf(about.getLockVersion()),
				"author", about.getAuthor(), "sources", about.getSources(), "lastReviewed", "2027-01-15",
				"reviewPolicy", about.getReviewPolicy(), "instruments", about.getInstruments(), "funding", about.getFunding(),
				"conflictsOfInterest", about.getConflictsOfInterest(), "limits", about.getLimits()))
			.andExpect(status().is3xxRedirection());

		var changes = mvc.perform(get("/admin/preview")).andReturn().getResponse().getContentAsString();
		assertThat(changes).contains("What you hope for", "New headline", "Listening well", "Test helpline", "2027-01-15");
		// Visitors still see none of it.
		assertThat(published.current().site().crisisResources()).extracting(r -> r.label()).doesNotContain("Test helpline");
	}
}
