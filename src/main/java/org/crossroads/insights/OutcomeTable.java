package org.crossroads.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossroads.rules.Outcome;

/**
 * Results per period and outcome, with totals per period, per outcome and overall, after small-count
 * suppression ({@link Suppression}): what the page's table, its chart and the CSV download show.
 * The first and last period may hold only part of their week or month: the range decides.
 */
public record OutcomeTable(Grouping grouping, LocalDate from, LocalDate to, List<Period> periods, Period totals) {

	static final List<Outcome> OUTCOMES = List.of(Outcome.values());

	public OutcomeTable {
		periods = List.copyOf(periods);
	}

	/** One result count as it may be shown. */
	public record Cell(long value, Suppression.Status status) {

		public boolean shown() {
			return status == Suppression.Status.SHOWN;
		}

		public boolean fewerThan5() {
			return status == Suppression.Status.FEWER_THAN_5;
		}

		public boolean hidden() {
			return status == Suppression.Status.HIDDEN;
		}

		/** The count, or what stands in its place; the only way a count leaves this class in text. */
		public String text() {
			return switch (status) {
				case SHOWN -> Long.toString(value);
				case FEWER_THAN_5 -> InsightsCsv.FEWER_THAN_5;
				case HIDDEN -> InsightsCsv.HIDDEN;
			};
		}
	}

	/** A period's (or, for the totals, the whole range's) cells in the order of {@link #OUTCOMES}. */
	public record Period(LocalDate start, String label, List<Cell> cells, Cell total) {

		public Period {
			cells = List.copyOf(cells);
		}

		/** The sum of the counts that are shown: all the chart draws to scale. */
		long shownSum() {
			return cells.stream().filter(Cell::shown).mapToLong(Cell::value).sum();
		}

		boolean anyWithheld() {
			return cells.stream().anyMatch(c -> !c.shown());
		}
	}

	/** A day's count of one outcome. */
	public record DayCount(LocalDate day, Outcome outcome, long count) {
	}

	/** Groups {@code counts} of the days from {@code from} to {@code to} (both included) and suppresses. */
	static OutcomeTable of(Grouping grouping, LocalDate from, LocalDate to, List<DayCount> counts) {
		Map<LocalDate, long[]> byPeriod = new LinkedHashMap<>();
		for (LocalDate start = grouping.start(from); !start.isAfter(to); start = grouping.next(start)) {
			byPeriod.put(start, new long[OUTCOMES.size()]);
		}
		for (DayCount c : counts) {
			if (c.day().isBefore(from) || c.day().isAfter(to)) {
				continue;
			}
			byPeriod.get(grouping.start(c.day()))[c.outcome().ordinal()] += c.count();
		}
		List<LocalDate> starts = new ArrayList<>(byPeriod.keySet());
		long[][] matrix = byPeriod.values().toArray(long[][]::new);
		Suppression.Result protectedTable = Suppression.protect(matrix);
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i <= starts.size(); i++) {
			List<Cell> cells = new ArrayList<>();
			for (int j = 0; j < OUTCOMES.size(); j++) {
				cells.add(cell(protectedTable, i, j));
			}
			Cell total = cell(protectedTable, i, OUTCOMES.size());
			periods.add(i < starts.size()
					? new Period(starts.get(i), grouping.label(starts.get(i)), cells, total)
					: new Period(from, "", cells, total));
		}
		Period totals = periods.remove(periods.size() - 1);
		return new OutcomeTable(grouping, from, to, periods, totals);
	}

	private static Cell cell(Suppression.Result table, int i, int j) {
		return new Cell(table.values()[i][j], table.at(i, j));
	}

	public boolean isEmpty() {
		return totals.total().value() == 0;
	}
}
