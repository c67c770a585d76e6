package org.crossroads.site;

import java.time.Duration;

/** How long a stored result is kept, in the unit a visitor reads it in: whole days, else hours. */
record RetentionPeriod(long amount, boolean inDays) {

	static RetentionPeriod of(Duration retention) {
		if (retention.toDays() >= 1) {
			return new RetentionPeriod(retention.toDays(), true);
		}
		return new RetentionPeriod(Math.max(1, retention.toHours()), false);
	}
}
