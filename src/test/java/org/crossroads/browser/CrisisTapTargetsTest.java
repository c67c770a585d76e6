package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * On a phone (375 px), every crisis number of the urgent result and of the home page's footer is a
 * tel: or sms: link large enough to tap (44 x 44 px at least), with JavaScript and without.
 */
class CrisisTapTargetsTest extends AppInBrowser {

	static final int PHONE_WIDTH = 375;

	/** Texts with three digits in a row outside tel:/sms: links, leaving out the services' names ("Need to talk? 1737"). */
	static final String NUMBERS_OUTSIDE_LINKS = """
			root => {
			  const found = [];
			  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    const parent = node.parentElement;
			    if (!/\\d{3}/.test(node.textContent) || parent.closest('.crisis-service, .crisis-site')) continue;
			    const link = parent.closest('a');
			    if (!link || !/^(tel|sms):/.test(link.getAttribute('href'))) found.push(node.textContent.trim());
			  }
			  return found;
			}""";

	@ParameterizedTest
	@EnumSource(names = { "VISITOR", "NO_JAVASCRIPT" })
	void everyNumberIsALargeCallOrTextLinkOnTheUrgentResultAndInTheFooter(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			page.setViewportSize(PHONE_WIDTH, 800);
			Questionnaire questionnaire = session.startAssessment();
			questionnaire.complete(AnswerSets.URGENT_SUPPORT.answers());
			assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo("URGENT_SUPPORT");

			// the browser speaks en-GB: with the script the United Kingdom's two lines show at first (call
			// Samaritans, text Shout), without it every country's
			int inBox = assertTapTargets(page.locator("#crisis-help"), "urgent result crisis help");
			assertThat(inBox).as("links in the crisis help")
				.isGreaterThanOrEqualTo(mode == BrowserSession.Mode.NO_JAVASCRIPT ? 14 : 2);
			if (mode != BrowserSession.Mode.NO_JAVASCRIPT) {
				assertThat(inBox).isEqualTo(2);
			}

			// the footer points up to that help rather than repeating every number on a phone
			Locator up = page.locator("footer p.crisis-line a[href='#crisis-help']");
			assertThat(up.count()).isOne();
			assertThat(up.boundingBox().height).isGreaterThanOrEqualTo(44);

			session.go("/");
			int inFooter = assertTapTargets(page.locator("footer p.crisis-line"), "home page footer");
			// the United Kingdom's lines come first, the directory last; with the script only those two
			// regions show at first, without it every country
			@SuppressWarnings("unchecked")
			List<String> regions = (List<String>) page.locator("footer p.crisis-line [data-region]:visible")
				.evaluateAll("groups => groups.map(g => g.dataset.region)");
			if (mode == BrowserSession.Mode.NO_JAVASCRIPT) {
				assertThat(inFooter).as("links in the footer").isGreaterThanOrEqualTo(14);
				assertThat(regions).hasSize(8).first().isEqualTo("GB");
			}
			else {
				assertThat(inFooter).as("links in the footer").isEqualTo(2);
				assertThat(regions).containsExactly("GB", "INT");
				assertThat(page.getByLabel("Show crisis lines for").inputValue()).isEqualTo("GB");
			}
			assertThat(regions).last().isEqualTo("INT");
			assertOnlyTheAppWasAsked(session);
			assertNoCookie(session);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "VISITOR" })
	void choosingACountryShowsItsLinesAndTheDirectoryOnly(BrowserSession.Mode mode) {
		try (BrowserSession session = open(mode)) {
			Page page = session.page();
			page.setViewportSize(PHONE_WIDTH, 800);
			session.go("/");
			Locator select = page.getByLabel("Show crisis lines for");
			assertThat(select.count()).isOne();
			assertThat(select.inputValue()).as("the browser's region at first").isEqualTo("GB");
			select.focus();
			select.selectOption("AU");

			Locator visible = page.locator("footer p.crisis-line [data-region]:visible");
			assertThat(visible.evaluateAll("groups => groups.map(g => g.dataset.region)")).isEqualTo(List.of("AU", "INT"));
			assertThat(page.locator("footer p.crisis-line a[href^='tel:']:visible").evaluateAll(
					"links => links.map(a => a.getAttribute('href'))")).isEqualTo(List.of("tel:131114"));
			assertThat(select.evaluate("s => document.activeElement === s")).as("focus stays on the choice").isEqualTo(true);

			select.selectOption("");
			assertThat(page.locator("footer p.crisis-line [data-region]:visible").count()).isEqualTo(8);
			assertNoCookie(session);
			assertThat(page.evaluate("() => localStorage.length + sessionStorage.length")).isEqualTo(0);
		}
	}

	/** Asserts the numbers of one area are links of at least 44 x 44 px; answers how many links show. */
	static int assertTapTargets(Locator area, String where) {
		assertThat(area.count()).as(where).isOne();
		@SuppressWarnings("unchecked")
		List<String> loose = (List<String>) area.evaluate(NUMBERS_OUTSIDE_LINKS);
		assertThat(loose).as("numbers that are not tel:/sms: links in the " + where).isEmpty();
		Locator links = area.locator("a[href^='tel:']:visible, a[href^='sms:']:visible");
		int count = links.count();
		for (int i = 0; i < count; i++) {
			Locator link = links.nth(i);
			BoundingBox box = link.boundingBox();
			String name = where + ": " + link.innerText() + " " + link.getAttribute("href");
			assertThat(box).as(name).isNotNull();
			assertThat(box.width).as(name + " width").isGreaterThanOrEqualTo(44);
			assertThat(box.height).as(name + " height").isGreaterThanOrEqualTo(44);
			// full width on a phone: the link spans most of the 375 px viewport
			assertThat(box.width).as(name + " spans the width").isGreaterThan(PHONE_WIDTH * 0.7);
		}
		return count;
	}

}
