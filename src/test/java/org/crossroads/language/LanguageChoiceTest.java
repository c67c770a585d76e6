package org.crossroads.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** How a request's language is chosen and kept: ?lang=, Accept-Language, the switch, links and redirects. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class LanguageChoiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Languages languages;

	MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = fetch(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void spanishAndEnglishAreLiveAndEnglishIsTheSource() {
		assertThat(languages.live()).extracting(Language::code).containsExactly("en", "es");
		assertThat(languages.source().code()).isEqualTo("en");
	}

	@Test
	void aSpanishBrowserGetsSpanishPagesWhoseLinksKeepTheLanguage() throws Exception {
		MockHttpServletResponse response = fetch(get("/compare").header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9,en;q=0.5"));
		assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
		assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Ir al contenido");
		assertThat(page.select("header nav.site-nav a").eachAttr("href"))
			.containsExactly("/assessment?lang=es", "/compare?lang=es", "/about?lang=es");
		// dates as Spanish writes them
		assertThat(page(get("/about?lang=es")).selectFirst("dl.facts time").text()).isEqualTo("26 de noviembre de 2026");
		// static files are the same in every language
		assertThat(page.select("link[rel=stylesheet]").attr("href")).doesNotContain("lang=");
	}

	@Test
	void theAddressOutranksTheBrowserAndIsKeptInLinks() throws Exception {
		Document page = page(get("/about?lang=en").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Skip to content");
		assertThat(page.select("header nav.site-nav a").eachAttr("href")).allMatch(h -> h.endsWith("?lang=en"));
	}

	@Test
	void withNoChoiceThePageIsEnglishAndLinksAreBare() throws Exception {
		Document page = page(get("/"));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("a#start").attr("href")).isEqualTo("/assessment");
	}

	@Test
	void anUnknownOrMalformedChoiceFallsBackQuietly() throws Exception {
		Document unknown = page(get("/?lang=xx-%3Cscript%3E").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
		assertThat(unknown.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(unknown.html()).doesNotContain("xx-<script>").doesNotContain("lang=xx");
		Document malformed = page(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, ";;q=abc,,"));
		assertThat(malformed.selectFirst("html").attr("lang")).isEqualTo("en");
		Document notOffered = page(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,fr;q=0.8"));
		assertThat(notOffered.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void theSwitchLinksToThisPageInTheOtherLanguage() throws Exception {
		Document page = page(get("/compare?lang=es"));
		Element nav = page.selectFirst("nav.language-switch");
		assertThat(nav.attr("aria-label")).isEqualTo("Idioma");
		Element english = nav.selectFirst("a[hreflang=en]");
		assertThat(english.attr("href")).isEqualTo("/compare?lang=en");
		assertThat(english.attr("lang")).isEqualTo("en");
		assertThat(english.text()).isEqualTo("English");
		Element current = nav.selectFirst("[aria-current]");
		assertThat(current.text()).isEqualTo("Español");
		assertThat(current.attr("lang")).isEqualTo("es");
	}

	@Test
	void theQuestionnaireKeepsTheLanguageThroughItsRedirectsAndForms() throws Exception {
		MockHttpServletResponse start = fetch(get("/assessment?lang=es"));
		String step = start.getHeader(HttpHeaders.LOCATION);
		assertThat(step).matches(".*/assessment/[^/]+/1\\?lang=es");
		Document first = page(get(step.substring(step.indexOf("/assessment"))));
		assertThat(first.selectFirst("html").attr("lang")).isEqualTo("es");
		Element form = first.selectFirst("main form[method=post]");
		assertThat(form.attr("action")).endsWith("/1?lang=es");
		// the switch on a step leads to the same step: the answers given so far are kept with the draft
		assertThat(first.selectFirst("nav.language-switch a[hreflang=en]").attr("href"))
			.isEqualTo(step.substring(step.indexOf("/assessment")).replace("lang=es", "lang=en"));
		MockHttpServletRequestBuilder answer = post(form.attr("action")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("version", form.selectFirst("input[name=version]").val()).param("action", "next");
		form.select("fieldset").forEach(f -> answer.param(f.id().substring("q-".length()),
				f.selectFirst("input[type=radio]").val()));
		MockHttpServletResponse next = fetch(answer);
		assertThat(next.getStatus()).as(next.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(303);
		assertThat(next.getHeader(HttpHeaders.LOCATION)).matches(".*/assessment/[^/]+/2\\?lang=es");
	}

	@Test
	void theAdminAreaIsInTheSourceLanguageWithoutASwitch() throws Exception {
		MockHttpServletResponse response = fetch(get("/admin/sign-in").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("nav.language-switch")).isEmpty();
	}

	/** Pages the same for everyone are kept once per version and language: each language gets its own. */
	@Test
	void sharedPagesAreKeptPerLanguage() throws Exception {
		String spanishTag = null;
		String englishTag = null;
		for (int round = 0; round < 2; round++) {
			MockHttpServletResponse spanish = fetch(get("/privacy").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
			MockHttpServletResponse english = fetch(get("/privacy").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
			assertThat(Jsoup.parse(spanish.getContentAsString(StandardCharsets.UTF_8)).selectFirst("html").attr("lang"))
				.isEqualTo("es");
			assertThat(Jsoup.parse(english.getContentAsString(StandardCharsets.UTF_8)).selectFirst("html").attr("lang"))
				.isEqualTo("en");
			assertThat(spanish.getHeader(HttpHeaders.ETAG)).isNotNull().isNotEqualTo(english.getHeader(HttpHeaders.ETAG));
			if (round == 1) {
				assertThat(spanish.getHeader(HttpHeaders.ETAG)).isEqualTo(spanishTag);
				assertThat(english.getHeader(HttpHeaders.ETAG)).isEqualTo(englishTag);
			}
			spanishTag = spanish.getHeader(HttpHeaders.ETAG);
			englishTag = english.getHeader(HttpHeaders.ETAG);
		}
	}
}
