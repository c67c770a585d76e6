package org.crossroads.insights;

import java.time.LocalDate;
import java.util.List;

import org.crossroads.rules.Outcome;

/**
 * The outcome mix of a period, as the insights page shows it: per day and rule-set version the
 * outcomes that occurred, and the totals of every outcome over the whole period.
 */
public record OutcomeMix(LocalDate from, LocalDate to, List<DayVersion> rows, List<Share> totals, long total) {

	public OutcomeMix {
		rows = List.copyOf(rows);
		totals = List.copyOf(totals);
	}

	public boolean isEmpty() {
		return total == 0;
	}

	/** One day (UTC) under one rule-set version; {@code shares} lists the outcomes that occurred. */
	public record DayVersion(LocalDate day, int ruleSetVersion, long total, List<Share> shares) {

		public DayVersion {
			shares = List.copyOf(shares);
		}
	}

	/** An outcome's count and its share of the enclosing total, in whole percent. */
	public record Share(Outcome outcome, long count, int percent) {

		static Share of(Outcome outcome, long count, long total) {
			return new Share(outcome, count, total == 0 ? 0 : (int) Math.round(count * 100.0 / total));
		}

		/** A CSS class for the bar's width in steps of 5%; anything above zero stays visible. */
		public String barClass() {
			int step = (int) Math.round(percent / 5.0) * 5;
			return "bar-" + (count > 0 ? Math.max(step, 5) : 0);
		}
	}
}
