package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.crossroads.SeedAnswers;

/** What search engines are told: robots.txt, noindex on private and admin pages, a description on public ones. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class SearchEnginesTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/assessment", "/compare", "/about", "/privacy");

	@Autowired
	MockMvc mvc;

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
	}

	Document page(String path, int status) throws Exception {
		MvcResult result = fetch(path);
		if (status == 200 && result.getResponse().getStatus() == 303) {
			// /assessment sends the visitor on to step 1 of a fresh draft
			result = fetch(result.getResponse().getRedirectedUrl());
		}
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String storedResult() throws Exception {
		StringBuilder json = new StringBuilder("{\"answers\":{");
		SeedAnswers.therapy().forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
		json.setLength(json.length() - 1);
		MvcResult created = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(json.append("}}").toString())).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String body = created.getResponse().getContentAsString();
		return body.replaceFirst("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	static boolean noindex(Document page) {
		return page.select("head meta[name=robots]").stream().anyMatch(m -> m.attr("content").contains("noindex"));
	}

	@Test
	void robotsTxtIsPlainTextAllowingThePublicPagesOnly() throws Exception {
		MvcResult result = mvc.perform(get("/robots.txt")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines()
			.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		assertThat(lines).first().isEqualTo("User-agent: *");
		assertThat(lines).contains("Disallow: /admin", "Disallow: /results/", "Disallow: /api/", "Allow: /")
			.noneMatch(l -> l.equals("Disallow: /") || l.startsWith("Disallow: /assessment")
					|| l.startsWith("Disallow: /compare") || l.startsWith("Disallow: /about"));
	}

	@Test
	void publicPagesMayBeIndexedAndEachHasItsOwnDescription() throws Exception {
		Set<String> descriptions = new HashSet<>();
		for (String path : PUBLIC_PAGES) {
			Document page = page(path, 200);
			assertThat(noindex(page)).as(path + " noindex").isFalse();
			Element description = page.selectFirst("head meta[name=description]");
			assertThat(description).as(path + " meta description").isNotNull();
			assertThat(description.attr("content")).as(path).hasSizeBetween(50, 160).doesNotContain("#{", "??");
			descriptions.add(description.attr("content"));
		}
		assertThat(descriptions).as("one description per page").hasSize(PUBLIC_PAGES.size());
	}

	@Test
	void resultsTheirPrintViewsAndTheDeletedPageAreNoindex() throws Exception {
		String id = storedResult();
		for (String path : List.of("/results/" + id, "/results/" + id + "/print", "/results/deleted")) {
			Document page = page(path, 200);
			assertThat(noindex(page)).as(path + " noindex").isTrue();
			assertThat(page.select("head meta[name=description]")).as(path).hasSize(1);
		}
		assertThat(noindex(page("/results/no-such-result", 404))).as("an unknown result").isTrue();
	}

	@Test
	void adminAndErrorPagesAreNoindex() throws Exception {
		assertThat(noindex(page("/admin/sign-in", 200))).as("sign-in").isTrue();
		// MockMvc does not forward to /error: render the error controller the way the container does
		MvcResult error = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr("jakarta.servlet.error.status_code", 404)
			.requestAttr("jakarta.servlet.error.request_uri", "/compare/no-such-page")).andReturn();
		assertThat(error.getResponse().getStatus()).isEqualTo(404);
		assertThat(noindex(Jsoup.parse(error.getResponse().getContentAsString(StandardCharsets.UTF_8))))
			.as("the error page").isTrue();
	}
}
