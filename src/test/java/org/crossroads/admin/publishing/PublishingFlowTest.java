package org.crossroads.admin.publishing;

import org.crossroads.SeedAnswers;
import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditEvent;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MvcResult;

import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.RuleSetEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's whole path: change the draft, see which test cases change, publish, see the API's
 * answer change; then history, restore, stored results and the audit trail.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class PublishingFlowTest extends AdminTestSupport {

	/** Insertion order: PostgreSQL returns an unordered select in whatever order its pages give. */
	private static final Sort BY_ID = Sort.by("id");

	@Test
	void aRaisedCoachingThresholdMovesACaseFromCoachingToExploreOncePublished() throws Exception {
		int version = latestNumber();
		long auditBefore = auditEvents.count();
		evaluate(SeedAnswers.stuck()).andExpect(jsonPath("$.outcome").value("COACHING"))
			.andExpect(jsonPath("$.ruleSetVersion").value(version));

		raiseCoachingThresholdTo(4);
		evaluate(SeedAnswers.stuck()).andExpect(jsonPath("$.outcome").value("COACHING"));

		// The preview marks the case whose outcome changes, and that it no longer gives its expected outcome.
		String preview = mvc.perform(get("/admin/preview")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		TestCaseEntity stuckCase = stuckCase();
		assertThat(Html.tag(preview, "case-" + stuckCase.getId())).contains("data-changed=\"true\"", "data-passes=\"false\"");
		assertThat(reader.working().testCases().stream().filter(t -> !t.getId().equals(stuckCase.getId())))
			.allSatisfy(t -> assertThat(Html.tag(preview, "case-" + t.getId())).contains("data-changed=\"false\""));

		expect(stuckCase, "EXPLORE");
		// a threshold of 4 has edges no seeded case scores: cases for them, as the preview offers
		coverDraft();
		String fingerprint = fingerprint();
		postForm("/admin/publish", Map.of("note", "Coaching needs a clearer signal", "fingerprint", fingerprint))
			.andExpect(redirectedUrl("/admin/history?published=" + (version + 1)));

		evaluate(SeedAnswers.stuck()).andExpect(jsonPath("$.outcome").value("EXPLORE"))
			.andExpect(jsonPath("$.ruleSetVersion").value(version + 1));
		mvc.perform(get("/api/v1/questionnaire")).andExpect(jsonPath("$.version").value(version + 1));
		RuleSetEntity publishedNow = drafts.latestPublished();
		assertThat(publishedNow.getNumber()).isEqualTo(version + 1);
		assertThat(publishedNow.getPublishedBy()).isEqualTo("editor");
		assertThat(publishedNow.getNote()).isEqualTo("Coaching needs a clearer signal");
		assertThat(publishedNow.getPublishedAt()).isNotNull();
		assertThat(draftExists()).isFalse();

		// History: the version is listed, and the difference names what changed, from what to what.
		mvc.perform(get("/admin/history")).andExpect(content().string(allOf(
				containsString("Coaching needs a clearer signal"), containsString("id=\"version-" + (version + 1) + "\""))));
		assertThat(history.diff(version, version + 1)).contains(
				new Change(Change.Area.THRESHOLDS, "coaching", "coachingThreshold", "3", "4"),
				new Change(Change.Area.TEST_CASE, stuckCase.getName(), "expected", "COACHING", "EXPLORE"));
		mvc.perform(get("/admin/history/diff").param("from", String.valueOf(version)).param("to", String.valueOf(version + 1)))
			.andExpect(content().string(allOf(containsString("coaching threshold"), containsString(">3<"),
					containsString(">4<"), containsString("expected outcome"))));

		// Audit: the edits and the publishing, by the editor, with before and after.
		List<AuditEvent> events = auditEvents.findAll(BY_ID).stream().skip(auditBefore).toList();
		assertThat(events).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.EDIT);
			assertThat(e.getSubject()).isEqualTo("Draft: Thresholds");
			assertThat(e.getBefore()).contains("coaching=3");
			assertThat(e.getAfter()).contains("coaching=4");
			assertThat(e.getActor()).isEqualTo("editor");
		});
		assertThat(events).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.PUBLISH);
			assertThat(e.getSubject()).isEqualTo("Version " + (version + 1));
			assertThat(e.getBefore()).contains("THRESHOLDS coaching coachingThreshold: 3");
			assertThat(e.getAfter()).contains("Coaching needs a clearer signal", "THRESHOLDS coaching coachingThreshold: 4");
		});

		// Restore: the old content comes back as a new version, and the API answers as before.
		postForm("/admin/history/" + version + "/restore", Map.of("note", "Too many explore results"))
			.andExpect(redirectedUrl("/admin/history?restored=" + (version + 2)));
		RuleSetEntity restored = drafts.latestPublished();
		assertThat(restored.getNumber()).isEqualTo(version + 2);
		assertThat(restored.getNote()).isEqualTo("Restored from version " + version + ": Too many explore results");
		assertThat(history.diff(version, version + 2)).isEmpty();
		evaluate(SeedAnswers.stuck()).andExpect(jsonPath("$.outcome").value("COACHING"))
			.andExpect(jsonPath("$.ruleSetVersion").value(version + 2));
		assertThat(auditEvents.findAll(BY_ID).stream().skip(auditBefore)).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.RESTORE);
			assertThat(e.getSubject()).isEqualTo("Version " + (version + 2));
			assertThat(e.getAfter()).contains("Restored from version " + version);
		});
	}

	@Test
	void storedResultsKeepShowingWhatTheyShowedUnderTheirOwnVersion() throws Exception {
		int version = latestNumber();
		MvcResult stored = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(json(SeedAnswers.stuck())))
			.andExpect(status().isCreated()).andReturn();
		String id = com.jayway.jsonpath.JsonPath.read(stored.getResponse().getContentAsString(), "$.id");

		CriterionEntity criterion = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		postForm("/admin/criteria/" + criterion.getId(),
				DraftVisibilityTest.criterionFields(criterion, "Stuck, renamed in version 2", 3))
			.andExpect(status().is3xxRedirection());
		raiseCoachingThresholdTo(4);
		expect(stuckCase(), "EXPLORE");
		coverDraft();
		postForm("/admin/publish", Map.of("note", "Rename and raise")).andExpect(status().is3xxRedirection());

		evaluate(SeedAnswers.stuck()).andExpect(jsonPath("$.outcome").value("EXPLORE"));
		mvc.perform(get("/api/v1/assessments/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("COACHING"))
			.andExpect(jsonPath("$.ruleSetVersion").value(version))
			.andExpect(jsonPath("$.matchedCriteria[0].title").value(criterion.getTitle()));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/assessments/" + id))
			.andExpect(status().isNoContent());
	}

	@Test
	void restoreIsRefusedWhileThereIsADraft() throws Exception {
		raiseCoachingThresholdTo(5);
		int before = latestNumber();
		postForm("/admin/history/1/restore", Map.of("note", "")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("An old version cannot be restored while there is a draft")));
		assertThat(latestNumber()).isEqualTo(before);
	}

	@Test
	void discardingTheDraftLeavesThePublishedVersionAsItWas() throws Exception {
		raiseCoachingThresholdTo(5);
		postForm("/admin/draft/discard", Map.of("confirmed", "yes")).andExpect(redirectedUrl("/admin?discarded"));
		assertThat(draftExists()).isFalse();
		assertThat(reader.working().ruleSet().getCoachingThreshold()).isEqualTo(3);
	}

	private void raiseCoachingThresholdTo(int threshold) throws Exception {
		RuleSetEntity shown = reader.working().ruleSet();
		postForm("/admin/thresholds/" + shown.getId(), Map.of("lockVersion", String.valueOf(shown.getLockVersion()),
				"therapy", String.valueOf(shown.getTherapyThreshold()), "coaching", String.valueOf(threshold)))
			.andExpect(redirectedUrl("/admin/thresholds?saved"));
		assertThat(reader.working().ruleSet().getCoachingThreshold()).isEqualTo(threshold);
	}

	private TestCaseEntity stuckCase() {
		return reader.working().testCases().stream().filter(t -> t.getName().startsWith("Feeling stuck")).findFirst()
			.orElseThrow();
	}

	private void expect(TestCaseEntity testCase, String outcome) throws Exception {
		Map<String, String> fields = new java.util.HashMap<>();
		fields.put("lockVersion", String.valueOf(testCase.getLockVersion()));
		fields.put("name", testCase.getName());
		fields.put("expected", outcome);
		testCase.getAnswers().forEach((q, o) -> fields.put("answers[" + q + "]", o));
		postForm("/admin/test-cases/" + testCase.getId(), fields).andExpect(status().is3xxRedirection());
	}

	private String fingerprint() throws Exception {
		String preview = mvc.perform(get("/admin/preview")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"").matcher(preview);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private org.springframework.test.web.servlet.ResultActions evaluate(Map<String, String> answers) throws Exception {
		return mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(json(answers)))
			.andExpect(status().isOk());
	}
}
