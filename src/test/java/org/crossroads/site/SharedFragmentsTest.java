package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Parts of pages with answers that are the same for everyone are rendered once per key, and the key
 * holds all they depend on: the footer of a page rendered per request still follows the browser's
 * region.
 */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class SharedFragmentsTest {

	@Autowired
	SharedFragments fragments;

	@Autowired
	MockMvc mvc;

	@Test
	void aFragmentIsRenderedOnceForEachKey() {
		AtomicInteger renders = new AtomicInteger();
		Supplier<Map<String, Object>> noLines = () -> {
			renders.incrementAndGet();
			return Map.of("crisisRegions", List.of());
		};
		String key = "test|" + UUID.randomUUID();

		String first = fragments.html(key, "fragments/crisis", "footer-regions", noLines);
		String again = fragments.html(key, "fragments/crisis", "footer-regions", noLines);
		assertThat(again).isSameAs(first);
		assertThat(renders).hasValue(1);
		assertThat(first).contains("call your local emergency number now.").doesNotContain("th:");

		fragments.html(key + "|other", "fragments/crisis", "footer-regions", noLines);
		assertThat(renders).hasValue(2);
	}

	/** A result address that is well formed and unknown: its 404 page is rendered per request. */
	Element footerOfAPageRenderedPerRequest(String acceptLanguage) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/results/" + "A".repeat(32)).accept(MediaType.TEXT_HTML)
				.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
		Element line = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("footer p.crisis-line");
		assertThat(line).isNotNull();
		return line;
	}

	@Test
	void theFooterOfAPageRenderedPerRequestFollowsTheBrowsersRegion() throws Exception {
		for (String region : List.of("AU", "GB", "AU", "NZ")) {
			Element line = footerOfAPageRenderedPerRequest("en-" + region);
			assertThat(line.select("[data-region]").eachAttr("data-region")).first().isEqualTo(region);
			assertThat(line.select("[data-preferred]").eachAttr("data-region")).containsExactly(region);
			assertThat(line.select("a[href^=tel:]")).isNotEmpty();
		}
	}
}
