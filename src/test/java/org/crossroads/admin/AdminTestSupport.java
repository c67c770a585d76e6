package org.crossroads.admin;

import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.publishing.VersionHistory;
import org.crossroads.admin.publishing.Publishing;
import org.crossroads.admin.publishing.safety.SafetyReview;
import org.crossroads.audit.AuditEventRepository;
import org.crossroads.admin.testcases.TestCaseCoverage;
import org.crossroads.admin.testcases.TestCaseForm;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.rules.coverage.Coverage;
import org.crossroads.admin.publishing.Drafts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the admin integration tests. They run on a database of their own
 * ({@link SeparateAdminDatabase}), and every test starts and ends without a draft and with the
 * latest published version equal in content to version 1 (restoring it when a test published).
 */
@SpringBootTest
@ContextConfiguration(initializers = SeparateAdminDatabase.class)
public abstract class AdminTestSupport {

	@Autowired
	WebApplicationContext context;

	@Autowired
	protected Drafts drafts;

	@Autowired
	protected Publishing publishing;

	@Autowired
	protected VersionHistory history;

	@Autowired
	protected SafetyReview safety;

	@Autowired
	protected PublishedContent published;

	@Autowired
	protected RuleSetRepository ruleSets;

	@Autowired
	protected TestCaseRepository testCases;

	@Autowired
	protected AuditEventRepository auditEvents;

	@Autowired
	protected ContentReader reader;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	protected org.crossroads.language.Languages languages;

	protected MockMvc mvc;

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
			if (publishing.restore(1, "test cleanup", "test-cleanup").drafted()) {
				// A test published safety changes: changing them back needs a second editor too.
				safety.approve(null, "test-cleanup-approver");
				publishing.publish("test cleanup", null, "test-cleanup");
			}
		}
		published.refresh();
	}

	/** Posts a form as a signed-in editor's browser would, with its CSRF token. */
	protected ResultActions postForm(String url, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach(request::param);
		return mvc.perform(request);
	}

	/** Changes the draft (started if needed) directly, as no form allows, to set up broken drafts. */
	protected void inDraft(java.util.function.Consumer<org.crossroads.ruleset.RuleSetEntity> change) {
		transactions.executeWithoutResult(tx -> change.accept(drafts.startOrGet("editor")));
	}

	/**
	 * Translates into every live language each text of the draft that keeps people safe and is not
	 * current, as an editor does on the translations page before publishing a change to one.
	 */
	protected void translateSafetyTexts() {
		transactions.executeWithoutResult(tx -> {
			org.crossroads.ruleset.RuleSetEntity draft = drafts.find().orElseThrow();
			Map<String, String> english = org.crossroads.ruleset.published.Snapshots.sourceTexts(draft);
			for (var gap : org.crossroads.admin.translations.TranslationCheck.of(draft, languages.live()).blocking()) {
				String source = english.get(gap.key());
				String body = "[" + gap.language() + "] " + source;
				draft.getTranslations().stream()
					.filter(t -> t.getTextKey().equals(gap.key()) && t.getLanguage().equals(gap.language())).findFirst()
					.ifPresentOrElse(t -> t.translate(body, source), () -> draft.getTranslations()
						.add(new org.crossroads.ruleset.TextTranslationEntity(draft, gap.key(), gap.language(), body, source)));
			}
		});
	}

	/** The coverage of the rules editors work on (the draft, or the latest version) by its test cases. */
	protected Coverage.Report workingCoverage() {
		ContentReader.Loaded loaded = reader.working();
		return TestCaseCoverage.report(ContentReader.snapshot(loaded.ruleSet(), 0).orElseThrow().rules(), loaded.testCases());
	}

	/**
	 * Fills every coverage gap of the draft as an editor does with "Make a test case for this": the
	 * prefilled new test case form, saved as it is with a name, so the draft can be published.
	 */
	protected void coverDraft() throws Exception {
		for (int made = 0; made < 50; made++) {
			Coverage.Report report = workingCoverage();
			if (report.full()) {
				return;
			}
			String gap = report.gaps().get(0).id();
			org.springframework.web.servlet.ModelAndView page = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/test-cases/new")
					.param("gap", gap))
				.andReturn().getModelAndView();
			TestCaseForm form = (TestCaseForm) java.util.Objects.requireNonNull(page).getModel().get("form");
			Map<String, String> fields = new java.util.HashMap<>();
			fields.put("lockVersion", "0");
			fields.put("name", "Covers " + gap);
			fields.put("expected", form.expected().name());
			form.answers().forEach((q, o) -> fields.put("answers[" + q + "]", o));
			postForm("/admin/test-cases", fields);
		}
		throw new AssertionError("the draft's coverage gaps could not all be filled: " + workingCoverage().gaps());
	}

	protected int latestNumber() {
		return ruleSets.latestPublishedNumber().orElseThrow();
	}

	protected boolean draftExists() {
		return ruleSets.findFirstByStatus(RuleSetStatus.DRAFT).isPresent();
	}

	protected static String json(Map<String, String> answers) {
		StringBuilder body = new StringBuilder("{\"answers\":{");
		List<Map.Entry<String, String>> entries = List.copyOf(answers.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			body.append(i == 0 ? "" : ",").append('"').append(entries.get(i).getKey()).append("\":\"")
				.append(entries.get(i).getValue()).append('"');
		}
		return body.append("}}").toString();
	}
}
