package org.crossroads.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.crossroads.CrossroadsSettings;

/**
 * Deletes audit entries older than {@code crossroads.audit-retention} (default 400 days: a year of
 * history and a margin to compare it with the year before), with the daily purge of results
 * ({@code crossroads.retention-purge-cron}). Batches that each commit, so a purge cut short by a
 * killed node leaves whole entries and the next run finishes it; on several nodes one of them runs
 * it (ShedLock, see {@code ScheduledWork}).
 */
@Component
class AuditPurge {

	private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

	static final int BATCH = 500;

	private final AuditEventRepository events;

	private final Clock clock;

	private final Duration retention;

	AuditPurge(AuditEventRepository events, Clock clock, CrossroadsSettings settings) {
		this.events = events;
		this.clock = clock;
		this.retention = settings.auditRetention();
	}

	Duration retention() {
		return retention;
	}

	@Scheduled(cron = CrossroadsSettings.RETENTION_PURGE_CRON, zone = "UTC")
	@SchedulerLock(name = "audit-purge", lockAtMostFor = "PT1H", lockAtLeastFor = CrossroadsSettings.PURGE_LOCK_AT_LEAST)
	void purgeOnSchedule() {
		purgeExpired();
	}

	/** Deletes every entry that occurred before now minus the audit retention; returns how many. */
	long purgeExpired() {
		Instant cutoff = clock.instant().minus(retention);
		long total = 0;
		int deleted;
		do {
			deleted = events.deleteOldestBefore(cutoff.atOffset(ZoneOffset.UTC), BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		log.info("Audit purge removed {} entry(ies) from before {}", total, cutoff);
		return total;
	}
}
