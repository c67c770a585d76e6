package org.crossroads.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crossroads.content.PublishedContent;
import org.crossroads.content.RuleSetRepository;
import org.crossroads.content.RuleSetStatus;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the admin integration tests. The whole suite shares one database, and other tests
 * expect the seeded content, so every test starts and ends without a draft and with the latest
 * published version equal in content to version 1 (restoring it when a test published something).
 */
@SpringBootTest
abstract class AdminTestSupport {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Drafts drafts;

	@Autowired
	Publishing publishing;

	@Autowired
	VersionHistory history;

	@Autowired
	PublishedContent published;

	@Autowired
	RuleSetRepository ruleSets;

	@Autowired
	TestCaseRepository testCases;

	@Autowired
	AuditEventRepository auditEvents;

	@Autowired
	ContentReader reader;

	@Autowired
	TransactionTemplate transactions;

	MockMvc mvc;

	@BeforeEach
	void setUpMockMvcAndSeedState() {
		// Built here rather than auto-configured so that @WithMockUser reaches the security filters.
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		backToSeed();
	}

	@AfterEach
	void backToSeed() {
		drafts.discard("test-cleanup");
		int latest = latestNumber();
		if (!history.diff(1, latest).isEmpty()) {
			publishing.restore(1, "test cleanup", "test-cleanup");
		}
		published.refresh();
	}

	/** Posts a form as a signed-in editor's browser would, with its CSRF token. */
	ResultActions postForm(String url, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach(request::param);
		return mvc.perform(request);
	}

	/** Changes the draft (started if needed) directly, as no form allows, to set up broken drafts. */
	void inDraft(java.util.function.Consumer<org.crossroads.content.RuleSetEntity> change) {
		transactions.executeWithoutResult(tx -> change.accept(drafts.startOrGet("editor")));
	}

	int latestNumber() {
		return ruleSets.latestPublishedNumber().orElseThrow();
	}

	boolean draftExists() {
		return ruleSets.findFirstByStatus(RuleSetStatus.DRAFT).isPresent();
	}

	/** Calm answers to every question: no criterion is met, the outcome is EXPLORE. */
	static Map<String, String> calm() {
		return new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("daily-functioning", "not-at-all"),
				Map.entry("phq2-interest", "not-at-all"), Map.entry("phq2-mood", "not-at-all"),
				Map.entry("gad2-nervous", "not-at-all"), Map.entry("gad2-worry", "not-at-all"),
				Map.entry("self-harm", "not-at-all"), Map.entry("diagnosed-condition", "no"),
				Map.entry("grief-addiction", "no"), Map.entry("trauma", "no"), Map.entry("understand-why", "no"),
				Map.entry("focus", "both"), Map.entry("feeling-stuck", "no"), Map.entry("growth-goal", "no"),
				Map.entry("performance", "no"), Map.entry("accountability", "no"), Map.entry("documentation", "no")));
	}

	/** Feeling stuck and nothing else: coaching score 3, exactly the seeded coaching threshold. */
	static Map<String, String> stuck() {
		Map<String, String> answers = calm();
		answers.put("feeling-stuck", "yes");
		return answers;
	}

	static String json(Map<String, String> answers) {
		StringBuilder body = new StringBuilder("{\"answers\":{");
		List<Map.Entry<String, String>> entries = List.copyOf(answers.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			body.append(i == 0 ? "" : ",").append('"').append(entries.get(i).getKey()).append("\":\"")
				.append(entries.get(i).getValue()).append('"');
		}
		return body.append("}}").toString();
	}
}
