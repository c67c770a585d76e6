package org.crossroads.admin.publishing.safety;

import org.crossroads.admin.publishing.DraftVisibilityTest;

import org.crossroads.accounts.Account;
import org.crossroads.accounts.AccountRepository;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.audit.AuditEvent;
import org.crossroads.audit.AuditKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.published.SiteContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Four eyes on what keeps people safe: a draft that changes a crisis resource, a SAFETY criterion
 * or the self-harm question is published only once an editor who changed none of them approved them.
 * "editor" makes the changes (the signed-in user); other editors sign in for their requests.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class SafetyApprovalTest extends AdminTestSupport {

	private static final Sort BY_ID = Sort.by("id");

	private static final String LIFELINE = "988 Suicide & Crisis Lifeline";

	@Autowired
	AccountRepository accounts;

	@Test
	void aCrisisLineNumberChangeIsPublishedOnlyAfterASecondEditorApprovedIt() throws Exception {
		int before = latestNumber();
		long auditBefore = auditEvents.count();
		changeLifelinePhone("editor", "+1 988");

		publish("editor").andExpect(status().isConflict())
			.andExpect(content().string(containsString("no second editor has approved these changes")));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(draftExists()).isTrue();
		assertThat(lifeline(published.current().site()).phone()).isEqualTo("988");

		// The preview names the change and says, in words, that it waits.
		String preview = previewAs("editor");
		assertThat(Html.tag(preview, "safety-changes")).isNotNull();
		assertThat(preview).contains("Crisis resource", "Not approved yet: publishing waits for a second editor.",
				"Changed by: editor.", "You changed these items, so another editor must approve them.");
		assertThat(preview).doesNotContain("id=\"approve-form\"");

		approve("editor-b", safetyFingerprint(previewAs("editor-b")))
			.andExpect(redirectedUrl("/admin/preview?approved#safety"));
		assertThat(previewAs("editor")).contains("Approved by editor-b");

		publish("editor").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
		assertThat(lifeline(published.current().site()).phone()).isEqualTo("+1 988");
		assertThat(history.versions().get(0).safetyApproval()).isNotNull()
			.extracting(SafetyReview.Approval::by).isEqualTo("editor-b");
		mvc.perform(get("/admin/history")).andExpect(content().string(containsString("editor-b, ")));

		List<AuditEvent> events = auditEvents.findAll(BY_ID).stream().skip(auditBefore).toList();
		assertThat(events).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.SAFETY_APPROVAL);
			assertThat(e.getActor()).isEqualTo("editor-b");
			assertThat(e.getAfter()).contains("CRISIS_RESOURCE 1", "Changed by: editor");
		});
		assertThat(events).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.PUBLISH);
			assertThat(e.getActor()).isEqualTo("editor");
			assertThat(e.getAfter()).contains("Safety changes approved by editor-b");
		});
	}

	@Test
	void theAuthorCannotApproveTheirOwnChange() throws Exception {
		int before = latestNumber();
		long auditBefore = auditEvents.count();
		changeLifelinePhone("editor", "+1 988");

		approve("editor", safetyFingerprint(previewAs("editor-b"))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("you cannot approve them")));
		publish("editor").andExpect(status().isConflict());
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(auditEvents.findAll(BY_ID).stream().skip(auditBefore))
			.noneMatch(e -> e.getKind() == AuditKind.SAFETY_APPROVAL);
	}

	@Test
	void everyAccountThatChangedSafetyItemsIsKeptFromApproving() throws Exception {
		int before = latestNumber();
		changeLifelinePhone("editor", "+1 988");
		changeLifelinePhone("editor-b", "+1 9 8 8");

		String fingerprint = safetyFingerprint(previewAs("editor-c"));
		approve("editor", fingerprint).andExpect(status().isConflict());
		approve("editor-b", fingerprint).andExpect(status().isConflict());
		assertThat(previewAs("editor-c")).contains("Changed by: editor, editor-b.");
		approve("editor-c", fingerprint).andExpect(status().is3xxRedirection());
		publish("editor-b").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
	}

	@Test
	void aChangeAfterTheApprovalWithdrawsIt() throws Exception {
		int before = latestNumber();
		long auditBefore = auditEvents.count();
		changeLifelinePhone("editor", "+1 988");
		String approved = safetyFingerprint(previewAs("editor-b"));
		approve("editor-b", approved).andExpect(status().is3xxRedirection());

		changeLifelinePhone("editor", "+1 988 0");

		publish("editor").andExpect(status().isConflict())
			.andExpect(content().string(containsString("no second editor has approved these changes")));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(previewAs("editor")).contains("Needs approval again: editor-b had approved it");
		assertThat(auditEvents.findAll(BY_ID).stream().skip(auditBefore)).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.SAFETY_APPROVAL_WITHDRAWN);
			assertThat(e.getActor()).isEqualTo("editor");
			assertThat(e.getBefore()).contains("editor-b");
			assertThat(e.getAfter()).contains("CRISIS_RESOURCE 1");
		});
		// The page the approver saw before the change no longer approves anything.
		approve("editor-b", approved).andExpect(status().isConflict())
			.andExpect(content().string(containsString("The safety items changed after this page was shown.")));

		// Changing the items back does not bring the old approval back either.
		changeLifelinePhone("editor", "+1 988");
		publish("editor").andExpect(status().isConflict());

		approve("editor-b", safetyFingerprint(previewAs("editor-b"))).andExpect(status().is3xxRedirection());
		publish("editor").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
	}

	@Test
	void aDraftWithoutSafetyChangesPublishesWithoutApproval() throws Exception {
		int before = latestNumber();
		QuestionEntity focus = DraftVisibilityTest.question(reader.working(), "focus");
		postForm("/admin/questions/" + focus.getId(), DraftVisibilityTest.questionFields(focus, "What matters more to you now?"))
			.andExpect(status().is3xxRedirection());

		assertThat(previewAs("editor")).doesNotContain("id=\"safety\"");
		publish("editor").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
		assertThat(history.versions().get(0).safetyApproval()).isNull();
		approve("editor-b", "0123").andExpect(status().isConflict());
	}

	@Test
	void aSafetyCriterionChangeNeedsApproval() throws Exception {
		int before = latestNumber();
		CriterionEntity safetyCriterion = DraftVisibilityTest.criterion(reader.working(), "safety.self-harm");
		postForm("/admin/criteria/" + safetyCriterion.getId(),
				DraftVisibilityTest.criterionFields(safetyCriterion, "Thoughts of self-harm or of being better off dead", 0))
			.andExpect(status().is3xxRedirection());
		translateSafetyTexts();

		assertThat(previewAs("editor")).contains("safety.self-harm");
		publish("editor").andExpect(status().isConflict());
		assertThat(latestNumber()).isEqualTo(before);

		approve("editor-b", safetyFingerprint(previewAs("editor-b"))).andExpect(status().is3xxRedirection());
		publish("editor").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
	}

	@Test
	void aSelfHarmQuestionChangeNeedsApproval() throws Exception {
		int before = latestNumber();
		QuestionEntity selfHarm = DraftVisibilityTest.question(reader.working(), "self-harm");
		Map<String, String> fields = DraftVisibilityTest.questionFields(selfHarm, selfHarm.getPrompt());
		fields.put("help", "If you are in danger now, call your local emergency number.");
		postForm("/admin/questions/" + selfHarm.getId(), fields).andExpect(status().is3xxRedirection());
		translateSafetyTexts();

		publish("editor").andExpect(status().isConflict())
			.andExpect(content().string(containsString("no second editor has approved these changes")));
		assertThat(latestNumber()).isEqualTo(before);

		approve("editor-b", safetyFingerprint(previewAs("editor-b"))).andExpect(status().is3xxRedirection());
		publish("editor").andExpect(redirectedUrl("/admin/history?published=" + (before + 1)));
	}

	@Test
	void restoringAVersionWithOtherSafetyItemsMakesItTheDraftToApprove() throws Exception {
		int before = latestNumber();
		changeLifelinePhone("editor", "+1 988");
		approve("editor-b", safetyFingerprint(previewAs("editor-b"))).andExpect(status().is3xxRedirection());
		publish("editor").andExpect(status().is3xxRedirection());

		// Editor-b approved the new number, but going back to the old one is a change of its own.
		perform("editor-b", post("/admin/history/" + before + "/restore").param("note", "Wrong number"))
			.andExpect(redirectedUrl("/admin/preview?restoredDraft=" + before + "#safety"));
		assertThat(latestNumber()).isEqualTo(before + 1);
		assertThat(draftExists()).isTrue();
		assertThat(lifeline(published.current().site()).phone()).isEqualTo("+1 988");

		approve("editor-b", safetyFingerprint(previewAs("editor"))).andExpect(status().isConflict());
		publish("editor-b").andExpect(status().isConflict());
		approve("editor", safetyFingerprint(previewAs("editor"))).andExpect(status().is3xxRedirection());
		publish("editor-b").andExpect(redirectedUrl("/admin/history?published=" + (before + 2)));
		assertThat(lifeline(published.current().site()).phone()).isEqualTo("988");
	}

	@Test
	void whenEveryAccountChangedTheItemsThePageSaysHowToAddAnotherOne() throws Exception {
		List<String> everyone = accounts.findAll().stream().filter(Account::isEnabled).map(Account::getUsername).toList();
		int n = 0;
		for (String account : everyone.isEmpty() ? List.of("editor") : everyone) {
			changeLifelinePhone(account, "+1 988 " + n++);
		}

		String preview = previewAs("editor");
		assertThat(Html.tag(preview, "safety-single")).isNotNull();
		assertThat(preview).contains("every editor account of this site made some of them", "href=\"/admin/accounts\"");
		mvc.perform(get("/admin/preview").with(user("newcomer").roles("EDITOR")))
			.andExpect(content().string(containsString("id=\"approve-form\"")));
		publish("editor").andExpect(status().isConflict());
	}

	@Test
	void withoutSafetyChangesThereIsNothingToApproveAndNoSingleEditorNotice() throws Exception {
		inDraft(draft -> draft.setTherapyThreshold(4));
		mvc.perform(get("/admin/preview")).andExpect(content().string(not(containsString("id=\"safety-single\""))));
		approve("editor-b", "0123").andExpect(status().isConflict())
			.andExpect(content().string(containsString("there is nothing to approve")));
	}

	private void changeLifelinePhone(String account, String phone) throws Exception {
		CrisisResourceEntity r = reader.working().ruleSet().getCrisisResources().stream()
			.filter(c -> c.getLabel().equals(LIFELINE)).findFirst().orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("lockVersion", String.valueOf(r.getLockVersion()));
		fields.put("region", r.getRegion());
		fields.put("regionCode", r.getRegionCode());
		fields.put("language", r.getLanguage());
		fields.put("label", r.getLabel());
		fields.put("contact", r.getContact());
		fields.put("phone", phone);
		fields.put("smsNumber", r.getSmsNumber() == null ? "" : r.getSmsNumber());
		fields.put("smsKeyword", r.getSmsKeyword() == null ? "" : r.getSmsKeyword());
		fields.put("url", r.getUrl() == null ? "" : r.getUrl());
		fields.put("position", String.valueOf(r.getPosition()));
		MockHttpServletRequestBuilder request = post("/admin/crisis-resources/" + r.getId());
		fields.forEach(request::param);
		perform(account, request).andExpect(status().is3xxRedirection());
	}

	private static SiteContent.CrisisResource lifeline(SiteContent site) {
		return site.crisisResources().stream().filter(c -> c.label().equals(LIFELINE)).findFirst().orElseThrow();
	}

	private ResultActions publish(String account) throws Exception {
		return perform(account, post("/admin/publish").param("note", "Checked the crisis line"));
	}

	private ResultActions approve(String account, String fingerprint) throws Exception {
		return perform(account, post("/admin/preview/approve").param("safetyFingerprint", fingerprint));
	}

	private String previewAs(String account) throws Exception {
		return mvc.perform(get("/admin/preview").with(user(account).roles("EDITOR"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private ResultActions perform(String account, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(account).roles("EDITOR")));
	}

	private static String safetyFingerprint(String preview) {
		Matcher m = Pattern.compile("name=\"safetyFingerprint\" value=\"([0-9a-f]+)\"").matcher(preview);
		assertThat(m.find()).as("the approve form").isTrue();
		return m.group(1);
	}
}
