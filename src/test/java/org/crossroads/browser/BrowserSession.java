package org.crossroads.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A fresh browser context (no cookies, no cache) on the shared Chromium, with its traffic recorded. */
final class BrowserSession implements AutoCloseable {

	/** How the context is set up. */
	enum Mode {

		/** JavaScript on, the page's CSP enforced: what a visitor gets. */
		VISITOR,

		/** JavaScript off: every flow must work without it. */
		NO_JAVASCRIPT,

		/** CSP bypassed so axe-core can be injected: for checking pages only. */
		AUDIT

	}

	static final int DEFAULT_WIDTH = 1280;

	static final int DEFAULT_HEIGHT = 900;

	/** The browser's language unless a test asks for another: it sends Accept-Language from it. */
	static final String DEFAULT_LOCALE = "en-GB";

	private final String base;

	private final BrowserContext context;

	private final Page page;

	private final Traffic traffic;

	private final List<String> pageProblems = new ArrayList<>();

	private BrowserSession(String base, BrowserContext context) {
		this.base = base;
		this.context = context;
		this.traffic = new Traffic(context, URI.create(base));
		this.page = context.newPage();
		page.onPageError(error -> pageProblems.add("script error: " + error));
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				pageProblems.add("refused by the browser on " + page.url() + ": " + message.text());
			}
		});
	}

	static BrowserSession open(String base, Mode mode) {
		return open(base, mode, DEFAULT_LOCALE);
	}

	/**
	 * A context whose browser speaks {@code locale} (a BCP 47 tag such as "es-ES"): its Accept-Language,
	 * navigator.language and the formats it uses.
	 */
	static BrowserSession open(String base, Mode mode, String locale) {
		Browser browser = SharedBrowser.get();
		Browser.NewContextOptions options = new Browser.NewContextOptions()
			.setViewportSize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
			.setLocale(locale)
			.setJavaScriptEnabled(mode != Mode.NO_JAVASCRIPT)
			.setBypassCSP(mode == Mode.AUDIT);
		BrowserContext context = browser.newContext(options);
		// Local pages answer in milliseconds: a missing element fails soon, a slow navigation gets longer.
		context.setDefaultTimeout(7_000);
		context.setDefaultNavigationTimeout(30_000);
		return new BrowserSession(base, context);
	}

	Page page() {
		return page;
	}

	Traffic traffic() {
		return traffic;
	}

	/** Script errors, and anything the page's Content-Security-Policy made the browser refuse. */
	List<String> pageProblems() {
		return List.copyOf(pageProblems);
	}

	String url(String path) {
		return base + path;
	}

	/** Opens a path of the app and answers the response of the document. */
	Response go(String path) {
		Response response = page.navigate(url(path));
		if (response == null) {
			throw new AssertionError("No response for " + path);
		}
		return response;
	}

	/**
	 * Clicks something that leads to another page and returns once that page has loaded. A bare
	 * click returns as soon as the new page commits, when only part of it may be parsed.
	 */
	@SuppressWarnings("deprecation") // waitForURL cannot tell a POST answered at the same URL from the page before it
	static Response followClick(Page page, Locator target) {
		return page.waitForNavigation(target::click);
	}

	Response follow(Locator target) {
		return followClick(page, target);
	}

	/** Opens the questionnaire's first step, failing at once if it is not there. */
	Questionnaire startAssessment() {
		Response response = go("/assessment");
		if (response.status() != 200 || page.locator(Questionnaire.FORM).count() != 1) {
			throw new AssertionError("GET /assessment answered " + response.status() + " without " + Questionnaire.FORM);
		}
		return new Questionnaire(page);
	}

	String path() {
		return URI.create(page.url()).getRawPath();
	}

	@Override
	public void close() {
		context.close();
	}
}
