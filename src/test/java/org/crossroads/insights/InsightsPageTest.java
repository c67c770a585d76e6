package org.crossroads.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crossroads.SeedAnswers;
import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.AssessmentService;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.rules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The editors' outcome mix: signed-in only; a chart, a table and a CSV of the same suppressed numbers;
 * grouping by day, week or month and by rules version; bad parameters shown beside the form. Counts
 * are seeded under rules versions no published rule set has, so other tests' results never mix in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InsightsPageTest {

	static final int SMALL_VERSION = 97001;

	static final int WEEK_VERSION = 97002;

	static final int MONTH_VERSION = 97003;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void visitorsCannotSeeItNorItsCsv() throws Exception {
		for (String url : new String[] { "/admin/insights", "/admin/insights.csv" }) {
			MvcResult result = mvc.perform(get(url)).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status == 401 || status == 403 || (status >= 300 && status < 400)).as("%s: status %s", url, status)
				.isTrue();
			assertThat(result.getResponse().getContentAsString()).doesNotContain("outcome-table", "period,first_day");
		}
	}

	@Test
	void editorsSeeTodaysOutcomesAsAChartAndATable() throws Exception {
		Assessment stored = assessments.complete(published.current(), SeedAnswers.driven());
		LocalDate day = LocalDate.ofInstant(stored.createdAt().orElseThrow(), ZoneOffset.UTC);

		String html = page("/admin/insights");

		assertThat(html).contains("<svg class=\"insights-chart\"", "role=\"img\"",
				"aria-labelledby=\"chart-title chart-desc\"", "<title id=\"chart-title\">Results per day and outcome</title>",
				"<desc id=\"chart-desc\">Stacked bars", "id=\"outcome-table\"", "<caption", "<th scope=\"col\">Coaching</th>",
				"<th scope=\"row\">" + day + "</th>", "href=\"/admin/insights.csv?days=30&amp;by=day&amp;version=all\"",
				"class=\"crisis-line\"");
		assertThat(html).doesNotContain("style=", "days-error", "by-error", "version-error");
		assertThat(html).as("no inline script").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
	}

	@Test
	void aCountOfThreeIsFewerThanFiveOnThePageAndInTheCsvAndNeverThree() throws Exception {
		seed(SMALL_VERSION, today, Outcome.THERAPY, 3);
		seed(SMALL_VERSION, today, Outcome.COACHING, 20);
		seed(SMALL_VERSION, today, Outcome.EXPLORE, 12);
		seed(SMALL_VERSION, today.minusDays(1), Outcome.THERAPY, 8);
		seed(SMALL_VERSION, today.minusDays(1), Outcome.COACHING, 9);
		seed(SMALL_VERSION, today.minusDays(1), Outcome.BOTH, 6);

		String html = page("/admin/insights?days=7&version=" + SMALL_VERSION);
		String table = html.substring(html.indexOf("<table"), html.indexOf("</table>"));

		assertThat(table).contains("<td class=\"number withheld\">fewer than 5</td>", "<td class=\"number\">20</td>");
		assertThat(table).doesNotContainPattern(">\\s*3\\s*<");
		assertThat(html).contains("url(#insights-fill-withheld)");

		MvcResult csv = csv("/admin/insights.csv?days=7&version=" + SMALL_VERSION);
		String body = csv.getResponse().getContentAsString();
		assertThat(body).startsWith("period,first_day,rule_set_version,URGENT_SUPPORT,THERAPY,COACHING,BOTH,EXPLORE,total\r\n");
		assertThat(body).contains(today + "," + today + "," + SMALL_VERSION + ",0,fewer than 5,", "\r\ntotal,");
		for (String line : body.split("\r\n")) {
			assertThat(line.split(",")).as(line).doesNotContain("3");
			if (line.startsWith(today.toString())) {
				long withheld = java.util.Arrays.stream(line.split(","))
					.filter(cell -> cell.equals("fewer than 5") || cell.equals("hidden"))
					.count();
				assertThat(withheld).as("withheld in today's row, so its total cannot give the 3 back: " + line)
					.isGreaterThanOrEqualTo(2);
			}
		}
	}

	@Test
	void weeksAreIsoWeeksFromMonday() throws Exception {
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
		seed(WEEK_VERSION, monday, Outcome.THERAPY, 7);
		seed(WEEK_VERSION, monday.plusDays(6), Outcome.THERAPY, 6);
		seed(WEEK_VERSION, monday.plusDays(7), Outcome.THERAPY, 5);

		String body = csv("/admin/insights.csv?days=60&by=week&version=" + WEEK_VERSION).getResponse()
			.getContentAsString();

		String week = Grouping.WEEK.label(monday);
		String next = Grouping.WEEK.label(monday.plusDays(7));
		assertThat(body).contains(week + "," + monday + "," + WEEK_VERSION + ",0,13,0,0,0,13\r\n",
				next + "," + monday.plusDays(7) + "," + WEEK_VERSION + ",0,5,0,0,0,5\r\n",
				"total," + today.minusDays(59) + "," + WEEK_VERSION + ",0,18,0,0,0,18\r\n");
		assertThat(page("/admin/insights?days=60&by=week&version=" + WEEK_VERSION))
			.contains("<th scope=\"row\">" + week + "</th>", "Results per week and outcome");
	}

	@Test
	void monthsAreCalendarMonths() throws Exception {
		LocalDate first = today.withDayOfMonth(1).minusMonths(1);
		seed(MONTH_VERSION, first, Outcome.BOTH, 7);
		seed(MONTH_VERSION, first.with(TemporalAdjusters.lastDayOfMonth()), Outcome.BOTH, 6);
		seed(MONTH_VERSION, today.withDayOfMonth(1), Outcome.BOTH, 9);

		String body = csv("/admin/insights.csv?days=90&by=month&version=" + MONTH_VERSION).getResponse()
			.getContentAsString();

		assertThat(body).contains(Grouping.MONTH.label(first) + "," + first + "," + MONTH_VERSION + ",0,0,0,13,0,13\r\n",
				Grouping.MONTH.label(today) + "," + today.withDayOfMonth(1) + "," + MONTH_VERSION + ",0,0,0,9,0,9\r\n");
	}

	@Test
	void theCsvIsAnAttachmentInUtf8() throws Exception {
		MvcResult result = csv("/admin/insights.csv?days=7&by=week&version=" + SMALL_VERSION);

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"outcome-insights-").endsWith("-by-week-version-" + SMALL_VERSION + ".csv\"");
	}

	@Test
	void badParametersShowInlineMessagesAndTheDefaults() throws Exception {
		String html = page("/admin/insights?days=%3Cscript%3Ealert(1)%3C/script%3E&by=year&version=%3Dcmd");

		assertThat(html).contains("id=\"days-error\"", "id=\"by-error\"", "id=\"version-error\"", "value=\"30\"",
				"aria-describedby=\"by-error\"", "<option value=\"day\" selected=\"selected\">",
				"<option value=\"all\" selected=\"selected\">");
		assertThat(html).doesNotContain("<script>alert(1)", "=cmd");
		MvcResult csv = csv("/admin/insights.csv?days=-1&by=year&version=x");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("-by-day-version-all.csv");
	}

	@Test
	void aPeriodWithNoAssessmentsIsEmpty() throws Exception {
		String html = page("/admin/insights?version=96999");

		assertThat(html).contains("class=\"insights-empty\"").doesNotContain("<svg class=\"insights-chart\"");
	}

	private void seed(int version, LocalDate day, Outcome outcome, long count) {
		jdbc.update("DELETE FROM outcome_daily_count WHERE rule_set_version = ? AND result_day = ? AND outcome = ?",
				version, day, outcome.name());
		jdbc.update("INSERT INTO outcome_daily_count (result_day, outcome, rule_set_version, result_count)"
				+ " VALUES (?, ?, ?, ?)", day, outcome.name(), version, count);
	}

	private String page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(user("editor").roles("EDITOR"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult csv(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(user("editor").roles("EDITOR"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result;
	}
}
