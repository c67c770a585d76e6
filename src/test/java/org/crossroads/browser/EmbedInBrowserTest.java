package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The questionnaire framed by another site's page, in a real Chromium: a host page served from a
 * second local port (allowed) frames {@code /embed} and goes through to a result; the same page
 * from a third port (not allowed) gets the frame refused by the browser. The framed pages are also
 * checked with axe-core and the Nu HTML checker, and photographed, on their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "crossroads.data-dir=./target/embed-browser-test-data")
class EmbedInBrowserTest {

	/** The site allowed to frame the questionnaire. */
	private static final HostSite ALLOWED = HostSite.start();

	/** Another site, not allowed: the same page from another origin. */
	private static final HostSite OTHER = HostSite.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void allowedOrigins(DynamicPropertyRegistry registry) {
		registry.add("crossroads.embed.allowed-origins", ALLOWED::origin);
	}

	@AfterAll
	static void stopHosts() {
		ALLOWED.stop();
		OTHER.stop();
	}

	String app() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void anAllowedSiteFramesTheQuestionnaireThroughToTheResultWhosePrivateLinkOpensOnTheSite() {
		AnswerSets.Visitor visitor = AnswerSets.THERAPY;
		try (TwoSites session = TwoSites.open()) {
			Page page = session.page();
			page.navigate(ALLOWED.hostPage(app()));
			FrameLocator frame = page.frameLocator("iframe");
			frame.locator(Questionnaire.FORM).waitFor();
			assertThat(frame.locator("nav.site-nav, nav.footer-nav, a.brand").count()).as("site navigation").isZero();

			for (int step = 1; step <= 5; step++) {
				for (Locator fieldset : frame.locator("form#questionnaire fieldset[id^='q-']").all()) {
					String question = fieldset.getAttribute("id").substring(2);
					String option = visitor.answers().get(question);
					if (option != null) {
						frame.locator("label[for='" + question + "--" + option + "']").click();
					}
				}
				if (frame.locator("button[name=action][value=finish]").count() > 0) {
					frame.locator("button[name=action][value=finish]").click();
					break;
				}
				frame.locator("button[name=action][value=next]").click();
				frame.locator("form#questionnaire[action$='/" + (step + 1) + "']").waitFor();
			}
			Locator result = frame.locator("main.result");
			result.waitFor();
			assertThat(result.getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			assertThat(frame.locator("h1").innerText()).isEqualTo(visitor.headline());
			Frame framed = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
			assertThat(framed.url()).startsWith(app() + "/embed/results/");
			String id = framed.url().substring((app() + "/embed/results/").length());

			Locator privateLink = frame.locator(".private-link a");
			assertThat(privateLink.getAttribute("href")).isEqualTo(app() + "/results/" + id);
			assertThat(privateLink.getAttribute("target")).isEqualTo("_blank");
			Page opened = page.waitForPopup(privateLink::click);
			opened.waitForLoadState(LoadState.LOAD);
			assertThat(opened.url()).isEqualTo(app() + "/results/" + id);
			assertThat(opened.locator("main.result").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
			assertThat(opened.locator("nav.site-nav").count()).as("the site's own page, with its navigation").isOne();
			Screenshots.take(page, "embed/host-page-result", BrowserSession.DEFAULT_WIDTH);

			assertThat(session.console()).as("script errors and CSP refusals").noneMatch(m -> m.contains("Refused"));
			assertThat(fetchFromHostPage(page, app() + "/api/v1/questionnaire")).as("the API from the allowed site")
				.isEqualTo("200");
		}
	}

	@Test
	void aSiteNotAllowedGetsTheFrameRefusedAndTheApiUnreadable() {
		try (TwoSites session = TwoSites.open()) {
			Page page = session.page();
			page.navigate(OTHER.hostPage(app()));
			page.waitForLoadState(LoadState.LOAD);
			Frame framed = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
			assertThat(framed.locator(Questionnaire.FORM).count()).as("questionnaire in the refused frame").isZero();
			assertThat(framed.url()).doesNotStartWith(app());
			assertThat(framed.url()).as("the browser's error page in the frame").startsWith("chrome-error:");
			assertThat(session.console()).as("the browser's report").anyMatch(m -> m.contains("frame-ancestors"));
			assertThat(fetchFromHostPage(page, app() + "/api/v1/questionnaire")).as("the API from another site")
				.isEqualTo("refused");
			Screenshots.take(page, "embed/host-page-refused", BrowserSession.DEFAULT_WIDTH);
		}
	}

	@Test
	void everyFramedPageIsAccessibleValidAndPhotographed() {
		PageAudit audit = new PageAudit();
		try (BrowserSession session = BrowserSession.open(app(), BrowserSession.Mode.AUDIT)) {
			Page page = session.page();
			Map<String, String> answers = AnswerSets.URGENT_SUPPORT.answers();
			assertThat(session.go("/embed").status()).isEqualTo(200);
			Questionnaire questionnaire = new Questionnaire(page);
			audit.check(session, "embed-step-1");
			heightAt640(page, "step 1");
			questionnaire.press("next");
			assertThat(page.locator("div.error-summary").count()).isOne();
			audit.check(session, "embed-step-1-error");
			questionnaire.answer(answers);
			questionnaire.press("next");
			assertThat(page.locator("main > section#crisis-help").count()).as("crisis help first").isOne();
			audit.check(session, "embed-step-2-crisis-help");
			questionnaire.answer(answers);
			questionnaire.press("next");
			audit.check(session, "embed-step-3");
			questionnaire.answer(answers);
			questionnaire.press("finish");
			assertThat(session.path()).startsWith("/embed/results/");
			audit.check(session, "embed-result-urgent");
			heightAt640(page, "urgent result");

			for (AnswerSets.Visitor visitor : List.of(AnswerSets.THERAPY, AnswerSets.EXPLORE)) {
				session.go("/embed");
				questionnaire.complete(visitor.answers());
				assertThat(page.locator("main").getAttribute("data-outcome")).isEqualTo(visitor.outcome());
				audit.check(session, "embed-result-" + visitor.name());
				heightAt640(page, visitor.name() + " result");
			}
			session.go("/embed?lang=es");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
			audit.check(session, "embed-step-1-es");
		}
		audit.assertClean();
	}

	/** How tall a framed page is in a frame 640 px wide: the figure the README's snippet suggests a height from. */
	private static void heightAt640(Page page, String name) {
		page.setViewportSize(640, BrowserSession.DEFAULT_HEIGHT);
		Object height = page.evaluate("() => document.documentElement.scrollHeight");
		System.out.println("[embed] " + name + " at 640 px wide: " + height + " px tall");
		page.setViewportSize(BrowserSession.DEFAULT_WIDTH, BrowserSession.DEFAULT_HEIGHT);
	}

	/** What a script of the host page gets from the app: the status, or "refused" when the browser keeps it back. */
	private static String fetchFromHostPage(Page page, String url) {
		return String.valueOf(page.evaluate("url => fetch(url).then(r => String(r.status), () => 'refused')", url));
	}

	/**
	 * A fresh context of the shared Chromium that reaches both the host sites and the app: the
	 * usual {@link BrowserSession} lets a page reach the app alone.
	 */
	private record TwoSites(BrowserContext context, Page page, List<String> console) implements AutoCloseable {

		static TwoSites open() {
			BrowserContext context = SharedBrowser.get().newContext(new Browser.NewContextOptions()
				.setViewportSize(BrowserSession.DEFAULT_WIDTH, BrowserSession.DEFAULT_HEIGHT)
				.setLocale(BrowserSession.DEFAULT_LOCALE));
			context.setDefaultTimeout(7_000);
			context.setDefaultNavigationTimeout(30_000);
			Page page = context.newPage();
			List<String> console = new CopyOnWriteArrayList<>();
			page.onConsoleMessage(message -> console.add(message.text()));
			page.onPageError(error -> console.add("script error: " + error));
			return new TwoSites(context, page, console);
		}

		@Override
		public void close() {
			context.close();
		}
	}

	/** A page of another site, served by the JDK's small HTTP server on a port of its own. */
	private record HostSite(HttpServer server) {

		static HostSite start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				server.createContext("/", exchange -> {
					String app = exchange.getRequestURI().getQuery() == null ? ""
							: exchange.getRequestURI().getQuery().replaceFirst("^app=", "");
					byte[] body = hostPage().replace("{{app}}", app).getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
					exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/host.html") ? 200 : 404,
							body.length);
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(body);
					}
				});
				server.start();
				return new HostSite(server);
			}
			catch (IOException e) {
				throw new IllegalStateException("could not serve the host page", e);
			}
		}

		String origin() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		/** The host page, its frame pointing at the app. */
		String hostPage(String app) {
			return origin() + "/host.html?app=" + app;
		}

		void stop() {
			server.stop(0);
		}

		private static String hostPage() throws IOException {
			try (InputStream in = EmbedInBrowserTest.class.getResourceAsStream("/embed/host.html")) {
				if (in == null) {
					throw new IOException("embed/host.html is not on the test classpath");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}
}
