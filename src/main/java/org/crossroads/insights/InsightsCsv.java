package org.crossroads.insights;

import java.util.ArrayList;
import java.util.List;

import org.crossroads.rules.Outcome;

/**
 * The insights table as CSV (RFC 4180, CRLF): a header row, a row per period, then the totals. Columns
 * and withheld counts are named in plain English words whatever the page's language, so a download
 * reads the same for everyone: a count from 1 to 4 is {@value #FEWER_THAN_5}, a count hidden so that
 * one cannot be worked out is {@value #HIDDEN}.
 */
final class InsightsCsv {

	static final String FEWER_THAN_5 = "fewer than 5";

	static final String HIDDEN = "hidden";

	private InsightsCsv() {
	}

	static String of(OutcomeTable table, String version) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("period", "first_day", "rule_set_version"));
		for (Outcome outcome : OutcomeTable.OUTCOMES) {
			header.add(outcome.name());
		}
		header.add("total");
		line(csv, header);
		for (OutcomeTable.Period period : table.periods()) {
			line(csv, row(period.label(), period.start().toString(), version, period));
		}
		line(csv, row("total", table.from().toString(), version, table.totals()));
		return csv.toString();
	}

	private static List<String> row(String label, String start, String version, OutcomeTable.Period period) {
		List<String> cells = new ArrayList<>(List.of(label, start, version));
		period.cells().forEach(c -> cells.add(c.text()));
		cells.add(period.total().text());
		return cells;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(String.join(",", cells.stream().map(InsightsCsv::cell).toList())).append("\r\n");
	}

	/**
	 * One cell, quoted when needed. Every cell here is a number, a date, an ISO week or month, an
	 * outcome's enum name or one of the fixed words, so none starts with a formula character; the
	 * guard still prefixes an apostrophe to any that would (=, +, -, @, tab, carriage return), so a
	 * spreadsheet never runs a cell as a formula if the columns ever gain free text.
	 */
	static String cell(String text) {
		String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
