package org.crossroads.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.CrossroadsSettings;

/**
 * Deletes stored results older than {@code crossroads.retention} (default 30 days), daily at
 * {@code crossroads.retention-purge-cron} (UTC; "-" turns the job off). The outcome counts are a
 * separate table and stay. Deletes in small batches, each its own transaction, so a backlog never
 * holds one long lock; answers and criteria go with their result (ON DELETE CASCADE).
 */
@Component
public class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	static final int BATCH = 500;

	private static final String DELETE_BATCH = "DELETE FROM assessment_result WHERE id IN"
			+ " (SELECT id FROM assessment_result WHERE created_at < ? ORDER BY created_at LIMIT " + BATCH + ")";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration retention;

	public RetentionPurge(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			CrossroadsSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.retention = settings.retention(); // positive: the settings are validated
	}

	public Duration retention() {
		return retention;
	}

	@Scheduled(cron = CrossroadsSettings.RETENTION_PURGE_CRON, zone = "UTC")
	public void purgeOnSchedule() {
		purgeExpired();
	}

	/** Deletes every result created before now minus the retention; returns how many. */
	public long purgeExpired() {
		Instant cutoff = clock.instant().minus(retention);
		OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
		long total = 0;
		int deleted;
		do {
			deleted = transactions.execute(tx -> jdbc.update(DELETE_BATCH, before));
			total += deleted;
		}
		while (deleted == BATCH);
		log.info("Retention purge removed {} result(s) created before {}", total, cutoff);
		return total;
	}
}
