package org.crossroads.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.crossroads.rules.Outcome;

/**
 * How many results one day (UTC) had one outcome under one rule-set version. Read-only here:
 * {@link OutcomeCounter} increments the row in SQL, inside the transaction that stores a result.
 */
@Entity
@Immutable
@Table(name = "outcome_daily_count")
class DailyOutcomeCount {

	@Id
	private Long id;

	@Column(name = "result_day")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private int ruleSetVersion;

	@Column(name = "result_count")
	private long count;

	protected DailyOutcomeCount() {
	}

	public LocalDate getDay() { return day; }
	public Outcome getOutcome() { return outcome; }
	public int getRuleSetVersion() { return ruleSetVersion; }
	public long getCount() { return count; }
}
