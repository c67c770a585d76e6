package org.crossroads.admin.editing;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.publishing.DraftVisibilityTest;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two editors save the same item: the second is told, shown the current values, and overwrites nothing. */
@WithMockUser(username = "editor", roles = "EDITOR")
class EditConflictTest extends AdminTestSupport {

	@Test
	void theSecondSaveOfTheSameDraftItemIsRefusedWithTheCurrentValues() throws Exception {
		// Both editors open the same criterion of the draft.
		CriterionEntity published = DraftVisibilityTest.criterion(reader.working(), "coaching.accountability");
		postForm("/admin/criteria/" + published.getId(), DraftVisibilityTest.criterionFields(published, published.getTitle(), 2))
			.andExpect(status().is3xxRedirection());
		CriterionEntity seenByBoth = DraftVisibilityTest.criterion(reader.working(), "coaching.accountability");

		postForm("/admin/criteria/" + seenByBoth.getId(),
				DraftVisibilityTest.criterionFields(seenByBoth, "Needs accountability (first editor)", 4))
			.andExpect(status().is3xxRedirection());
		postForm("/admin/criteria/" + seenByBoth.getId(),
				DraftVisibilityTest.criterionFields(seenByBoth, "Needs accountability (second editor)", 5))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(
					containsString("Someone else saved this item while you were editing it. Your change was not saved."),
					// the form shows the current values...
					containsString("value=\"Needs accountability (first editor)\""), containsString("value=\"4\""),
					// ...and the second editor's own, unsaved, beside them
					containsString("Your value, not saved:"), containsString("Needs accountability (second editor)"))));

		CriterionEntity now = DraftVisibilityTest.criterion(reader.working(), "coaching.accountability");
		assertThat(now.getTitle()).isEqualTo("Needs accountability (first editor)");
		assertThat(now.getWeight()).isEqualTo(4);
	}

	@Test
	void aQuestionsShortLabelSavedMeanwhileIsShownWithTheSecondEditorsOwnBesideIt() throws Exception {
		QuestionEntity published = DraftVisibilityTest.question(reader.working(), "focus");
		postForm("/admin/questions/" + published.getId(), DraftVisibilityTest.questionFields(published, published.getPrompt()))
			.andExpect(status().is3xxRedirection());
		QuestionEntity seenByBoth = DraftVisibilityTest.question(reader.working(), "focus");

		Map<String, String> first = DraftVisibilityTest.questionFields(seenByBoth, seenByBoth.getPrompt());
		first.put("shortLabel", "Past or future");
		postForm("/admin/questions/" + seenByBoth.getId(), first).andExpect(status().is3xxRedirection());
		Map<String, String> second = DraftVisibilityTest.questionFields(seenByBoth, seenByBoth.getPrompt());
		second.put("shortLabel", "What you want most");
		postForm("/admin/questions/" + seenByBoth.getId(), second)
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("value=\"Past or future\""),
					containsString("Your value, not saved:"), containsString("What you want most"))));

		assertThat(DraftVisibilityTest.question(reader.working(), "focus").getShortLabel()).isEqualTo("Past or future");
	}

	@Test
	void anEditorWhosePageShowedThePublishedVersionCannotOverwriteAChangeMadeInTheDraftMeanwhile() throws Exception {
		CriterionEntity published = DraftVisibilityTest.criterion(reader.working(), "coaching.accountability");
		// The first editor's save starts the draft and changes the criterion there.
		postForm("/admin/criteria/" + published.getId(), DraftVisibilityTest.criterionFields(published, "Changed first", 2))
			.andExpect(status().is3xxRedirection());
		// The second editor still has the page of the published version open.
		postForm("/admin/criteria/" + published.getId(), DraftVisibilityTest.criterionFields(published, "Changed second", 2))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"Changed first\"")));
		assertThat(DraftVisibilityTest.criterion(reader.working(), "coaching.accountability").getTitle())
			.isEqualTo("Changed first");
	}

	@Test
	void conditionEditsMakeTheCriterionFormStaleToo() throws Exception {
		CriterionEntity published = DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life");
		postForm("/admin/criteria/" + published.getId(), DraftVisibilityTest.criterionFields(published, published.getTitle(), 3))
			.andExpect(status().is3xxRedirection());
		CriterionEntity seen = DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life");
		String lock = String.valueOf(seen.getLockVersion());

		// One editor widens the condition...
		postForm("/admin/criteria/" + seen.getId() + "/conditions/0/answer",
				Map.of("lockVersion", lock, "options", "a-little"))
			.andExpect(status().is3xxRedirection());
		// ...the other, with the same page open, saves the criterion itself, and is stopped.
		postForm("/admin/criteria/" + seen.getId(), DraftVisibilityTest.criterionFields(seen, "Other title", 3))
			.andExpect(status().isConflict());
		assertThat(DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life").getTitle())
			.isEqualTo(seen.getTitle());
	}
}
