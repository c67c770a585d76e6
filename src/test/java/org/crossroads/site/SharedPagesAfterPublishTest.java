package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Objects;

import org.crossroads.admin.AdminTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A publish replaces the shared pages at once: the next visitor gets the new version's page. */
class SharedPagesAfterPublishTest extends AdminTestSupport {

	@Autowired
	WebApplicationContext context;

	@Autowired
	FilterRegistrationBean<SharedPageCache> sharedPages;

	MockMvc visitors;

	@BeforeEach
	void visitorsGoThroughTheSharedPages() {
		// built here, not auto-configured, so the test shares the admin tests' context
		visitors = MockMvcBuilders.webAppContextSetup(context).addFilters(sharedPages.getFilter()).build();
	}

	MockHttpServletResponse about() throws Exception {
		return visitors.perform(get("/about").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	@Test
	void theAboutPageShowsAPublishedChangeOnTheNextRequest() throws Exception {
		MockHttpServletResponse before = about();
		assertThat(about().getContentAsString()).isEqualTo(before.getContentAsString())
			.doesNotContain("A new author for this test");

		inDraft(ruleSet -> Objects.requireNonNull(ruleSet.getAbout()).setAuthor("A new author for this test"));
		assertThat(about().getContentAsString()).as("a draft is not published").isEqualTo(before.getContentAsString());
		publishing.publish("New author", null, "editor");

		MockHttpServletResponse after = about();
		assertThat(after.getContentAsString()).contains("A new author for this test");
		assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
		assertThat(visitors.perform(get("/about").header(HttpHeaders.IF_NONE_MATCH, before.getHeader(HttpHeaders.ETAG)))
			.andReturn().getResponse().getStatus()).as("the old copy is stale").isEqualTo(200);
	}
}
