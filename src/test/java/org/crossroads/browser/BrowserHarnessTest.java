package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Route;

/**
 * Proves the checks catch what they are meant to catch, on pages served by Playwright itself under
 * an origin of the app's shape (no app needed): a harness that never reports is worth nothing.
 */
class BrowserHarnessTest {

	private static final String ORIGIN = "http://127.0.0.1:8151";

	private static final String CLEAN = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Clean</title></head>
			<body><main id="main"><h1>Clean page</h1><p>Nothing wrong here.</p></main></body></html>
			""";

	private static final String BROKEN = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"><title>Broken</title></head>
			<body><main><h1 id="twice">Broken page</h1><p id="twice">Same id again.</p>
			<img src="/pixel.png"></main></body></html>
			""";

	private static final String FOREIGN = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Foreign</title>
			<link rel="stylesheet" href="http://127.0.0.2:9/font.css"></head>
			<body><main><h1>Loads from elsewhere</h1><img alt="" src="/local.png"></main></body></html>
			""";

	private static final String INLINE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><title>Inline</title></head>
			<body><main><h1 style="color: red">Inline style and script</h1><script>undefinedFunction();</script></main></body></html>
			""";

	private static BrowserSession serve(Map<String, String> pages) {
		return serve(pages, BrowserSession.Mode.AUDIT);
	}

	private static BrowserSession serve(Map<String, String> pages, BrowserSession.Mode mode) {
		BrowserSession session = BrowserSession.open(ORIGIN, mode);
		session.page().context().route(ORIGIN + "/**", route -> fulfil(route, pages));
		return session;
	}

	private static void fulfil(Route route, Map<String, String> pages) {
		String path = route.request().url().substring(ORIGIN.length());
		String html = pages.get(path);
		if (html == null) {
			route.fulfill(new Route.FulfillOptions().setStatus(404).setContentType("text/plain").setBody("none"));
		}
		else {
			route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
				.setHeaders(route.request().url().endsWith("/csp") ? Map.of("Content-Security-Policy", "default-src 'self'") : Map.of())
				.setBody(html));
		}
	}

	@Test
	void axeReportsViolationsOfAKnownBrokenPageAndNoneOfACleanOne() {
		try (BrowserSession session = serve(Map.of("/broken", BROKEN, "/clean", CLEAN))) {
			session.go("/broken");
			List<String> broken = Axe.run(session.page()).stream().map(Axe.Violation::rule).toList();
			assertThat(broken).contains("image-alt", "html-has-lang");

			session.go("/clean");
			assertThat(Axe.run(session.page())).isEmpty();
		}
	}

	@Test
	void nuCheckerReportsErrorsOfAKnownBrokenPageAndNoneOfACleanOne() {
		assertThat(HtmlChecker.errors(BROKEN)).extracting(HtmlChecker.Message::text)
			.anySatisfy(text -> assertThat(text).contains("Duplicate ID"))
			.anySatisfy(text -> assertThat(text).contains("alt"));
		assertThat(HtmlChecker.errors(CLEAN)).isEmpty();
	}

	@Test
	void aRequestToAnyOtherHostIsRecordedAndNeverLeavesTheBrowser() {
		try (BrowserSession session = serve(Map.of("/foreign", FOREIGN))) {
			session.go("/foreign");
			session.page().waitForLoadState();

			assertThat(session.traffic().foreignRequests()).containsExactly("http://127.0.0.2:9/font.css");
			assertThat(session.traffic().requested()).contains(ORIGIN + "/foreign", ORIGIN + "/local.png");
			assertThat(session.traffic().failedSubresources()).containsExactly("404 " + ORIGIN + "/local.png");
		}
	}

	@Test
	void theServedHtmlIsWhatTheNuCheckerSeesNotTheDomTheBrowserRepairedItInto() {
		try (BrowserSession session = serve(Map.of("/broken", BROKEN))) {
			session.go("/broken");
			assertThat(session.traffic().lastDocument().text()).isEqualTo(BROKEN);
		}
	}

	@Test
	void inlineStylesAndScriptsRefusedByTheContentSecurityPolicyAreReported() {
		try (BrowserSession session = serve(Map.of("/csp", INLINE), BrowserSession.Mode.VISITOR)) {
			session.go("/csp");
			session.page().waitForLoadState();
			assertThat(session.pageProblems()).anySatisfy(p -> assertThat(p).contains("style"))
				.anySatisfy(p -> assertThat(p).contains("script"));
		}
	}

	@Test
	void aScriptErrorIsReported() {
		try (BrowserSession session = serve(Map.of("/lax", INLINE), BrowserSession.Mode.VISITOR)) {
			session.go("/lax");
			session.page().waitForLoadState();
			assertThat(session.pageProblems()).anySatisfy(p -> assertThat(p).contains("script error").contains("undefinedFunction"));
		}
	}

	private static final String WIDE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Wide</title></head><body><main id="main"><h1>Wide</h1>%s</main></body></html>
			""";

	@Test
	void contentWiderThan320PxFailsTheReflowCheckAndAWideDataTableIsOnlyNotedWhereAllowed() {
		String wideBox = WIDE.formatted("<p><img alt=\"\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"600\" height=\"1\"></p>");
		String wideTable = WIDE.formatted("<table><tr>" + "<td>column&nbsp;with&nbsp;long&nbsp;text</td>".repeat(4) + "</tr></table>");
		try (BrowserSession session = serve(Map.of("/box", wideBox, "/table", wideTable))) {
			PageAudit strict = PageAudit.uncounted(false);
			session.go("/box");
			strict.check(session, "harness-wide-box");
			session.go("/table");
			strict.check(session, "harness-wide-table");
			assertThat(strict.problems()).filteredOn(p -> p.startsWith("reflow"))
				.anySatisfy(p -> assertThat(p).contains("/box"))
				.anySatisfy(p -> assertThat(p).contains("/table"));

			PageAudit tablesAllowed = PageAudit.uncounted(true);
			session.go("/box");
			tablesAllowed.check(session, "harness-wide-box");
			session.go("/table");
			tablesAllowed.check(session, "harness-wide-table");
			assertThat(tablesAllowed.problems()).filteredOn(p -> p.startsWith("reflow")).singleElement()
				.satisfies(p -> assertThat(p).contains("/box"));
			assertThat(tablesAllowed.notes()).singleElement().satisfies(n -> assertThat(n).contains("/table", "data table"));
		}
	}
}
