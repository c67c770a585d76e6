package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are mapped by name: the resource chain is asked about every link a page renders,
 * and with a catch-all pattern each of those questions searched the jar.
 */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class StaticFilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void onlyTheStaticFoldersAndFilesAreResourceHandlers() {
		assertThat(resourceUrls.getHandlerMap().keySet())
			.containsExactlyInAnyOrder("/css/**", "/js/**", "/favicon.svg", "/robots.txt");
	}

	@Test
	void aPageLinkIsLeftAsItIsAndTheStylesheetLinkCarriesItsContentHash() {
		assertThat(resourceUrls.getForLookupPath("/results/abc")).isNull();
		assertThat(resourceUrls.getForLookupPath("/css/site.css")).matches("/css/site-[0-9a-f]{32}\\.css");
	}

	@Test
	void rootFilesAreKeptForADayAndAnUnknownAddressIsAPageNotFound() throws Exception {
		MockHttpServletResponse favicon = mvc.perform(get("/favicon.svg")).andReturn().getResponse();
		assertThat(favicon.getStatus()).isEqualTo(200);
		assertThat(favicon.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=86400, public");
		MockHttpServletResponse robots = mvc.perform(get("/robots.txt")).andReturn().getResponse();
		assertThat(robots.getContentType()).startsWith("text/plain");

		MockHttpServletResponse unknown = mvc.perform(get("/no-such-page.css").accept(MediaType.TEXT_HTML))
			.andReturn().getResponse();
		assertThat(unknown.getStatus()).isEqualTo(404);
	}
}
