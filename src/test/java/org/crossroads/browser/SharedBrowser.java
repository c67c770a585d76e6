package org.crossroads.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Chromium for the whole test JVM: launching takes seconds, a fresh context per test is cheap.
 * When no browser can be launched every browser test fails with the reason and how to get one.
 */
final class SharedBrowser {

	static final List<String> HEADLESS_FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync");

	private static Browser browser;

	private static AssertionError failure;

	private SharedBrowser() {
	}

	static synchronized Browser get() {
		if (failure != null) {
			throw failure;
		}
		if (browser == null) {
			try {
				browser = launch(BrowserDiscovery.fromEnvironment());
			}
			catch (AssertionError e) {
				failure = e;
				throw e;
			}
		}
		return browser;
	}

	private static Browser launch(BrowserDiscovery.Choice choice) {
		if (choice instanceof BrowserDiscovery.Misconfigured bad) {
			throw new AssertionError("No browser for the end-to-end tests: " + bad.problem() + "\n"
					+ BrowserDiscovery.HOW_TO_GET_ONE);
		}
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(HEADLESS_FLAGS)
			.setTimeout(60_000);
		String described = "Playwright's own Chromium";
		if (choice instanceof BrowserDiscovery.SystemBrowser system) {
			options.setExecutablePath(system.executable());
			described = system.executable() + " (found via " + system.foundBy() + ")";
		}
		Playwright playwright = null;
		try {
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(BrowserDiscovery.driverEnvironment(choice)));
			Browser launched = playwright.chromium().launch(options);
			System.out.println("[browser tests] Chromium " + launched.version() + " from " + described);
			Playwright owner = playwright;
			Runtime.getRuntime().addShutdownHook(new Thread(owner::close, "playwright-close"));
			return launched;
		}
		catch (RuntimeException e) {
			if (playwright != null) {
				playwright.close();
			}
			throw new AssertionError("Could not start " + described + " for the end-to-end tests: "
					+ causes(e) + "\n" + BrowserDiscovery.HOW_TO_GET_ONE, e);
		}
	}

	/** The first line of each message down the cause chain (Playwright wraps the download error). */
	private static String causes(Throwable error) {
		StringBuilder out = new StringBuilder();
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			out.append(out.isEmpty() ? "" : " <- ").append(firstLine(t.getMessage()));
		}
		return out.toString();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "(no message)";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
