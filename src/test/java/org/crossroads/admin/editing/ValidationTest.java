package org.crossroads.admin.editing;

import org.crossroads.NoControlCharacters;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.admin.publishing.DraftVisibilityTest;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.CriterionEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad values are refused with a message beside the field, and nothing is saved (not even a draft started). */
@WithMockUser(username = "editor", roles = "EDITOR")
class ValidationTest extends AdminTestSupport {

	@Test
	void aCriterionWithABlankTitleAndANegativeWeightIsRefusedWithMessagesBesideTheFields() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		postForm("/admin/criteria/" + c.getId(), DraftVisibilityTest.criterionFields(c, "  ", -2))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("title-error", "Please fill this in."))
			.andExpect(Html.textOfContains("weight-error", "A weight cannot be negative"))
			.andExpect(Html.tagOf("weight", "aria-describedby=\"weight-error\""))
			.andExpect(content().string(containsString("class=\"error-summary\" role=\"alert\"")));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void aQuestionNeedsAShortLabelOfAtMostSixtyCharacters() throws Exception {
		var q = DraftVisibilityTest.question(reader.working(), "focus");
		Map<String, String> fields = DraftVisibilityTest.questionFields(q, q.getPrompt());
		fields.put("shortLabel", " ");
		postForm("/admin/questions/" + q.getId(), fields)
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("shortLabel-error", "Please fill this in."));
		fields.put("shortLabel", "x".repeat(61));
		postForm("/admin/questions/" + q.getId(), fields)
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("shortLabel-error", "Please use at most 60 characters."));
		postForm("/admin/questions", Map.of("section", "practical", "key", "budget", "prompt", "What can you spend?",
				"help", "", "scale", ""))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("shortLabel-error", "Please fill this in."));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void aCriterionWhoseTitleRepeatsItsReasonIsRefusedBesideTheReason() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		postForm("/admin/criteria/" + c.getId(), DraftVisibilityTest.criterionFields(c, c.getReason().toUpperCase(), 3))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("reason-error", "The reason repeats the title"));
		postForm("/admin/criteria", Map.of("code", "coaching.career-change", "title", "Changing career.",
				"reason", "changing career", "pathway", "COACHING", "weight", "1", "match", "ANY"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("reason-error", "The reason repeats the title"));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void aWordInANumberFieldGetsAPlainMessage() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		Map<String, String> fields = DraftVisibilityTest.criterionFields(c, c.getTitle(), 3);
		fields.put("weight", "three");
		postForm("/admin/criteria/" + c.getId(), fields)
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("weight-error", "Please enter a whole number."))
			.andExpect(Html.tagOf("weight", "value=\"three\""));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void controlCharactersInATextAreRefusedAndNothingIsSaved() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		for (String text : new String[] { "Stuck\u0000", "Stuck\u001b[31m", "Stuck\u0007" }) {
			postForm("/admin/criteria/" + c.getId(), DraftVisibilityTest.criterionFields(c, text, 3))
				.andExpect(status().isBadRequest())
				.andExpect(Html.textOfContains("title-error", "Please remove the control characters"));
		}
		assertThat(draftExists()).isFalse();
	}

	@Test
	void tabsAndLineBreaksAreOrdinaryText() {
		assertThat(NoControlCharacters.hasControlCharacter("one\ttwo\r\nthree")).isFalse();
		assertThat(NoControlCharacters.hasControlCharacter("caf\u00e9 \u2014 ok")).isFalse();
		assertThat(NoControlCharacters.hasControlCharacter("a\u0000b")).isTrue();
		assertThat(NoControlCharacters.hasControlCharacter("a\u009bb")).isTrue();
	}

	@Test
	void thresholdsBelowOneAreRefused() throws Exception {
		var ruleSet = reader.working().ruleSet();
		postForm("/admin/thresholds/" + ruleSet.getId(), Map.of("lockVersion", String.valueOf(ruleSet.getLockVersion()),
				"therapy", "3", "coaching", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOf("coaching-error", "A threshold must be at least 1."));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void aNewCriterionNeedsAnUnusedWellFormedCode() throws Exception {
		Map<String, String> fields = new java.util.HashMap<>(Map.of("code", "Coaching Stuck!", "title", "T", "reason", "R",
				"pathway", "COACHING", "weight", "1", "match", "ANY"));
		postForm("/admin/criteria", fields).andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("code-error", "Use lower-case letters and digits"));
		fields.put("code", "coaching.stuck");
		postForm("/admin/criteria", fields).andExpect(status().isBadRequest())
			.andExpect(Html.textOf("code-error", "Another criterion already has this code."));
		assertThat(reader.working().criteria()).extracting(CriterionEntity::getCode).doesNotContain("Coaching Stuck!");
	}

	@Test
	void anAnswerConditionNeedsATickedOptionOfItsOwnQuestion() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		String lock = String.valueOf(c.getLockVersion());
		postForm("/admin/criteria/" + c.getId() + "/conditions/0/answer", Map.of("lockVersion", lock))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tick at least one option.")));
		postForm("/admin/criteria/" + c.getId() + "/conditions/0/answer", Map.of("lockVersion", lock, "options", "severely"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only the options of the chosen question can be ticked.")));
		postForm("/admin/criteria/" + c.getId() + "/conditions/score", Map.of("lockVersion", lock, "scale", "made-up",
				"minimum", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a scale that a question of the draft adds to.")));
		assertThat(draftExists()).isFalse();
	}

	@Test
	void markupTypedByAnEditorIsShownAsTextNeverRun() throws Exception {
		CriterionEntity c = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		postForm("/admin/criteria/" + c.getId(),
				DraftVisibilityTest.criterionFields(c, "<script>alert('x')</script><b>bold</b>", 3))
			.andExpect(status().is3xxRedirection());
		CriterionEntity draft = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		for (String page : new String[] { "/admin/criteria", "/admin/criteria/" + draft.getId() }) {
			mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<script>alert")), not(containsString("<b>bold")),
						containsString("&lt;script&gt;alert("))));
		}
	}
}
