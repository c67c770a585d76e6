package org.crossroads.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.crossroads.security.MutableClock;
import org.crossroads.accounts.Role;
import org.crossroads.security.SecurityIntegrationTest;
import org.crossroads.accounts.TestAccounts;

/**
 * The audit page. Events are written at instants far in the past, under a test-unique actor,
 * so the filters can be checked exactly in a database other tests also write to.
 */
@SecurityIntegrationTest
class AuditPageTest {

	private static final Pattern ROW = Pattern.compile(
			"<tr data-kind=\"(\\w+)\">\\s*<td class=\"when\">([^<]*)</td>\\s*<td class=\"actor\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@Autowired
	TestAccounts testAccounts;

	MockHttpSession admin;

	String actor;

	@BeforeEach
	void setUp() throws Exception {
		admin = TestAccounts.signIn(mvc, testAccounts.create(Role.ADMIN));
		actor = TestAccounts.freshUsername();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void eventsAreListedNewestFirstAndFilteredByActor() throws Exception {
		record("2001-02-03T10:00:00Z", AuditKind.SIGN_IN, "first");
		record("2001-02-03T11:00:00Z", AuditKind.EDIT, "second");
		record("2001-02-04T09:30:00Z", AuditKind.PUBLISH, "third");

		List<Row> rows = rows(page("actor=" + actor));
		assertThat(rows).extracting(Row::when).containsExactly("2001-02-04 09:30:00 UTC", "2001-02-03 11:00:00 UTC",
				"2001-02-03 10:00:00 UTC");
		assertThat(rows).extracting(Row::kind).containsExactly("PUBLISH", "EDIT", "SIGN_IN");
		assertThat(rows).extracting(Row::actor).containsOnly(actor);
	}

	@Test
	void theActorFilterMatchesPartOfTheNameAndTakesWildcardsLiterally() throws Exception {
		record("2001-02-03T10:00:00Z", AuditKind.EDIT, "x");
		assertThat(rows(page("actor=" + actor.substring(2, 12).toUpperCase()))).extracting(Row::actor).contains(actor);
		assertThat(page("actor=" + actor.substring(0, 4) + "%25")).contains("No events match.");
	}

	@Test
	void kindAndDateRangeNarrowTheList() throws Exception {
		record("2001-02-02T23:59:59Z", AuditKind.EDIT, "before the range");
		record("2001-02-03T00:00:00Z", AuditKind.EDIT, "start of range");
		record("2001-02-03T12:00:00Z", AuditKind.PUBLISH, "in range, other kind");
		record("2001-02-04T23:59:59Z", AuditKind.EDIT, "end of range");
		record("2001-02-05T00:00:00Z", AuditKind.EDIT, "after the range");

		String page = page("actor=" + actor + "&kind=EDIT&from=2001-02-03&to=2001-02-04");
		assertThat(rows(page)).extracting(Row::when).containsExactly("2001-02-04 23:59:59 UTC", "2001-02-03 00:00:00 UTC");
		assertThat(page).contains("selected=\"selected\"").contains("value=\"2001-02-03\"");

		assertThat(rows(page("actor=" + actor + "&from=2001-02-05"))).hasSize(1);
		assertThat(rows(page("actor=" + actor + "&to=2001-02-02"))).hasSize(1);
		assertThat(rows(page("actor=" + actor + "&kind=PUBLISH"))).hasSize(1);
	}

	@Test
	void longListsArePaged() throws Exception {
		clock.setInstant(Instant.parse("2002-01-01T00:00:00Z"));
		for (int i = 0; i < AuditQuery.PAGE_SIZE + 5; i++) {
			clock.advance(Duration.ofMinutes(1));
			audit.record(actor, AuditKind.EDIT, "item " + i, null, null);
		}

		String first = page("actor=" + actor);
		assertThat(rows(first)).hasSize(AuditQuery.PAGE_SIZE);
		assertThat(first).contains("55 events, page 1 of 2", "rel=\"next\"").doesNotContain("rel=\"prev\"");
		assertThat(rows(first).get(0).when()).isEqualTo("2002-01-01 00:55:00 UTC");

		String second = page("actor=" + actor + "&page=1");
		assertThat(rows(second)).hasSize(5);
		assertThat(rows(second).get(4).when()).isEqualTo("2002-01-01 00:01:00 UTC");
		assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		// the paging links keep the filter
		assertThat(first).contains("actor=" + actor + "&amp;from=&amp;to=&amp;page=1");
	}

	@Test
	void badFilterValuesAreShownBesideTheirFieldNotAsAnError() throws Exception {
		assertThat(page("from=yesterday")).contains("id=\"from-error\"", "Enter a date as YYYY-MM-DD.");
		assertThat(page("to=2001-13-45")).contains("id=\"to-error\"");
		assertThat(page("kind=EVERYTHING")).contains("id=\"kind-error\"", "Choose one of the listed kinds.");
		assertThat(page("from=2001-02-05&to=2001-02-03")).contains("id=\"to-error\"", "before the start date");
		assertThat(page("page=lots")).contains("The page number is not valid.");
		assertThat(mvc.perform(get("/admin/audit").param("actor", "a\u0000b").session(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString())
			.contains("id=\"actor-error\"", "no control characters").doesNotContain("audit-count");
		assertThat(page("page=-3")).contains("audit-count");
	}

	@Test
	void markupRecordedInAnEventIsShownAsText() throws Exception {
		audit.record(actor, AuditKind.EDIT, "<b>subject</b>", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>");
		String page = page("actor=" + actor);
		assertThat(page).doesNotContain("<script>alert(1)</script>", "<img src=x", "<b>subject</b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;subject&lt;/b&gt;");
	}

	@Test
	void signInsAndFailuresAppearOnThePage() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		TestAccounts.signIn(mvc, editor);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/sign-in")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", editor.username()).param("password", "wrong password entirely"));

		List<Row> rows = rows(page("actor=" + editor.username()));
		assertThat(rows).extracting(Row::kind).containsExactly("SIGN_IN_FAILED", "SIGN_IN");
		assertThat(page("actor=" + editor.username())).doesNotContain("wrong password entirely");
	}

	private void record(String at, AuditKind kind, String subject) {
		clock.setInstant(Instant.parse(at));
		audit.record(actor, kind, subject, null, null);
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/admin/audit?" + query).session(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	record Row(String kind, String when, String actor) {
	}

	private static List<Row> rows(String page) {
		List<Row> rows = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			rows.add(new Row(row.group(1), row.group(2), row.group(3)));
		}
		return rows;
	}
}
