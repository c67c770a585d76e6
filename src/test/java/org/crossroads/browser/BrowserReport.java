package org.crossroads.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Figures the browser tests measure (pages checked, page weights), rewritten to
 * target/browser-report.txt whenever one changes, so the numbers of the last run can be quoted.
 */
final class BrowserReport {

	static final Path FILE = Path.of("target", "browser-report.txt");

	private static final Set<String> axePages = new TreeSet<>();

	private static final Set<String> nuPages = new TreeSet<>();

	private static final Map<String, String> weights = new LinkedHashMap<>();

	private static final Set<String> notes = new TreeSet<>();

	private static int axeRuns;

	private BrowserReport() {
	}

	static synchronized void axeChecked(String page) {
		axePages.add(page);
		axeRuns++;
		write();
	}

	static synchronized void nuChecked(String page) {
		nuPages.add(page);
		write();
	}

	/** A finding that is not a failure, but worth a look. */
	static synchronized void note(String finding) {
		notes.add(finding);
		write();
	}

	static synchronized void weight(String page, String figure) {
		weights.put(page, figure);
		write();
	}

	private static void write() {
		StringBuilder out = new StringBuilder();
		out.append("axe-core ").append(Axe.TAGS).append(": ").append(axePages.size()).append(" pages, ")
			.append(axeRuns).append(" runs (each page at ").append(Screenshots.WIDTHS).append(" px)\n");
		out.append("Nu HTML checker: ").append(nuPages.size()).append(" pages\n");
		weights.forEach((page, figure) -> out.append("weight ").append(page).append(": ").append(figure).append('\n'));
		out.append("pages checked: ").append(String.join(", ", axePages)).append('\n');
		notes.forEach(note -> out.append("note: ").append(note).append('\n'));
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
