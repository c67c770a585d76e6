package org.crossroads.admin;

import org.crossroads.admin.editing.ContentReader;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;


import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Every editing page renders for an editor, inside the shared frame with the footer's crisis line. */
@WithMockUser(username = "editor", roles = "EDITOR")
class AdminPagesRenderTest extends AdminTestSupport {

	@Test
	void everyPageRendersWithTheCrisisLine() throws Exception {
		ContentReader.Loaded loaded = reader.working();
		long criterion = loaded.criteria().get(0).getId();
		long question = loaded.questions().get(0).getId();
		long section = loaded.sections().get(0).getId();
		long headline = loaded.ruleSet().getOutcomeTexts().get(0).getId();
		long row = loaded.ruleSet().getComparisonRows().get(0).getId();
		long item = loaded.ruleSet().getContentItems().get(0).getId();
		long crisis = loaded.ruleSet().getCrisisResources().get(0).getId();
		long help = loaded.ruleSet().getHelpLinks().get(0).getId();
		long statement = loaded.ruleSet().getValueStatements().get(0).getId();
		long source = loaded.ruleSet().getAboutSources().get(0).getId();
		long testCase = loaded.testCases().get(0).getId();
		int version = latestNumber();
		String[] pages = { "/admin", "/admin/criteria", "/admin/criteria/new", "/admin/questions", "/admin/questions/new",
				"/admin/thresholds", "/admin/texts", "/admin/crisis-resources", "/admin/crisis-resources/new",
				"/admin/about", "/admin/preview", "/admin/preview/questionnaire", "/admin/history",
				"/admin/test-cases/new", "/admin/comparison-rows/new", "/admin/content-items/new?list=SHARED_SKILL",
				"/admin/value-statements/new", "/admin/value-statements/" + statement, "/admin/standard",
				"/admin/about-sources/new", "/admin/about-sources/" + source,
				"/admin/criteria/" + criterion, "/admin/criteria/" + criterion + "?question=daily-functioning",
				"/admin/questions/" + question, "/admin/sections/" + section, "/admin/headlines/" + headline,
				"/admin/comparison-rows/" + row, "/admin/content-items/" + item, "/admin/crisis-resources/" + crisis,
				"/admin/help-links", "/admin/help-links/new?topic=COST", "/admin/help-links/" + help,
				"/admin/test-cases/" + testCase, "/admin/history/diff?from=1&to=" + version, "/admin/translations",
				"/admin/translations?language=es&filter=needs-work", "/admin/languages", "/admin/preview?language=es",
				"/admin/preview/questionnaire?language=es" };
		for (String page : pages) {
			mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"crisis-line\"")))
				.andExpect(content().string(not(containsString(" th:"))))
				.andExpect(content().string(containsString("Signed in as editor")))
				.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
		}
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void administratorsAlsoGetLinksToTheAuditTrailAndAccounts() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/audit\"")))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")));
	}
}
