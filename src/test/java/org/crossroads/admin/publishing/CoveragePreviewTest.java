package org.crossroads.admin.publishing;


import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.editing.Items;
import org.crossroads.admin.testcases.TestCaseCoverage;
import org.crossroads.admin.testcases.TestCaseForm;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.rules.coverage.Coverage;
import org.crossroads.rules.coverage.Gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coverage section of the preview, making a test case for a gap, the publish refusal while
 * gaps remain (the default of {@code crossroads.publish.require-full-coverage}), and the figures of
 * each published version.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class CoveragePreviewTest extends AdminTestSupport {

	private static final String GAP = "option:format:online";

	@Autowired
	private CoveragePolicy policy;

	@Autowired
	private PublishedCoverageRepository coverages;

	@Test
	void versionOneIsFullyCoveredByItsSeededCasesAndItsRecordedFiguresAreThoseCoverageComputes() throws Exception {
		RuleSetEntity one = ruleSets.findByNumber(1).orElseThrow();
		Coverage.Report report = TestCaseCoverage.report(published.version(1).orElseThrow().rules(),
				testCases.findByRuleSetOrderByPositionAscIdAsc(one));
		assertThat(report.gaps()).isEmpty();
		assertThat(report.percent()).isEqualTo(100);
		PublishedCoverageEntity seeded = coverages.findById(one.getId()).orElseThrow();
		assertThat(seeded.getCovered()).isEqualTo(report.coveredCount());
		assertThat(seeded.getTotal()).isEqualTo(report.total());
		assertThat(seeded.getUnreachable()).isEqualTo(report.unreachable().size());
		System.out.printf("Version 1 coverage with its seeded cases: %d/%d (%d %%)%n", report.coveredCount(),
				report.total(), report.percent());

		String page = mvc.perform(get("/admin/preview")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Covered: " + report.coveredCount() + " of " + report.total() + " items (100 %)");
		assertThat(page).contains("id=\"coverage-full\"", "Cannot be reached",
				"No answers score exactly 2 points for Therapy, one point below its threshold.");
		mvc.perform(get("/admin/history")).andExpect(content().string(containsString(
				report.coveredCount() + " of " + report.total() + " items (100 %)")));
	}

	@Test
	void aNewOptionIsAGapUntilTheCaseMadeForItIsSavedThenTheDraftPublishes() throws Exception {
		addOnlineFormat();
		String page = mvc.perform(get("/admin/preview")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("data-gap=\"" + GAP + "\"", "No test case chooses “Online sessions” for “Preferred format”.",
				"/admin/test-cases/new?gap=" + GAP);
		assertThat(page).doesNotContain("id=\"coverage-full\"");

		// Publishing waits, and says which gap
		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "An online format")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("leave these items unexercised")))
			.andExpect(content().string(containsString("No test case chooses “Online sessions” for “Preferred format”.")));
		assertThat(latestNumber()).isEqualTo(before);

		// The prefilled form: one answer changed from an existing case, the engine's outcome expected
		var form = (TestCaseForm) mvc.perform(get("/admin/test-cases/new").param("gap", GAP)).andExpect(status().isOk())
			.andExpect(content().string(containsString("These answers fill the gap")))
			.andReturn().getModelAndView().getModel().get("form");
		assertThat(form.answers()).containsEntry("format", "online");
		Map<String, String> fields = new HashMap<>();
		fields.put("lockVersion", "0");
		fields.put("name", "Prefers online sessions");
		fields.put("expected", form.expected().name());
		form.answers().forEach((q, o) -> fields.put("answers[" + q + "]", o));
		postForm("/admin/test-cases", fields).andExpect(status().is3xxRedirection());

		assertThat(workingCoverage().full()).isTrue();
		mvc.perform(get("/admin/preview")).andExpect(content().string(containsString("id=\"coverage-full\"")));
		postForm("/admin/publish", Map.of("note", "An online format")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
		Coverage.Report report = workingCoverage();
		PublishedCoverageEntity recorded = coverages.findById(drafts.latestPublished().getId()).orElseThrow();
		assertThat(recorded.getCovered()).isEqualTo(recorded.getTotal()).isEqualTo(report.total());
	}

	@Test
	void anUnknownOrFilledGapGivesAnInlineMessageAndAnEmptyForm() throws Exception {
		mvc.perform(get("/admin/test-cases/new").param("gap", "option:no-such:thing")).andExpect(status().isOk())
			.andExpect(content().string(containsString("is not one of the draft")))
			.andExpect(content().string(not(containsString("These answers fill the gap"))));
		mvc.perform(get("/admin/test-cases/new").param("gap", "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("is not one of the draft")));
	}

	@Test
	void withTheSettingOffADraftWithGapsPublishes() throws Exception {
		addOnlineFormat();
		assertThat(workingCoverage().gaps()).extracting(Gap::id).containsExactly(GAP);
		int before = latestNumber();
		policy.requireFullCoverage(false);
		try {
			mvc.perform(get("/admin/preview")).andExpect(content().string(not(containsString("Publishing waits until every gap"))));
			postForm("/admin/publish", Map.of("note", "An online format")).andExpect(status().is3xxRedirection());
		}
		finally {
			policy.requireFullCoverage(true);
		}
		assertThat(latestNumber()).isEqualTo(before + 1);
		PublishedCoverageEntity recorded = coverages.findById(drafts.latestPublished().getId()).orElseThrow();
		assertThat(recorded.getCovered()).isEqualTo(recorded.getTotal() - 1);
	}

	private void addOnlineFormat() {
		inDraft(draft -> {
			QuestionEntity format = Items.question(draft, "format").orElseThrow();
			AnswerOptionEntity online = new AnswerOptionEntity();
			online.setQuestion(format);
			online.setKey("online");
			online.setLabel("Online sessions");
			online.setScore(0);
			online.setPosition(format.getOptions().size() + 1);
			format.getOptions().add(online);
		});
	}
}
