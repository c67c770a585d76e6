package org.crossroads.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.crossroads.ruleset.published.SiteContent.CrisisResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The footer's crisis line: every number a tel: or sms: link, the browser's region first. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
@AutoConfigureMockMvc
class CrisisLinksTest {

	@Autowired
	MockMvc mvc;

	MockHttpServletResponse home(String acceptLanguage) throws Exception {
		MockHttpServletRequestBuilder request = get("/").accept(MediaType.TEXT_HTML);
		if (acceptLanguage != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	static Element footerLine(MockHttpServletResponse response) throws Exception {
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		Element line = page.selectFirst("footer p.crisis-line");
		assertThat(line).isNotNull();
		return line;
	}

	static List<String> regionOrder(Element line) {
		return line.select("[data-region]").eachAttr("data-region");
	}

	@ParameterizedTest(name = "{0} puts {1} first")
	@CsvSource(nullValues = "none", value = {
			"en-AU, AU", "en-IE, IE", "en-CA, CA", "en-NZ, NZ", "en-GB, GB", "en-US, US", "none, US",
			"'fr-CA,en-AU;q=0.8', CA", "'de-DE,en-NZ;q=0.5', NZ", "en, US" })
	void theBrowsersRegionComesFirstAndTheDirectoryLast(String acceptLanguage, String first) throws Exception {
		MockHttpServletResponse response = home(acceptLanguage);
		List<String> order = regionOrder(footerLine(response));

		assertThat(order).first().as(acceptLanguage).isEqualTo(first);
		assertThat(order).last().isEqualTo("INT");
		assertThat(order).containsExactlyInAnyOrder("US", "GB", "CA", "IE", "AU", "NZ", "ES", "INT");
		assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
	}

	@Test
	void withoutARegionTheEditorsOrderStays() throws Exception {
		assertThat(regionOrder(footerLine(home(null)))).containsExactly("US", "GB", "CA", "IE", "AU", "NZ", "ES", "INT");
		assertThat(regionOrder(footerLine(home("en-AU")))).containsExactly("AU", "US", "GB", "CA", "IE", "NZ", "ES", "INT");
	}

	@ParameterizedTest(name = "{0} marks {1}")
	@CsvSource(nullValues = "none", value = { "en-AU, AU", "'de-DE,en-NZ;q=0.5', NZ", "none, none", "en, none",
			"de-DE, none" })
	void onlyARegionTheBrowserNamesIsMarkedForTheCountryChoice(String acceptLanguage, String preferred)
			throws Exception {
		Element line = footerLine(home(acceptLanguage));
		List<String> marked = line.select("[data-preferred]").eachAttr("data-region");
		assertThat(marked).isEqualTo(preferred == null ? List.of() : List.of(preferred));
	}

	@Test
	void everyNumberInTheFooterIsACallOrTextLink() throws Exception {
		Element line = footerLine(home("en-US"));

		assertThat(line.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:988", "tel:988", "tel:116123",
				"tel:988", "tel:116123", "tel:131114", "tel:1737", "tel:0800543354", "tel:024");
		assertThat(line.select("a[href^=sms:]").eachAttr("href")).containsExactly("sms:988", "sms:741741?&body=HOME",
				"sms:988?&body=AYUDA", "sms:85258?&body=SHOUT", "sms:988", "sms:0477131114", "sms:1737", "sms:4357");
		assertThat(line.selectFirst("a[href=tel:116123]").text()).isEqualTo("Call 116 123");
		assertThat(line.selectFirst("a[href=sms:85258?&body=SHOUT]").text()).isEqualTo("Text SHOUT to 85258");
		assertThat(line.selectFirst("a[href=sms:0477131114]").text()).isEqualTo("Text 0477 13 11 14");
		// any text with a run of digits sits inside a tel: or sms: link (service names aside: "Need to talk? 1737")
		line.select("*").not(".crisis-service").forEach(element -> element.textNodes().forEach(node -> {
			if (node.text().matches(".*\\d{3}.*")) {
				Element link = element.closest("a");
				assertThat(link).as(node.text()).isNotNull();
				assertThat(link.attr("href")).as(node.text()).matches("(tel|sms):.*");
			}
		}));
		assertThat(line.select("a.crisis-directory").eachAttr("href")).containsExactly("https://findahelpline.com");
	}

	@Test
	void linksKeepOnlyDigitsAndALeadingPlusAndEncodeTheKeyword() {
		CrisisResource resource = new CrisisResource("Australia", "Test", "Call", null, "AU", "+61 13 11 14",
				"0477 13 11 14", "HELLO THERE");
		assertThat(resource.telHref()).isEqualTo("tel:+61131114");
		assertThat(resource.smsHref()).isEqualTo("sms:0477131114?&body=HELLO+THERE");
		CrisisResource keywordOnly = new CrisisResource("X", "Y", "Z", null, "US", " ", null, "HOME");
		assertThat(keywordOnly.telHref()).isNull();
		assertThat(keywordOnly.smsHref()).isNull();
		assertThat(keywordOnly.hasNumber()).isFalse();
	}

	@Test
	void regionsGroupUkWithGbAndKeepTheDirectoryLastWhateverTheLanguage() {
		List<CrisisResource> resources = List.of(
				new CrisisResource("International", "Directory", "Find", "https://findahelpline.com", "INT", null, null, null),
				new CrisisResource("UK", "Old row", "Call", null, "UK", "116 123", null, null),
				new CrisisResource("US", "Lifeline", "Call", null, "US", "988", null, null));
		List<CrisisRegion> regions = CrisisRegion.ordered(resources, List.of(Locale.forLanguageTag("en-GB")));
		assertThat(regions).extracting(CrisisRegion::code).containsExactly("GB", "US", "INT");
	}

	/** The seed's kind of list: English lines first by position, the Spanish ones appended, the directory among them. */
	static final List<CrisisResource> WITH_SPANISH = List.of(
			new CrisisResource("United States", "Lifeline", "Call", null, "US", "988", "988", null),
			new CrisisResource("United States", "Text line", "Text", null, "US", null, "741741", "HOME"),
			new CrisisResource("United Kingdom", "Samaritans", "Call", null, "GB", "116 123", null, null),
			new CrisisResource("Canada", "9-8-8", "Call", null, "CA", "988", "988", null),
			new CrisisResource("International", "Directory", "Find", "https://findahelpline.com", "INT", null, null, null),
			new CrisisResource("United States", "Lifeline (Spanish)", "Call", null, "US", "988", "988", "AYUDA", "es"),
			new CrisisResource("Spain", "Línea 024", "Call", null, "ES", "024", null, null, "es"));

	static List<String> labels(CrisisRegion region) {
		return region.resources().stream().map(CrisisResource::label).toList();
	}

	@Test
	void aSpanishReaderGetsTheSpanishLineFirstInTheUsAndTheSpanishRegionsBeforeTheOthers() {
		List<CrisisRegion> regions = CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("es")), "es");

		assertThat(regions).extracting(CrisisRegion::code).containsExactly("US", "ES", "GB", "CA", "INT");
		assertThat(labels(regions.get(0))).containsExactly("Lifeline (Spanish)", "Lifeline", "Text line");
		assertThat(regions).noneMatch(CrisisRegion::preferred);
	}

	@Test
	void aSpanishReadersPreferredRegionStaysFirstAndTheDirectoryLast() {
		List<CrisisRegion> inCanada = CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("es-CA")), "es");
		assertThat(inCanada).extracting(CrisisRegion::code).containsExactly("CA", "US", "ES", "GB", "INT");
		assertThat(inCanada.get(0).preferred()).isTrue();

		List<CrisisRegion> inSpain = CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("es-ES")), "es-ES");
		assertThat(inSpain).extracting(CrisisRegion::code).containsExactly("ES", "US", "GB", "CA", "INT");
		assertThat(labels(inSpain.get(1))).first().isEqualTo("Lifeline (Spanish)");
	}

	@Test
	void anEnglishReaderKeepsTheEditorsOrder() {
		for (String language : new String[] { "en", "EN", "" }) {
			List<CrisisRegion> regions = CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("en")), language);
			assertThat(regions).extracting(CrisisRegion::code).as(language).containsExactly("US", "GB", "CA", "ES", "INT");
			assertThat(labels(regions.get(0))).containsExactly("Lifeline", "Text line", "Lifeline (Spanish)");
			assertThat(regions).isEqualTo(CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("en"))));
		}
		List<CrisisRegion> inGb = CrisisRegion.ordered(WITH_SPANISH, List.of(Locale.forLanguageTag("en-GB")), "en");
		assertThat(inGb).extracting(CrisisRegion::code).containsExactly("GB", "US", "CA", "ES", "INT");
	}

	@Test
	void aLineWithoutALanguageAnswersInEnglish() {
		CrisisResource line = new CrisisResource("X", "Y", "Z", null, "US", "988", null, null);
		assertThat(line.language()).isEqualTo("en");
		assertThat(new CrisisResource("X", "Y", "Z", null, "US", "988", null, null, " ES-mx ").language()).isEqualTo("es");
		assertThat(line.answersIn("en-US")).isTrue();
		assertThat(line.answersIn("es")).isFalse();
	}
}
