package org.crossroads.insights;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crossroads.SeedAnswers;
import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.AssessmentService;
import org.crossroads.ruleset.published.PublishedContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The editors' outcome mix: signed-in only, today's counts shown, no inline style or script. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InsightsPageTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	@Autowired
	OutcomeInsights insights;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void visitorsCannotSeeIt() throws Exception {
		MvcResult result = mvc.perform(get("/admin/insights")).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status == 401 || status == 403 || (status >= 300 && status < 400))
			.as("status %s", status).isTrue();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("outcome-totals");
	}

	@Test
	void editorsSeeTodaysOutcomesAsATableWithBars() throws Exception {
		Assessment stored = assessments.complete(published.current(), SeedAnswers.driven());
		LocalDate today = LocalDate.ofInstant(stored.createdAt().orElseThrow(), ZoneOffset.UTC);

		String html = page("/admin/insights");

		assertThat(html).contains("id=\"outcome-totals\"", "id=\"outcome-days\"", today.toString(), "Coaching",
				"bar-fill", "class=\"crisis-line\"");
		assertThat(html).doesNotContain("style=", "days-error");
		assertThat(html).as("no inline script").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
	}

	@Test
	void aBadNumberOfDaysShowsAnInlineMessageAndTheDefaultPeriod() throws Exception {
		String html = page("/admin/insights?days=%3Cscript%3Ealert(1)%3C/script%3E");

		assertThat(html).contains("id=\"days-error\"", "value=\"30\"");
		assertThat(html).doesNotContain("<script>alert(1)");
	}

	@Test
	void aPeriodWithNoAssessmentsIsEmpty() {
		OutcomeMix mix = insights.mix(LocalDate.of(2098, 1, 1), LocalDate.of(2098, 1, 31));

		assertThat(mix.isEmpty()).isTrue();
		assertThat(mix.rows()).isEmpty();
		assertThat(mix.totals()).allMatch(share -> share.count() == 0 && "bar-0".equals(share.barClass()));
	}

	private String page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(user("editor").roles("EDITOR"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}
}
