package org.crossroads.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class BrowserDiscoveryTest {

	private static Predicate<Path> installed(String... paths) {
		Set<Path> present = Set.of(java.util.Arrays.stream(paths).map(Path::of).toArray(Path[]::new));
		return present::contains;
	}

	@Test
	void anExplicitlyNamedBrowserWinsOverDebiansAndThePath() {
		BrowserDiscovery.Choice choice = BrowserDiscovery.choose("/opt/chrome/chrome", null, "/usr/bin",
				installed("/opt/chrome/chrome", "/usr/bin/chromium"));
		assertThat(choice).isEqualTo(new BrowserDiscovery.SystemBrowser(Path.of("/opt/chrome/chrome"), "-Dcrossroads.browser"));
	}

	@Test
	void thePropertyWinsOverTheEnvironmentVariableAndABareNameIsLookedUpOnThePath() {
		BrowserDiscovery.Choice choice = BrowserDiscovery.choose("google-chrome", "/opt/other", "/a:/b",
				installed("/b/google-chrome", "/opt/other"));
		assertThat(choice).isEqualTo(new BrowserDiscovery.SystemBrowser(Path.of("/b/google-chrome"), "-Dcrossroads.browser"));

		assertThat(BrowserDiscovery.choose(" ", "/opt/other", "/a", installed("/opt/other")))
			.isEqualTo(new BrowserDiscovery.SystemBrowser(Path.of("/opt/other"), "CROSSROADS_BROWSER"));
	}

	@Test
	void aNamedBrowserThatIsMissingFailsInsteadOfFallingBackToAnother() {
		BrowserDiscovery.Choice choice = BrowserDiscovery.choose(null, "/nowhere/chrome", "/usr/bin",
				installed("/usr/bin/chromium"));
		assertThat(choice).isInstanceOfSatisfying(BrowserDiscovery.Misconfigured.class,
				bad -> assertThat(bad.problem()).contains("CROSSROADS_BROWSER", "/nowhere/chrome"));
	}

	@Test
	void debiansChromiumComesBeforeThePathAndThePathBeforePlaywrightsOwn() {
		assertThat(BrowserDiscovery.choose(null, null, "/opt/bin", installed("/usr/bin/chromium", "/opt/bin/chromium")))
			.isEqualTo(new BrowserDiscovery.SystemBrowser(Path.of("/usr/bin/chromium"), "Debian's chromium package"));
		assertThat(BrowserDiscovery.choose(null, null, "/opt/bin:/snap/bin", installed("/snap/bin/google-chrome")))
			.isEqualTo(new BrowserDiscovery.SystemBrowser(Path.of("/snap/bin/google-chrome"), "the PATH"));
		assertThat(BrowserDiscovery.choose(null, null, "/opt/bin", installed()))
			.isEqualTo(new BrowserDiscovery.PlaywrightManaged());
	}

	@Test
	void playwrightIsToldNotToDownloadOnlyWhenASystemBrowserIsUsed() {
		assertThat(BrowserDiscovery.driverEnvironment(new BrowserDiscovery.SystemBrowser(Path.of("/usr/bin/chromium"), "x")))
			.containsEntry("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		assertThat(BrowserDiscovery.driverEnvironment(new BrowserDiscovery.PlaywrightManaged())).isEmpty();
	}
}
