package org.crossroads.insights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

/** Reads the outcome counts; they outlive the results they counted. */
@Service
class OutcomeInsights {

	private final DailyOutcomeCountRepository counts;

	OutcomeInsights(DailyOutcomeCountRepository counts) {
		this.counts = counts;
	}

	/**
	 * The days from {@code from} to {@code to}, both included, grouped into periods, of one rule-set
	 * version or (null) all of them; small counts already suppressed.
	 */
	@Transactional(readOnly = true)
	OutcomeTable table(Grouping grouping, LocalDate from, LocalDate to, @Nullable Integer version) {
		List<OutcomeTable.DayCount> days = counts.findByDayBetween(from, to).stream()
			.filter(c -> version == null || c.getRuleSetVersion() == version)
			.map(c -> new OutcomeTable.DayCount(c.getDay(), c.getOutcome(), c.getCount()))
			.toList();
		return OutcomeTable.of(grouping, from, to, days);
	}

	/** The rule-set versions that have counts, newest first, for choosing one. */
	@Transactional(readOnly = true)
	List<Integer> versions() {
		return counts.findVersions();
	}
}
