package org.crossroads.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.published.Snapshots;
import org.crossroads.ruleset.translation.Translation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A third language is data, not code: the migration in src/test/resources/db/third-language adds
 * Arabic (right to left) and three of its texts, and nothing else changes. It runs on an embedded
 * database of its own in every run, so the shared database of the suite never sees the extra language.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:third-language;DB_CLOSE_DELAY=-1",
		"spring.datasource.driver-class-name=org.h2.Driver", "spring.datasource.username=sa",
		"spring.datasource.password=", "spring.flyway.locations=classpath:db/migration,classpath:db/third-language" })
@AutoConfigureMockMvc
class ThirdLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Languages languages;

	@Autowired
	RuleSetRepository ruleSets;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theNewLanguageIsOfferedBesideTheOthers() {
		assertThat(languages.live()).extracting(Language::code).containsExactly("en", "es", "ar");
		assertThat(languages.find("ar").orElseThrow().direction()).isEqualTo("rtl");
	}

	@Test
	void aBrowserInTheNewLanguageGetsARightToLeftPageWithItsTextsAndASwitchToAllThree() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/1")
			.accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "ar-EG,ar;q=0.9")).andReturn().getResponse();
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.selectFirst("main").text()).contains("كيف كان شعورك");
		assertThat(page.select("nav.language-switch li").eachText()).containsExactly("English", "Español", "العربية");
		assertThat(page.select("nav.language-switch a").eachAttr("hreflang")).containsExactly("en", "es");
	}

	@Test
	void theApiAnswersInItAndATextWithNoTranslationShowsTheEnglish() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/questionnaire")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ar")).andReturn().getResponse();
		assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ar");
		JsonNode section = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8))
			.get("sections").get(0);
		assertThat(section.get("title").asString()).isEqualTo("كيف كان شعورك");
		assertThat(section.get("questions").get(0).get("prompt").asString()).startsWith("Over the past month");
	}

	@Test
	void everyOtherTextIsListedAsMissingForTheTranslator() {
		Map<Translation.Status, Long> counts = transactions.execute(tx -> {
			RuleSetEntity version1 = ruleSets.findByNumber(1).orElseThrow();
			Translation arabic = Translation.of(version1, "ar");
			return Snapshots.sourceTexts(version1).entrySet().stream()
				.collect(Collectors.groupingBy(e -> arabic.status(e.getKey(), e.getValue()), Collectors.counting()));
		});
		assertThat(counts.get(Translation.Status.CURRENT)).isEqualTo(3);
		assertThat(counts.get(Translation.Status.MISSING)).isGreaterThan(300);
		assertThat(counts).doesNotContainKey(Translation.Status.OUTDATED);
	}
}
