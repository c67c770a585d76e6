package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.crossroads.SeedAnswers;

/**
 * Two sites allowed to frame the questionnaire: {@code /embed} is the same questionnaire in the lean
 * layout, framable by those two alone, and the API answers their pages across origins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "crossroads.embed.allowed-origins=" + EmbeddingTest.CLINIC + "," + EmbeddingTest.LOCAL)
@AutoConfigureMockMvc
class EmbeddingTest {

	static final String CLINIC = "https://clinic.example";

	static final String LOCAL = "http://127.0.0.1:18765";

	static final String OTHER = "https://elsewhere.example";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void embedPagesNameTheAllowedSitesAsFrameAncestorsAndOtherPagesStayUnframable() throws Exception {
		MockHttpServletResponse start = mvc.perform(get("/embed").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(start.getStatus()).isEqualTo(303);
		assertThat(start.getHeader("Location")).matches("/embed/assessment/[A-Za-z0-9_-]{32}/1");
		assertFramableByTheAllowedSites(start);

		MockHttpServletResponse step = page(start.getHeader("Location"));
		assertThat(step.getStatus()).isEqualTo(200);
		assertFramableByTheAllowedSites(step);

		for (String path : List.of("/", "/assessment", "/compare", "/api/v1/questionnaire")) {
			MockHttpServletResponse other = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(frameAncestors(other)).as(path).containsExactly("'none'");
			assertThat(other.getHeaders("X-Frame-Options")).as(path).containsExactly("DENY");
		}
	}

	@Test
	void anUnknownFramedPageIsTheUsualNotFoundOverHttp() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/embed/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/2")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(gone.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(gone.body());
		assertThat(page.select("nav.site-nav, nav.footer-nav")).as("the lean layout").isEmpty();
		assertThat(page.select("main a[href]").eachAttr("href")).as("start again, framed").contains("/embed");
		assertThat(gone.headers().allValues("X-Frame-Options")).isEmpty();
		assertThat(gone.headers().firstValue("Content-Security-Policy").orElseThrow())
			.endsWith("frame-ancestors " + CLINIC + " " + LOCAL);
	}

	@Test
	void theFramedQuestionnaireReachesTheSameResultAsTheSiteAndLinksToItOnTheSite() throws Exception {
		for (Map<String, String> answers : List.of(SeedAnswers.therapy(), SeedAnswers.coaching(), SeedAnswers.urgent())) {
			Walk framed = walk("/embed", answers);
			Walk site = walk("/assessment", answers);
			assertThat(framed.resultPath()).matches("/embed/results/[A-Za-z0-9_-]{32}");
			assertThat(site.resultPath()).matches("/results/[A-Za-z0-9_-]{32}");
			String outcome = site.result().selectFirst("main").attr("data-outcome");
			assertThat(framed.result().selectFirst("main").attr("data-outcome")).isEqualTo(outcome).isNotBlank();
			assertThat(framed.result().select("main [data-criterion]").eachAttr("data-criterion"))
				.isEqualTo(site.result().select("main [data-criterion]").eachAttr("data-criterion"));

			Element link = framed.result().selectFirst(".private-link a");
			String id = framed.resultPath().substring("/embed/results/".length());
			assertThat(link.attr("href")).isEqualTo("http://localhost/results/" + id);
			assertThat(link.attr("target")).isEqualTo("_blank");
			assertThat(link.attr("rel")).contains("noopener");
			assertThat(site.result().selectFirst(".private-link a").hasAttr("target")).isFalse();
			if (outcome.equals("URGENT_SUPPORT")) {
				assertThat(framed.result().selectFirst("main").child(0).id()).as("crisis help first").isEqualTo("crisis-help");
			}
			MockHttpServletResponse own = mvc.perform(get("/results/" + id)).andReturn().getResponse();
			assertThat(own.getStatus()).isEqualTo(200);
			assertThat(own.getHeaders("X-Frame-Options")).containsExactly("DENY");
		}
	}

	@Test
	void everyLinkOfAFramedPageStaysInTheFrameOnlyWithinTheFramedQuestionnaire() throws Exception {
		List<Document> pages = new java.util.ArrayList<>(walk("/embed", SeedAnswers.coaching()).pages());
		// crisis help, first on the step after a self-harm answer and on the result, links to help sites
		pages.addAll(walk("/embed", SeedAnswers.urgent()).pages());
		assertThat(pages).anyMatch(page -> !page.select("#crisis-help a[href^=http]").isEmpty());
		for (Document page : pages) {
			assertThat(page.select("nav.site-nav, nav.footer-nav, a.brand")).as("site navigation").isEmpty();
			assertThat(page.select("form").eachAttr("action")).allMatch(action -> action.startsWith("/embed/"));
			for (Element a : page.select("a[href]")) {
				String href = a.attr("href");
				boolean inFrame = href.startsWith("#") || href.startsWith("tel:") || href.startsWith("sms:")
						|| href.startsWith("/embed") || href.startsWith("/api/v1/") || href.startsWith("?");
				assertThat(inFrame || a.attr("target").equals("_blank")).as("link %s", a.outerHtml()).isTrue();
			}
		}
	}

	@Test
	void theLanguageChosenInTheAddressStaysThroughTheFramedSteps() throws Exception {
		MockHttpServletResponse start = mvc.perform(get("/embed?lang=es").accept(MediaType.TEXT_HTML)).andReturn()
			.getResponse();
		assertThat(start.getHeader("Location")).startsWith("/embed/assessment/").contains("lang=es");
		Document step = Jsoup.parse(page(start.getHeader("Location")).getContentAsString());
		assertThat(step.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(step.selectFirst("form#questionnaire").attr("action")).startsWith("/embed/").contains("lang=es");
		assertThat(step.select("nav.language-switch a[href]").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.startsWith("/embed/assessment/"));
	}

	@Test
	void theApiAnswersTheAllowedSitesAcrossOriginsAndNoOther() throws Exception {
		MockHttpServletResponse preflight = mvc.perform(options("/api/v1/assessments").header("Origin", CLINIC)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")).andReturn().getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo(CLINIC);
		assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET", "POST", "PUT", "DELETE");
		assertThat(preflight.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
		assertThat(preflight.getHeader("Access-Control-Allow-Credentials")).isNull();

		MockHttpServletResponse refused = mvc.perform(options("/api/v1/assessments").header("Origin", OTHER)
			.header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getHeader("Access-Control-Allow-Origin")).isNull();

		MockHttpServletResponse allowed = mvc.perform(get("/api/v1/questionnaire").header("Origin", LOCAL))
			.andReturn().getResponse();
		assertThat(allowed.getStatus()).isEqualTo(200);
		assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo(LOCAL);
		assertThat(allowed.getHeader("Access-Control-Expose-Headers")).contains("Content-Language", "Location");

		MockHttpServletResponse other = mvc.perform(get("/api/v1/questionnaire").header("Origin", OTHER))
			.andReturn().getResponse();
		assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();

		// pages are no API: a framed page's own requests are same-origin, and no site reads pages across origins
		MockHttpServletResponse page = mvc.perform(get("/").header("Origin", CLINIC)).andReturn().getResponse();
		assertThat(page.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	private void assertFramableByTheAllowedSites(MockHttpServletResponse response) {
		assertThat(frameAncestors(response)).containsExactly(CLINIC, LOCAL);
		assertThat(response.getHeaders("X-Frame-Options")).isEmpty();
		assertThat(response.getHeader("Content-Security-Policy")).contains("form-action 'self'", "default-src 'self'");
	}

	static List<String> frameAncestors(MockHttpServletResponse response) {
		assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
		return Arrays.stream(response.getHeader("Content-Security-Policy").split(";"))
			.map(String::strip)
			.filter(d -> d.startsWith("frame-ancestors "))
			.findFirst()
			.map(d -> List.of(d.substring("frame-ancestors ".length()).split(" ")))
			.orElseThrow();
	}

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	/** The pages a visitor without JavaScript saw, answering every step from {@code answers}. */
	record Walk(List<Document> pages, String resultPath) {

		Document result() {
			return pages.get(pages.size() - 1);
		}
	}

	private Walk walk(String start, Map<String, String> answers) throws Exception {
		String location = page(start).getHeader("Location");
		List<Document> pages = new java.util.ArrayList<>();
		for (int guard = 0; guard < 6; guard++) {
			MockHttpServletResponse shown = page(location);
			assertThat(shown.getStatus()).as(location).isEqualTo(200);
			Document page = Jsoup.parse(shown.getContentAsString());
			pages.add(page);
			Element form = page.selectFirst("form#questionnaire");
			if (form == null) {
				return new Walk(pages, location);
			}
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("version", form.selectFirst("input[name=version]").val());
			for (Element fieldset : form.select("fieldset[id^=q-]")) {
				String key = fieldset.id().substring(2);
				if (answers.containsKey(key)) {
					fields.put(key, answers.get(key));
				}
			}
			fields.put("action", form.select("button[name=action][value=finish]").isEmpty() ? "next" : "finish");
			MockHttpServletRequestBuilder post = post(form.attr("action")).accept(MediaType.TEXT_HTML)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			fields.forEach(post::param);
			MockHttpServletResponse posted = mvc.perform(post).andReturn().getResponse();
			assertThat(posted.getStatus()).as("post to %s", form.attr("action")).isEqualTo(303);
			location = posted.getHeader("Location");
		}
		throw new AssertionError("no result after 6 pages from " + start);
	}
}
