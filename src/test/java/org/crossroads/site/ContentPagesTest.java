package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Home, comparison, about and privacy pages, and the frame every page shares. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class ContentPagesTest {

	static final List<String> PAGES = List.of("/", "/compare", "/about", "/privacy",
			"/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/1", "/results/deleted");

	@Autowired
	MockMvc mvc;

	Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).as(path).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void everyVisitorPageRendersInTheSharedFrame() throws Exception {
		for (String path : PAGES) {
			assertFrame(path, page(path));
		}
	}

	/** What every page, visitor, admin or error, must have. */
	static void assertFrame(String path, Document page) {
		assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
		assertThat(page.title()).as(path).isNotBlank();
		assertThat(page.select("meta[name=viewport]")).as(path).hasSize(1);
		Element skip = page.selectFirst("a.skip-link");
		assertThat(skip).as(path).isNotNull();
		assertThat(skip.attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).as(path).hasSize(1);
		assertThat(page.select("h1")).as(path).hasSize(1);
		Element crisis = page.selectFirst("footer p.crisis-line");
		assertThat(crisis).as(path).isNotNull();
		assertThat(crisis.text()).as(path).contains("988").contains("116 123");
		assertThat(crisis.select("a[href=https://findahelpline.com]")).as(path).hasSize(1);
		// CSP will be default-src 'self': nothing inline, nothing from another host
		assertThat(page.select("[style]")).as(path + " style attributes").isEmpty();
		assertThat(page.select("style")).as(path + " style elements").isEmpty();
		assertThat(page.select("script:not([src])")).as(path + " inline scripts").isEmpty();
		assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
			.filter(a -> a.getKey().startsWith("on"))).as(path + " event handler attributes").isEmpty();
		for (Element resource : page.select("link[href], script[src], img[src]")) {
			String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
			assertThat(url).as(path + " loads only from the app").startsWith("/").doesNotStartWith("//");
		}
	}

	@Test
	void homeSaysWhatTheToolIsAndIsNotHowLongAndTheRetention() throws Exception {
		Document page = page("/");
		Element start = page.selectFirst("a#start");
		assertThat(start.attr("href")).isEqualTo("/assessment");
		assertThat(page.select("main a[href=/compare]")).isNotEmpty();
		String text = page.selectFirst("main").text();
		assertThat(text).contains("not a diagnosis").contains("5 minutes").contains("Anonymous")
			.contains("18 short questions in 3 steps");
		assertThat(page.selectFirst(".retention").text()).contains("deleted automatically after 30 days");
	}

	@Test
	void compareShowsTheArticlesTableSharedSkillsAndBoth() throws Exception {
		Document page = page("/compare");
		Element table = page.selectFirst("table.comparison-table");
		assertThat(table.select("thead th").eachText()).containsExactly("Feature", "Therapy", "Coaching");
		assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("Purpose", "Licensing & Regulation",
				"Scope of Work", "Payment Structure", "Legal Protection & Oversight");
		assertThat(table.selectFirst("caption")).isNotNull();
		String text = page.selectFirst("main").text();
		assertThat(text).contains("Checking progress so you keep going and stay on track")
			.contains("Can you do both?").contains("each keeps to its own role")
			.contains("What therapy can do that coaching cannot");
		// the article's image captions carry unsourced statistics: never shown
		assertThat(text).doesNotContain("68%").doesNotContain("6 minutes");
	}

	@Test
	void aboutNamesAuthorSourcesReviewAndInstruments() throws Exception {
		Element facts = page("/about").selectFirst("dl.facts");
		assertThat(facts.select("dt")).hasSize(8);
		assertThat(facts.text()).contains("Anita Kantar").contains("50sense").contains("26 November 2026")
			.contains("every 12 months").contains("Spitzer");
		assertThat(facts.selectFirst("time").attr("datetime")).isEqualTo("2026-11-26");
		// What the decision-aid standard asks to be disclosed: funding, conflicts of interest, limits.
		assertThat(facts.select("dt").eachText()).contains("Who funds it", "Conflicts of interest",
				"What Crossroads cannot tell you");
		assertThat(facts.text()).contains("None: no sponsor, no advertising.").contains("not a diagnosis");
		Element sources = page("/about").selectFirst("ol.citations");
		assertThat(sources.select("li")).hasSize(1);
		assertThat(sources.text()).contains("The Difference Between Therapy and Coaching: What Each Can (and Cannot) Do for You")
			.contains("Anita Kantar, content editor at 50sense").contains("no publication date given")
			.contains("read 26 November 2026");
	}

	@Test
	void privacySaysWhatIsStoredWhyHowLongAndHowToDelete() throws Exception {
		Element main = page("/privacy").selectFirst("main");
		String text = main.text();
		assertThat(text).contains("your answers").contains("score").contains("criteria").contains("version")
			.contains("date and time");
		assertThat(text).contains("IP address").contains("user agent").contains("cookie");
		assertThat(main.selectFirst(".retention").text()).contains("30 days");
		assertThat(text).contains("Delete my result now");
	}

	@Test
	void unknownPathsAndWrongMethodsGetAnErrorPageInTheFrame() throws Exception {
		MvcResult missing = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(missing.getResponse().getErrorMessage()).isNotNull();
		MvcResult wrongMethod = mvc.perform(request(HttpMethod.DELETE, "/compare").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(wrongMethod.getResponse().getStatus()).isEqualTo(405);
		MvcResult api = mvc.perform(post("/api/v1/questionnaire").accept(MediaType.APPLICATION_JSON)).andReturn();
		assertThat(api.getResponse().getContentType()).as("the API keeps its problem details")
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void errorTemplatesRenderInTheFrameWithoutDetails() throws Exception {
		// MockMvc does not forward to /error, so render the error controller the way the container does
		for (int status : new int[] { 404, 400, 405, 413, 500, 503 }) {
			MvcResult result = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", status)
				.requestAttr("jakarta.servlet.error.request_uri", "/somewhere")
				.requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(status);
			Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertFrame("/error " + status, page);
			assertThat(page.text()).doesNotContain("secret detail").doesNotContain("IllegalStateException")
				.doesNotContain("at org.");
			String expected = status == 404 ? "Page not found"
					: status >= 500 ? "Sorry, something went wrong on our side" : "This request could not be handled";
			assertThat(page.selectFirst("h1").text()).isEqualTo(expected);
		}
	}

	@Test
	void retentionIsStatedInDaysOrHours() {
		assertThat(RetentionPeriod.of(java.time.Duration.ofDays(30))).isEqualTo(new RetentionPeriod(30, true));
		assertThat(RetentionPeriod.of(java.time.Duration.ofHours(36))).isEqualTo(new RetentionPeriod(1, true));
		assertThat(RetentionPeriod.of(java.time.Duration.ofHours(12))).isEqualTo(new RetentionPeriod(12, false));
		assertThat(RetentionPeriod.of(java.time.Duration.ofMinutes(5))).isEqualTo(new RetentionPeriod(1, false));
	}
}
