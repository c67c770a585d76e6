package org.crossroads.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** How days (UTC) are grouped into the periods of the insights page. */
public enum Grouping {

	/** One period a day, named by its ISO date. */
	DAY,
	/** ISO weeks, Monday to Sunday, named like 2026-W05 (the week-based year, which may differ at New Year). */
	WEEK,
	/** Calendar months, named like 2026-01. */
	MONTH;

	/** The first day of the period holding {@code day}. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(DayOfWeek.MONDAY);
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	/** The first day of the period after the one starting on {@code start}. */
	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
	}

	/** A language-neutral name of the period starting on {@code start}, the same on the page and in the CSV. */
	String label(LocalDate start) {
		return switch (this) {
			case DAY -> start.toString();
			case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
					start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
		};
	}

	/** The value of {@code ?by=}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Grouping> parse(String param) {
		for (Grouping g : values()) {
			if (g.param().equals(param)) {
				return Optional.of(g);
			}
		}
		return Optional.empty();
	}
}
