package org.crossroads.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.crossroads.assessment.AssessmentService;

import org.crossroads.CrossroadsSettings;

/**
 * Deletes stored results older than {@code crossroads.retention} (default 30 days), daily at
 * {@code crossroads.retention-purge-cron} (UTC; "-" turns the job off). The outcome counts are a
 * separate table and stay. Deletes in small batches, each its own transaction, so a backlog never
 * holds one long lock. Unfinished questionnaires older than {@code crossroads.draft-lifetime} go
 * with the daily run and every ten minutes besides, as they hold answers nobody asked to keep.
 * On several nodes each run happens on one of them (ShedLock, see {@code ScheduledWork}).
 */
@Component
public class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	static final int BATCH = 500;

	private final AssessmentService assessments;

	private final Clock clock;

	private final Duration retention;

	private final Duration draftLifetime;

	RetentionPurge(AssessmentService assessments, Clock clock, CrossroadsSettings settings) {
		this.assessments = assessments;
		this.clock = clock;
		this.retention = settings.retention(); // positive: the settings are validated
		this.draftLifetime = settings.draftLifetime();
	}

	Duration retention() {
		return retention;
	}

	@Scheduled(cron = CrossroadsSettings.RETENTION_PURGE_CRON, zone = "UTC")
	@SchedulerLock(name = "retention-purge", lockAtMostFor = "PT1H", lockAtLeastFor = CrossroadsSettings.PURGE_LOCK_AT_LEAST)
	void purgeOnSchedule() {
		purgeExpired();
		purgeExpiredDrafts();
	}

	@Scheduled(cron = "0 */10 * * * *", zone = "UTC")
	@SchedulerLock(name = "draft-purge", lockAtMostFor = "PT9M", lockAtLeastFor = CrossroadsSettings.PURGE_LOCK_AT_LEAST)
	void purgeDraftsOnSchedule() {
		purgeExpiredDrafts();
	}

	/** Deletes every unfinished questionnaire untouched since now minus the draft lifetime. */
	public long purgeExpiredDrafts() {
		Instant cutoff = clock.instant().minus(draftLifetime);
		long total = 0;
		int deleted;
		do {
			deleted = assessments.deleteDraftsUpdatedBefore(cutoff, BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		if (total > 0) {
			log.info("Draft purge removed {} unfinished questionnaire(s) untouched since {}", total, cutoff);
		}
		return total;
	}

	/** Deletes every result created before now minus the retention; returns how many. */
	public long purgeExpired() {
		Instant cutoff = clock.instant().minus(retention);
		long total = 0;
		int deleted;
		do {
			deleted = assessments.deleteStoredBefore(cutoff, BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		log.info("Retention purge removed {} result(s) created before {}", total, cutoff);
		return total;
	}
}
