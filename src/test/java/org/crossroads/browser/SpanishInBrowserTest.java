package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;

/**
 * A visitor whose browser speaks Spanish, in Chromium: every outcome reached in Spanish, crisis lines
 * in Spanish first, the language switch at every step keeping the answers, and the Spanish pages
 * checked with axe-core and the Nu HTML checker. The Spanish expected is read from the published
 * version, the texts the translation migration put there.
 */
class SpanishInBrowserTest extends AppInBrowser {

	static final String SPAIN = "es-ES";

	/** The first item of the PHQ-2 in its published Spanish version. */
	static final String PHQ2_INTEREST = "Poco interés o placer en hacer cosas";

	static final List<AnswerSets.Visitor> OUTCOMES = AnswerSets.ALL;

	@Autowired
	PublishedContent published;

	ContentSnapshot spanish() {
		ContentSnapshot content = published.current("es");
		assertThat(content.language()).as("the published version has Spanish texts").isEqualTo("es");
		return content;
	}

	ContentSnapshot english() {
		return published.current(ContentSnapshot.SOURCE_LANGUAGE);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("OUTCOMES")
	void aSpanishBrowserReachesEachOutcomeInSpanish(AnswerSets.Visitor visitor) {
		ContentSnapshot es = spanish();
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR, SPAIN)) {
			Page page = session.page();
			session.go("/");
			assertInLanguage(page, "es");
			session.follow(page.locator("a#start"));

			Questionnaire questionnaire = new Questionnaire(page);
			List<String> asked = new ArrayList<>();
			for (int step = 1; step <= 3; step++) {
				assertThat(questionnaire.step()).isEqualTo(step);
				assertInLanguage(page, "es");
				assertThat(page.locator("p.step-count").innerText()).isEqualTo("Paso " + step + " de 3");
				assertThat(page.url()).as("the step's address keeps the language").contains("lang=es");
				for (String key : questionnaire.questions()) {
					Question question = es.rules().question(key).orElseThrow();
					assertThat(question.prompt()).as("Spanish prompt of " + key)
						.isNotEqualTo(english().rules().question(key).orElseThrow().prompt());
					assertThat(prompt(page, key)).as("prompt of " + key).isEqualTo(question.prompt().strip());
				}
				if (step == 1) {
					assertThat(prompt(page, "phq2-interest")).endsWith(PHQ2_INTEREST);
				}
				asked.addAll(questionnaire.answer(visitor.answers()));
				questionnaire.press(step == 3 ? "finish" : "next");
			}
			assertThat(asked).containsExactlyInAnyOrderElementsOf(visitor.answers().keySet());

			assertThat(session.path()).matches(VisitorFlowTest.RESULT_PATH);
			assertInLanguage(page, "es");
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			Outcome outcome = Outcome.valueOf(visitor.outcome());
			String headline = es.site().headline(outcome);
			assertThat(headline).isNotBlank().isNotEqualTo(english().site().headline(outcome));
			assertThat(page.locator("h1").innerText()).isEqualTo(headline.strip());
			assertThat(page.locator("main .result-head .meta").innerText()).as("the date as Spanish writes it")
				.matches("Realizada el \\d{1,2} de \\p{L}+ de \\d{4}");

			Locator privateLink = page.locator("main .private-link a");
			String link = privateLink.getAttribute("href");
			assertThat(link).as("the private link keeps the language")
				.contains(session.path())
				.contains("lang=es");
			assertThat(privateLink.innerText()).contains("lang=es");
			String result = session.path();
			session.go(link.substring(link.indexOf(result)));
			assertThat(session.path()).isEqualTo(result);
			assertInLanguage(page, "es");
			assertThat(page.locator("h1").innerText()).isEqualTo(headline.strip());
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	/**
	 * A browser in Spain gets Spain's Línea 024 first, on the urgent result and in the footer, and the
	 * international directory always; with the script only those show, without it every country, Spain
	 * first.
	 */
	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void aBrowserInSpainGetsTheLinea024First(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode, SPAIN)) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.URGENT_SUPPORT.answers());
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");
			assertInLanguage(page, "es");
			Locator help = page.locator("main section#crisis-help");
			assertThat(help.count()).isOne();
			assertThat(page.locator("main > *").first().getAttribute("id")).as("crisis help heads the result")
				.isEqualTo("crisis-help");
			assertSpainFirst(help, mode);
			// crisis help heads the page, so the footer points up to it
			assertThat(page.locator("footer p.crisis-line a[href='#crisis-help']").count()).isOne();

			session.go("/");
			assertInLanguage(page, "es");
			assertSpainFirst(page.locator("footer p.crisis-line"), mode);
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	/**
	 * A Spanish reader in the United States gets the 988 Lifeline's Spanish line (call 988 and press 2,
	 * text AYUDA) before the English lines of the region, on the urgent result and in the footer.
	 */
	@Test
	void aSpanishBrowserInTheUnitedStatesGetsTheSpanishLineOf988First() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR, "es-US")) {
			Page page = session.page();
			session.startAssessment().complete(AnswerSets.URGENT_SUPPORT.answers());
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");
			Locator help = page.locator("main section#crisis-help");
			assertThat(visibleRegions(help)).containsExactly("US", "INT");
			assertSpanishLineFirstInTheUnitedStates(help.locator("[data-region=US] li"));
			assertDirectory(help);

			session.go("/");
			Locator footer = page.locator("footer p.crisis-line");
			assertThat(visibleRegions(footer)).containsExactly("US", "INT");
			assertSpanishLineFirstInTheUnitedStates(footer.locator("[data-region=US] .crisis-entry"));
			assertDirectory(footer);
			assertOnlyTheAppWasAsked(session);
		}
	}

	/**
	 * Mexico has no line of its own: every country shows, those with a line in Spanish first, the
	 * directory last; in the United States the Spanish line of 988 comes first.
	 */
	@Test
	void aSpanishBrowserFromACountryWithoutLinesGetsTheSpanishLinesFirst() {
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR, "es-MX")) {
			Page page = session.page();
			session.go("/");
			assertInLanguage(page, "es");
			Locator footer = page.locator("footer p.crisis-line");
			List<String> regions = visibleRegions(footer);
			assertThat(regions.subList(0, 2)).containsExactlyInAnyOrder("US", "ES");
			assertThat(regions).hasSizeGreaterThan(3).last().isEqualTo("INT");
			assertThat(footer.locator("[data-region=ES] a[href^='tel:']").first().getAttribute("href")).isEqualTo("tel:024");
			assertSpanishLineFirstInTheUnitedStates(footer.locator("[data-region=US] .crisis-entry"));
			assertDirectory(footer);
		}
	}

	/**
	 * Switching language at each step keeps the answers given, Back and Continue work in either
	 * language, and the result is the one the same answers get in English; the result's switch leads
	 * to the same result in English.
	 */
	@Test
	void theSwitchKeepsTheAnswersAtEveryStepAndTheResultIsTheSameAsInEnglish() {
		AnswerSets.Visitor visitor = AnswerSets.BOTH;
		Map<String, String> answers = visitor.answers();
		String inEnglish;
		try (BrowserSession session = open(BrowserSession.Mode.VISITOR)) {
			session.startAssessment().complete(answers);
			inEnglish = session.page().locator("main").getAttribute("data-outcome");
			assertInLanguage(session.page(), "en");
		}
		assertThat(inEnglish).isEqualTo(visitor.outcome());

		try (BrowserSession session = open(BrowserSession.Mode.VISITOR, SPAIN)) {
			Page page = session.page();
			Questionnaire questionnaire = session.startAssessment();
			assertInLanguage(page, "es");
			List<String> step1 = questionnaire.answer(answers);
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertInLanguage(page, "es");

			// step 2 in English, back to step 1 with its answers, then Spanish again
			switchTo(session, "en");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertThat(questionnaire.showsStep(2)).isTrue();
			questionnaire.press("back");
			assertThat(questionnaire.step()).isEqualTo(1);
			assertInLanguage(page, "en");
			assertChosen(questionnaire, answers, step1);
			switchTo(session, "es");
			assertThat(questionnaire.step()).isEqualTo(1);
			assertChosen(questionnaire, answers, step1);

			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertInLanguage(page, "es");
			List<String> step2 = questionnaire.answer(answers);
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(3);

			// step 3 in English, back to step 2 with its answers, forward again in Spanish
			switchTo(session, "en");
			assertThat(questionnaire.step()).isEqualTo(3);
			assertThat(questionnaire.showsStep(3)).isTrue();
			questionnaire.press("back");
			assertThat(questionnaire.step()).isEqualTo(2);
			assertInLanguage(page, "en");
			assertChosen(questionnaire, answers, step2);
			switchTo(session, "es");
			assertChosen(questionnaire, answers, step2);
			questionnaire.press("next");
			assertThat(questionnaire.step()).isEqualTo(3);
			assertInLanguage(page, "es");
			questionnaire.answer(answers);
			questionnaire.press("finish");

			assertThat(session.path()).matches(VisitorFlowTest.RESULT_PATH);
			assertInLanguage(page, "es");
			assertThat(page.locator("main").getAttribute("data-outcome")).as("the same outcome as in English")
				.isEqualTo(inEnglish);
			Outcome outcome = Outcome.valueOf(inEnglish);
			assertThat(page.locator("h1").innerText()).isEqualTo(spanish().site().headline(outcome).strip());
			String result = session.path();

			switchTo(session, "en");
			assertThat(session.path()).as("the same result").isEqualTo(result);
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(inEnglish);
			assertThat(page.locator("h1").innerText()).isEqualTo(english().site().headline(outcome).strip());
			assertThat(page.locator("main .private-link a").getAttribute("href")).contains(result).contains("lang=en");
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	/**
	 * axe-core and the Nu HTML checker on the Spanish pages, each photographed at 375 and 1280 px
	 * (target/screenshots/es-*), and each page's language and its link to English marked.
	 */
	@Test
	void theSpanishPagesPassAxeAndTheHtmlChecker() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = open(BrowserSession.Mode.AUDIT, SPAIN)) {
			Page page = session.page();
			for (Map.Entry<String, String> entry : List.of(Map.entry("home", "/"), Map.entry("compare", "/compare"),
					Map.entry("about", "/about"), Map.entry("privacy", "/privacy"))) {
				assertThat(session.go(entry.getValue()).status()).as(entry.getValue()).isEqualTo(200);
				check(audit, session, "es-" + entry.getKey());
			}

			Questionnaire questionnaire = session.startAssessment();
			Map<String, String> answers = AnswerSets.BOTH.answers();
			for (int step = 1; step <= 3; step++) {
				assertThat(questionnaire.step()).isEqualTo(step);
				check(audit, session, "es-step-" + step);
				questionnaire.answer(answers);
				questionnaire.press(step == 3 ? "finish" : "next");
			}
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("BOTH");
			check(audit, session, "es-result-both");
			session.follow(page.locator("a#values-start"));
			assertThat(page.locator("form#values-form").count()).isOne();
			// the SURE items keep their validated English wording, marked as English for screen readers
			assertThat(page.locator("form#values-form fieldset[id^='sure-'] > legend")
				.evaluateAll("legends => legends.map(l => l.lang)")).asInstanceOf(LIST)
				.hasSize(4).containsOnly("en");
			check(audit, session, "es-values-step");

			session.startAssessment().answer(AnswerSets.URGENT_SUPPORT.answers());
			questionnaire.press("next");
			assertThat(page.locator("section#crisis-help").count()).isOne();
			check(audit, session, "es-step-2-crisis-help");
			session.startAssessment().complete(AnswerSets.URGENT_SUPPORT.answers());
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");
			check(audit, session, "es-result-urgent-support");
			assertOnlyTheAppWasAsked(session);
		}
		audit.assertClean();
	}

	/** Audits the page and notes any way its language or the switch is not marked as it must be. */
	private static void check(PageAudit audit, BrowserSession session, String name) {
		Page page = session.page();
		String where = name + " (" + session.path() + ")";
		if (!"es".equals(page.locator("html").getAttribute("lang"))) {
			audit.problem("lang of " + where + " is " + page.locator("html").getAttribute("lang") + ", not es");
		}
		Locator english = page.locator("nav.language-switch a[href]");
		if (english.count() != 1 || !"en".equals(english.getAttribute("lang"))
				|| !"en".equals(english.getAttribute("hreflang"))) {
			audit.problem("switch of " + where + ": expected one link to English with lang=en and hreflang=en, found "
					+ english.evaluateAll("links => links.map(a => a.outerHTML)"));
		}
		Locator current = page.locator("nav.language-switch [aria-current]");
		if (current.count() != 1 || !"es".equals(current.getAttribute("lang"))) {
			audit.problem("switch of " + where + ": the current language is not marked as Spanish");
		}
		audit.check(session, name);
	}

	/** The page is in {@code language}, and the switch offers the other with its own lang and hreflang. */
	static void assertInLanguage(Page page, String language) {
		String other = language.equals("es") ? "en" : "es";
		assertThat(page.locator("html").getAttribute("lang")).as("lang of " + page.url()).isEqualTo(language);
		Locator link = page.locator("nav.language-switch a[hreflang='" + other + "']");
		assertThat(link.count()).as("the switch to " + other + " on " + page.url()).isOne();
		assertThat(link.getAttribute("lang")).isEqualTo(other);
		assertThat(link.getAttribute("href")).contains("lang=" + other);
		assertThat(page.locator("nav.language-switch [aria-current][lang='" + language + "']").count()).isOne();
	}

	/** Follows the switch to {@code language}: the same page, in that language. */
	static void switchTo(BrowserSession session, String language) {
		String path = session.path();
		session.follow(session.page().locator("nav.language-switch a[hreflang='" + language + "']"));
		assertThat(session.path()).as("the switch leads to the same page").isEqualTo(path);
		assertThat(session.page().url()).contains("lang=" + language);
		assertInLanguage(session.page(), language);
	}

	static void assertChosen(Questionnaire questionnaire, Map<String, String> answers, List<String> keys) {
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			assertThat(questionnaire.chosen(key)).as("answer kept for " + key).isEqualTo(answers.get(key));
		}
	}

	private static String prompt(Page page, String question) {
		return page.locator("fieldset#q-" + question + " legend > span").first().textContent().strip();
	}

	@SuppressWarnings("unchecked")
	private static List<String> visibleRegions(Locator area) {
		return (List<String>) area.locator("[data-region]:visible").evaluateAll("groups => groups.map(g => g.dataset.region)");
	}

	/** Spain first with the 024 line; with the script Spain and the directory alone, without it every country. */
	private static void assertSpainFirst(Locator area, BrowserSession.Mode mode) {
		List<String> regions = visibleRegions(area);
		assertThat(regions).first().isEqualTo("ES");
		assertThat(regions).last().isEqualTo("INT");
		if (mode == BrowserSession.Mode.NO_JAVASCRIPT) {
			assertThat(regions).hasSizeGreaterThan(3);
		}
		else {
			assertThat(regions).containsExactly("ES", "INT");
		}
		Locator spain = area.locator("[data-region=ES]");
		assertThat(spain.locator(".crisis-region").textContent().strip()).isEqualTo("España");
		assertThat(area.locator("a[href^='tel:']:visible").first().getAttribute("href")).as("the first number")
			.isEqualTo("tel:024");
		assertThat(spain.innerText()).contains("Línea 024");
		assertDirectory(area);
	}

	/** The first entry of the region is the Spanish line of 988, the region's English lines after it. */
	private static void assertSpanishLineFirstInTheUnitedStates(Locator entries) {
		assertThat(entries.count()).as("lines in the United States").isGreaterThan(1);
		Locator first = entries.first();
		assertThat(first.locator("a[href='tel:988']").count()).isOne();
		assertThat(first.locator("a[href^='sms:988']").getAttribute("href")).contains("AYUDA");
		assertThat(first.innerText()).contains("AYUDA").contains("español");
		for (int i = 1; i < entries.count(); i++) {
			assertThat(entries.nth(i).innerText()).as("an English line after the Spanish one").doesNotContain("AYUDA");
		}
	}

	private static void assertDirectory(Locator area) {
		Locator directory = area.locator("[data-region=INT] a[href^='https://findahelpline.com']");
		assertThat(directory.count()).as("the international directory").isOne();
		assertThat(directory.isVisible()).isTrue();
	}
}
