package org.crossroads.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which Chromium the end-to-end tests drive: an explicitly named one, else Debian's, else
 * one on the PATH, else Playwright's own (which it downloads where the internet is reachable).
 */
final class BrowserDiscovery {

	static final String PROPERTY = "crossroads.browser";

	static final String ENV = "CROSSROADS_BROWSER";

	static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	static final List<String> PATH_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable");

	static final String HOW_TO_GET_ONE = """
			How to get a browser for the end-to-end tests (any one of):
			  - Debian/Ubuntu: run scripts/install-browser.sh as root (apt-get install chromium chromium-driver);
			  - name one: -Dcrossroads.browser=/path/to/chromium or CROSSROADS_BROWSER=/path/to/chromium;
			  - with internet access: unset PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD and re-run, Playwright then downloads its
			    own Chromium (or run: ./mvnw -q exec:java -Dexec.classpathScope=test
			    -Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args="install chromium").""";

	/** The outcome of the search. */
	sealed interface Choice {
	}

	/** A browser installed on this machine, driven with Playwright's download switched off. */
	record SystemBrowser(Path executable, String foundBy) implements Choice {
	}

	/** None installed: Playwright uses its own browser, downloading it if it has to. */
	record PlaywrightManaged() implements Choice {
	}

	/** A browser was named explicitly but is not there: fail rather than test with another one. */
	record Misconfigured(String problem) implements Choice {
	}

	private BrowserDiscovery() {
	}

	static Choice fromEnvironment() {
		return choose(System.getProperty(PROPERTY), System.getenv(ENV), System.getenv("PATH"),
				path -> Files.isRegularFile(path) && Files.isExecutable(path));
	}

	static Choice choose(String property, String env, String pathVariable, Predicate<Path> isExecutable) {
		Optional<String> named = nonBlank(property).or(() -> nonBlank(env));
		if (named.isPresent()) {
			String source = nonBlank(property).isPresent() ? "-D" + PROPERTY : ENV;
			Path path = Path.of(named.get());
			if (!path.isAbsolute()) {
				Optional<Path> onPath = searchPath(named.get(), pathVariable, isExecutable);
				if (onPath.isPresent()) {
					return new SystemBrowser(onPath.get(), source);
				}
			}
			else if (isExecutable.test(path)) {
				return new SystemBrowser(path, source);
			}
			return new Misconfigured(source + " names " + named.get() + ", which is not an executable file.");
		}
		if (isExecutable.test(DEBIAN_CHROMIUM)) {
			return new SystemBrowser(DEBIAN_CHROMIUM, "Debian's chromium package");
		}
		for (String name : PATH_NAMES) {
			Optional<Path> onPath = searchPath(name, pathVariable, isExecutable);
			if (onPath.isPresent()) {
				return new SystemBrowser(onPath.get(), "the PATH");
			}
		}
		return new PlaywrightManaged();
	}

	private static Optional<Path> searchPath(String name, String pathVariable, Predicate<Path> isExecutable) {
		if (pathVariable == null) {
			return Optional.empty();
		}
		for (String dir : pathVariable.split(File.pathSeparator)) {
			if (!dir.isBlank()) {
				Path candidate = Path.of(dir, name);
				if (isExecutable.test(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> nonBlank(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
	}

	/** Environment for Playwright's driver: never download a browser when a system one is used. */
	static Map<String, String> driverEnvironment(Choice choice) {
		return choice instanceof SystemBrowser ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
	}
}
