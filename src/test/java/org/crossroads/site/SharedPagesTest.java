package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages the same for every visitor come from memory after their first render: byte for byte the
 * render, per crisis-line region, revalidated by ETag, compressed when the browser takes it; step 1
 * with its own draft id; a page with answers is never one of them.
 */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class SharedPagesTest {

	@Autowired
	MockMvc mvc;

	/** A draft id as the start redirect gives one: 24 random bytes, base64url (the test database is kept). */
	static String freshId() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/compare", "/about", "/privacy" })
	void aSharedPageIsTheSameBytesEachTimeRevalidatedByETagAndCompressedOnRequest(String path) throws Exception {
		MockHttpServletResponse first = fetch(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA"));
		MockHttpServletResponse second = fetch(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA"));
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		assertThat(second.getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");
		assertThat(second.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		String etag = second.getHeader(HttpHeaders.ETAG);
		assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(first.getHeader(HttpHeaders.ETAG));
		assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(second.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ACCEPT_ENCODING);
		assertThat(second.getHeader("Content-Security-Policy")).contains("default-src 'self'");

		MockHttpServletResponse unchanged = fetch(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA")
			.header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(fetch(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA")
			.header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).getStatus()).isEqualTo(200);

		MockHttpServletResponse zipped = fetch(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA")
			.header(HttpHeaders.ACCEPT_ENCODING, "br, gzip, deflate"));
		assertThat(zipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray())).readAllBytes();
		assertThat(unzipped).isEqualTo(first.getContentAsByteArray());
		assertThat(zipped.getContentAsByteArray().length).isLessThan(first.getContentAsByteArray().length / 2);
	}

	@Test
	void eachCrisisLineRegionHasItsOwnCopy() throws Exception {
		for (int round = 0; round < 2; round++) {
			String australia = fetch(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-AU")).getContentAsString();
			String ireland = fetch(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-IE")).getContentAsString();
			String none = fetch(get("/")).getContentAsString();
			assertThat(australia).contains("data-preferred=\"true\" data-region=\"AU\"");
			assertThat(ireland).contains("data-preferred=\"true\" data-region=\"IE\"");
			assertThat(none).doesNotContain("data-preferred");
			assertThat(australia.indexOf("data-region=\"AU\"")).isLessThan(australia.indexOf("data-region=\"US\""));
			assertThat(ireland.indexOf("data-region=\"IE\"")).isLessThan(ireland.indexOf("data-region=\"US\""));
		}
	}

	@Test
	void stepOneOfANewQuestionnaireIsSharedWithItsOwnDraftIdAndStaysUnstored() throws Exception {
		String one = freshId();
		String two = freshId();
		MockHttpServletResponse first = fetch(get("/assessment/" + one + "/1"));
		MockHttpServletResponse second = fetch(get("/assessment/" + two + "/1"));
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString().replace(one, two))
			.contains("action=\"/assessment/" + two + "/1\"").doesNotContain(one);
		assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(second.getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void stepOneWithAnswersIsRenderedForItsVisitor() throws Exception {
		String id = freshId();
		String empty = fetch(get("/assessment/" + id + "/1")).getContentAsString();
		assertThat(empty).doesNotContain("checked=\"checked\"");
		mvc.perform(post("/assessment/" + id + "/1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("action", "next").param("trauma", "no"));
		String answered = fetch(get("/assessment/" + id + "/1")).getContentAsString();
		assertThat(answered).contains("checked=\"checked\"").contains("error-summary");
		assertThat(fetch(get("/assessment/" + freshId() + "/1")).getContentAsString())
			.doesNotContain("checked=\"checked\"").doesNotContain("error-summary");
	}

	@Test
	void aRequestWithAQueryIsRenderedAsUsual() throws Exception {
		MockHttpServletResponse page = fetch(get("/about?x=1"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("<main");
	}
}
