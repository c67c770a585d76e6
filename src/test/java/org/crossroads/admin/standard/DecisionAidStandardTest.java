package org.crossroads.admin.standard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.CrossroadsSettings;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decision-aid standard on the admin page and at publishing: the seed meets it; a criterion left
 * empty shows as missing there and refuses a publish, naming it, until it is filled in again.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class DecisionAidStandardTest extends AdminTestSupport {

	@Autowired
	CrossroadsSettings settings;

	@Test
	void theSeedMeetsEveryCriterionAndTheDashboardLinksThePage() throws Exception {
		String page = mvc.perform(get("/admin/standard")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		for (StandardCriterion c : StandardCriterion.values()) {
			assertThat(page).contains("data-criterion=\"" + c + "\" data-met=\"true\"");
		}
		assertThat(page).contains("Every criterion is met.", "href=\"/admin/about\"", "href=\"/admin/texts#sources\"")
			.doesNotContain("Missing");
		mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/standard\"")));
	}

	@Test
	void emptyFundingIsMissingAndRefusesThePublishNamingItUntilFilledIn() throws Exception {
		int before = latestNumber();
		saveAbout(Map.of("funding", ""));
		mvc.perform(get("/admin/standard"))
			.andExpect(content().string(containsString("data-criterion=\"AUTHORS_FUNDING_CONFLICTS\" data-met=\"false\"")))
			.andExpect(content().string(containsString("Who funds it is not stated")));
		String preview = mvc.perform(get("/admin/preview")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(preview).contains("<li data-criterion=\"AUTHORS_FUNDING_CONFLICTS\">", "Who funds it is not stated",
				"Publishing waits until the draft meets").doesNotContain("id=\"standard-met\"");

		postForm("/admin/publish", Map.of("note", "No funding stated")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("certifying criteria of the decision-aid standard")))
			.andExpect(content().string(containsString("Not met: Authors and funding, with any conflict of interest.")))
			.andExpect(content().string(not(containsString("Not met: The limits"))))
			.andExpect(content().string(containsString("href=\"/admin/standard\"")));
		assertThat(latestNumber()).isEqualTo(before);

		saveAbout(Map.of("funding", "None: no sponsor, no advertising, and a changed word."));
		mvc.perform(get("/admin/preview"))
			.andExpect(content().string(containsString("The draft meets every certifying criterion")))
			.andExpect(content().string(not(containsString("data-criterion=\"AUTHORS_FUNDING_CONFLICTS\""))));
		postForm("/admin/publish", Map.of("note", "Funding stated again")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
	}

	@Test
	void aReviewOlderThanTheSettingRefusesAndARecordedReviewPublishes() throws Exception {
		// The suite allows 1200 months (test application.properties), so the seed's date never goes stale here.
		int months = settings.publish().reviewMonths();
		assertThat(months).isEqualTo(1200);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int before = latestNumber();
		saveAbout(Map.of("lastReviewed", today.minusMonths(months).minusDays(2).toString()));
		postForm("/admin/publish", Map.of("note", "Stale review")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Not met: Date of the last review and the update policy.")));
		assertThat(latestNumber()).isEqualTo(before);

		saveAbout(Map.of("lastReviewed", today.toString()));
		postForm("/admin/publish", Map.of("note", "Reviewed today")).andExpect(status().is3xxRedirection());
		assertThat(published.current().site().about().lastReviewed()).isEqualTo(today);
	}

	@Test
	void theNewFactsAndSourcesAreCopiedIntoADraftDiffedAndShownOnTheAboutPage() throws Exception {
		int before = latestNumber();
		saveAbout(Map.of("conflictsOfInterest", "None known."));
		AboutSourceEntity seeded = reader.working().ruleSet().getAboutSources().get(0);
		assertThat(seeded.getTitle()).isEqualTo("The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You");
		assertThat(seeded.getPublisher()).contains("Anita Kantar", "50sense");
		assertThat(seeded.getPublishedOn()).isNull();
		assertThat(reader.working().ruleSet().getAbout().getFunding()).isEqualTo("None: no sponsor, no advertising.");

		postForm("/admin/about-sources", Map.of("lockVersion", "0", "title", "A second source", "publisher", "Its publisher",
				"publishedOn", "2025-03-01", "accessedOn", "2026-11-20", "url", "https://example.org/second", "position", "2"))
			.andExpect(status().is3xxRedirection());
		postForm("/admin/about-sources", Map.of("lockVersion", "0", "title", "Undated", "publisher", "Someone",
				"publishedOn", "", "accessedOn", "", "url", "", "position", "3"))
			.andExpect(status().isBadRequest());
		postForm("/admin/publish", Map.of("note", "Second source")).andExpect(status().is3xxRedirection());

		assertThat(history.diff(before, before + 1)).extracting(c -> c.area() + " " + c.item() + " " + c.field() + ": " + c.after())
			.contains("ABOUT  conflictsOfInterest: None known.", "ABOUT_SOURCE 2 item: A second source");
		mvc.perform(get("/about")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Who funds it")))
			.andExpect(content().string(containsString("None: no sponsor, no advertising.")))
			.andExpect(content().string(containsString("None known.")))
			.andExpect(content().string(containsString("What Crossroads cannot tell you")))
			.andExpect(content().string(containsString("What Each Can (and Cannot) Do for You")))
			.andExpect(content().string(containsString("no publication date given")))
			.andExpect(content().string(containsString("published 1 March 2025")))
			.andExpect(content().string(containsString("read 20 November 2026")));
	}

	@Test
	void removingTheOnlySourceLeavesTheEvidenceUncitedAndRefusesThePublish() throws Exception {
		AboutSourceEntity only = reader.working().ruleSet().getAboutSources().get(0);
		postForm("/admin/about-sources/" + only.getId() + "/remove", Map.of("lockVersion", String.valueOf(only.getLockVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().ruleSet().getAboutSources()).isEmpty();
		mvc.perform(get("/admin/standard"))
			.andExpect(content().string(containsString("data-criterion=\"SOURCES_WITH_DATES\" data-met=\"false\"")))
			.andExpect(content().string(containsString("The About page cites no source.")));
		postForm("/admin/publish", Map.of("note", "No sources")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Not met: Sources cited with their dates.")));
	}

	/** Posts the About form as shown, with the given fields changed. */
	private void saveAbout(Map<String, String> changed) throws Exception {
		AboutPageEntity a = reader.working().ruleSet().getAbout();
		Map<String, String> fields = new HashMap<>();
		fields.put("lockVersion", String.valueOf(a.getLockVersion()));
		fields.put("author", a.getAuthor());
		fields.put("sources", a.getSources());
		fields.put("lastReviewed", a.getLastReviewed().toString());
		fields.put("reviewPolicy", a.getReviewPolicy());
		fields.put("instruments", a.getInstruments());
		fields.put("sourceUrl", a.getSourceUrl() == null ? "" : a.getSourceUrl());
		fields.put("funding", a.getFunding() == null ? "" : a.getFunding());
		fields.put("conflictsOfInterest", a.getConflictsOfInterest() == null ? "" : a.getConflictsOfInterest());
		fields.put("limits", a.getLimits() == null ? "" : a.getLimits());
		fields.putAll(changed);
		postForm("/admin/about/" + a.getId(), fields).andExpect(status().is3xxRedirection());
	}
}
