package org.crossroads.insights;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The insights page's parameters, read leniently: a bad value falls back to its default and names a
 * message key for the page to show beside the form, so no parameter can fail the page.
 */
public record InsightsQuery(int days, Grouping grouping, @Nullable Integer version, List<String> problems) {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 3660;

	static final String ALL_VERSIONS = "all";

	public InsightsQuery {
		problems = List.copyOf(problems);
	}

	static InsightsQuery parse(@Nullable String days, @Nullable String by, @Nullable String version) {
		List<String> problems = new ArrayList<>();
		int parsedDays = parseDaysStrict(days);
		if (parsedDays < 0) {
			parsedDays = DEFAULT_DAYS;
			if (days != null && !days.isEmpty()) {
				problems.add("insights.days.invalid");
			}
		}
		Grouping grouping = by == null || by.isEmpty() ? Grouping.DAY : Grouping.parse(by).orElse(null);
		if (grouping == null) {
			grouping = Grouping.DAY;
			problems.add("insights.by.invalid");
		}
		Integer parsedVersion = null;
		if (version != null && !version.isEmpty() && !ALL_VERSIONS.equals(version)) {
			if (version.matches("[0-9]{1,6}") && Integer.parseInt(version) >= 1) {
				parsedVersion = Integer.parseInt(version);
			}
			else {
				problems.add("insights.version.invalid");
			}
		}
		return new InsightsQuery(parsedDays, grouping, parsedVersion, problems);
	}

	/** Anything but a whole number of days from 1 to MAX_DAYS falls back to the default. */
	static int parseDays(@Nullable String param) {
		int strict = parseDaysStrict(param);
		return strict > 0 ? strict : DEFAULT_DAYS;
	}

	private static int parseDaysStrict(@Nullable String param) {
		if (param == null || !param.matches("[0-9]{1,4}")) {
			return -1;
		}
		int days = Integer.parseInt(param);
		return days >= 1 && days <= MAX_DAYS ? days : -1;
	}

	public boolean has(String problem) {
		return problems.contains(problem);
	}

	/** The value of {@code ?version=}: a number or "all". */
	public String versionParam() {
		return version == null ? ALL_VERSIONS : version.toString();
	}
}
