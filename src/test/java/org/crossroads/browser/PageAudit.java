package org.crossroads.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * Checks the page a session shows now: axe-core at a phone's and a desktop's width, reflow at 320 px,
 * the Nu HTML checker on the served HTML, the frame every page shares, plus full-page screenshots.
 * Problems are collected, so one run names every page that needs fixing.
 */
final class PageAudit {

	/** WCAG 1.4.10 reflow: content fits 320 CSS px without scrolling sideways. */
	static final int REFLOW_WIDTH = 320;

	private final boolean dataTablesMayOverflow;

	/** Whether the pages count in the report (the harness's own test pages do not). */
	private final boolean counted;

	private final List<String> problems = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<String> checked = new ArrayList<>();

	/** Visitor pages: everything reflows at 320 px. */
	PageAudit() {
		this(false);
	}

	/**
	 * @param dataTablesMayOverflow whether a data table wider than a 320 px screen is only noted (WCAG
	 * 1.4.10 exempts content that needs two dimensions; the admin area's tables are such content)
	 */
	PageAudit(boolean dataTablesMayOverflow) {
		this(dataTablesMayOverflow, true);
	}

	private PageAudit(boolean dataTablesMayOverflow, boolean counted) {
		this.dataTablesMayOverflow = dataTablesMayOverflow;
		this.counted = counted;
	}

	/** For the harness's own test pages: not counted in the report, screenshots under harness/. */
	static PageAudit uncounted(boolean dataTablesMayOverflow) {
		return new PageAudit(dataTablesMayOverflow, false);
	}

	void check(BrowserSession session, String name) {
		Page page = session.page();
		checked.add(name);
		String where = name + " (" + session.path() + ")";
		try {
			for (int width : Screenshots.WIDTHS) {
				page.setViewportSize(width, BrowserSession.DEFAULT_HEIGHT);
				List<Axe.Violation> violations = Axe.run(page);
				if (counted) {
					BrowserReport.axeChecked(name);
				}
				violations.forEach(v -> problems.add("axe @" + width + "px on " + where + ": " + v));
				Screenshots.take(page, counted ? name : "harness/" + name, width);
			}
			page.setViewportSize(REFLOW_WIDTH, BrowserSession.DEFAULT_HEIGHT);
			int overflow = sidewaysScroll(page, false);
			if (overflow > 0) {
				String finding = "reflow on " + where + ": scrolls sideways by " + overflow + " px at " + REFLOW_WIDTH
						+ " px wide (WCAG 1.4.10: 1280 px at 400% zoom)";
				if (dataTablesMayOverflow && sidewaysScroll(page, true) <= 0) {
					notes.add(finding + ", only because of a data table (exempt as two-dimensional content;"
							+ " a scroll container around the table would keep the rest of the page in place)");
				}
				else {
					problems.add(finding);
				}
			}
			String html = session.traffic().lastDocument().text();
			HtmlChecker.errors(html).forEach(m -> problems.add("Nu on " + where + ": " + m));
			if (counted) {
				BrowserReport.nuChecked(name);
			}
			frame(page).forEach(p -> problems.add("frame of " + where + ": " + p));
		}
		finally {
			page.setViewportSize(BrowserSession.DEFAULT_WIDTH, BrowserSession.DEFAULT_HEIGHT);
		}
	}

	/** How far the page scrolls sideways, optionally with its tables taken out for the measurement. */
	private static int sidewaysScroll(Page page, boolean withoutTables) {
		return ((Number) page.evaluate("""
				withoutTables => {
				  const tables = withoutTables ? [...document.querySelectorAll('table')] : [];
				  const before = tables.map(t => t.style.display);
				  tables.forEach(t => t.style.display = 'none');
				  const overflow = document.documentElement.scrollWidth - window.innerWidth;
				  tables.forEach((t, i) => t.style.display = before[i]);
				  return overflow;
				}""", withoutTables)).intValue();
	}

	/** What the contract asks of every page, visitor or admin. */
	static List<String> frame(Page page) {
		List<String> missing = new ArrayList<>();
		if (page.locator("p.crisis-line").count() != 1) {
			missing.add("no footer crisis line p.crisis-line");
		}
		if (page.locator("a[href='#main']").count() < 1) {
			missing.add("no skip link to #main");
		}
		if (page.locator("main#main").count() != 1) {
			missing.add("no main#main for the skip link to reach");
		}
		if (page.locator("h1").count() != 1) {
			missing.add("expected exactly one h1, found " + page.locator("h1").count());
		}
		return missing;
	}

	/** A problem found outside the checks above, reported with them. */
	void problem(String problem) {
		problems.add(problem);
	}

	List<String> problems() {
		return List.copyOf(problems);
	}

	List<String> notes() {
		return List.copyOf(notes);
	}

	List<String> checked() {
		return List.copyOf(checked);
	}

	/** One assertion for all the pages checked, naming every problem found. */
	void assertClean() {
		if (counted) {
			notes.forEach(BrowserReport::note);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(problems.size() + " problem(s) on " + checked.size() + " page(s) checked:\n  - "
					+ String.join("\n  - ", problems));
		}
	}
}
