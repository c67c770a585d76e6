package org.crossroads.admin.publishing;

import org.crossroads.admin.editing.Items;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing is refused for a draft that cannot be evaluated as meant, and while a test case fails.
 * The broken drafts are made directly, as most of them no form would allow.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class PublishRefusalTest extends AdminTestSupport {

	@Test
	void aCriterionWithoutConditions() throws Exception {
		refused(draft -> criterion(draft, "coaching.performance").getConditions().clear(),
				"Criterion coaching.performance has no conditions.");
	}

	@Test
	void aCriterionWhoseTitleOnlyRepeatsItsReason() throws Exception {
		refused(draft -> {
			CriterionEntity stuck = criterion(draft, "coaching.stuck");
			// Case, quotes and the final full stop do not make it a summary.
			stuck.setTitle("\u201ccoaching is best suited for individuals who are functioning well but feel stuck or lack direction\u201d");
		}, "Criterion coaching.stuck has the same words as title and as reason");
	}

	@Test
	void aConditionNamingARemovedQuestion() throws Exception {
		refused(draft -> {
			QuestionEntity trauma = question(draft, "trauma");
			trauma.getSection().getQuestions().remove(trauma);
		}, "Criterion therapy.trauma has a condition on question trauma, which the draft no longer has.");
	}

	@Test
	void aConditionNamingARemovedOption() throws Exception {
		refused(draft -> {
			QuestionEntity q = question(draft, "daily-functioning");
			AnswerOptionEntity severely = q.getOptions().stream().filter(o -> o.getKey().equals("severely")).findFirst().orElseThrow();
			q.getOptions().remove(severely);
		}, "Criterion therapy.daily-life has a condition on option severely of question daily-functioning, which that question no longer has.");
	}

	@Test
	void aConditionNamingAnUnknownScale() throws Exception {
		refused(draft -> {
			question(draft, "gad2-nervous").setScaleKey(null);
			question(draft, "gad2-worry").setScaleKey(null);
		}, "Criterion therapy.mental-health has a condition on the scale gad2, which no question of the draft adds to.");
	}

	@Test
	void aNegativeWeight() throws Exception {
		refused(draft -> criterion(draft, "coaching.group-formats").setWeight(-1),
				"Criterion coaching.group-formats has a negative weight (-1).");
	}

	@Test
	void aThresholdBelowOne() throws Exception {
		refused(draft -> draft.setTherapyThreshold(0), "The therapy threshold is 0; it must be at least 1.");
	}

	@Test
	void duplicateQuestionKeys() throws Exception {
		refused(draft -> question(draft, "insurance").setKey("documentation"), "Two questions have the key documentation.");
	}

	@Test
	void noActiveSafetyCriterionOnTheSelfHarmQuestion() throws Exception {
		refused(draft -> criterion(draft, "safety.self-harm").setActive(false),
				"No active safety criterion is left on the self-harm question");
	}

	@Test
	void aSafetyCriterionMovedToAnotherPathDoesNotCount() throws Exception {
		refused(draft -> criterion(draft, "safety.self-harm").setPathway(org.crossroads.rules.Pathway.THERAPY),
				"No active safety criterion is left on the self-harm question");
	}

	@Test
	void aFailingTestCaseUntilItsExpectationIsUpdated() throws Exception {
		inDraft(draft -> draft.setCoachingThreshold(4));
		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "Raise the coaching threshold"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("while these test cases do not give their expected outcome")))
			.andExpect(content().string(containsString("Feeling stuck and in need of clarity about next steps")));
		assertThat(latestNumber()).isEqualTo(before);

		TestCaseEntity stuckCase = reader.working().testCases().stream()
			.filter(t -> t.getName().startsWith("Feeling stuck")).findFirst().orElseThrow();
		Map<String, String> fields = new java.util.HashMap<>();
		fields.put("lockVersion", String.valueOf(stuckCase.getLockVersion()));
		fields.put("name", stuckCase.getName());
		fields.put("expected", "EXPLORE");
		stuckCase.getAnswers().forEach((q, o) -> fields.put("answers[" + q + "]", o));
		postForm("/admin/test-cases/" + stuckCase.getId(), fields).andExpect(status().is3xxRedirection());
		// the raised threshold's edges need cases of their own before it can be published
		coverDraft();

		postForm("/admin/publish", Map.of("note", "Raise the coaching threshold")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
	}

	@Test
	void aDraftThatChangedAfterTheEditorReviewedIt() throws Exception {
		inDraft(draft -> draft.setTherapyThreshold(4));
		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "n", "fingerprint", "0123"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The draft changed after this page was shown.")));
		assertThat(latestNumber()).isEqualTo(before);
	}

	@Test
	void aDraftWithoutChangesAndAMissingNote() throws Exception {
		inDraft(draft -> { });
		postForm("/admin/publish", Map.of("note", " ")).andExpect(status().isBadRequest())
			.andExpect(Html.textOf("note-error", "Please say in a few words what this version changes and why."));
		postForm("/admin/publish", Map.of("note", "nothing")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("there is nothing to publish")));
	}

	private void refused(Consumer<RuleSetEntity> breakIt, String message) throws Exception {
		inDraft(breakIt);
		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "Should not be published"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The draft cannot be published until these problems are fixed")))
			.andExpect(content().string(containsString(message)));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(draftExists()).isTrue();
		// The preview lists the same problem before anyone tries to publish.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/preview"))
			.andExpect(content().string(containsString(message)));
	}

	private static CriterionEntity criterion(RuleSetEntity draft, String code) {
		return draft.getCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static QuestionEntity question(RuleSetEntity draft, String key) {
		return Items.question(draft, key).orElseThrow();
	}
}
