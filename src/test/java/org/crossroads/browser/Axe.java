package org.crossroads.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/** Runs axe-core in a page (the page's context must bypass CSP, as the script is injected). */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String RUN = """
			async tags => {
			  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			  return result.violations.map(v => ({
			    id: v.id, impact: String(v.impact), help: v.help,
			    nodes: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')
			        + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
			  }));
			}""";

	private static String source;

	/** One rule broken on one page, with the elements that break it. */
	record Violation(String rule, String impact, String help, List<String> nodes) {

		@Override
		public String toString() {
			return rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", nodes);
		}
	}

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static List<Violation> run(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
		}
		List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
		return raw.stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("nodes")))
			.toList();
	}

	static synchronized String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not on the test classpath");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return source;
	}
}
