package org.crossroads.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit entries older than the audit retention go, in batches, once however many callers start it. The
 * schedule is off here: a cached context resumed after the daily purge time fires the missed run at once,
 * and its lock would make both firings of the test skip.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "crossroads.retention-purge-cron=-")
@ExtendWith(OutputCaptureExtension.class)
class AuditPurgeTest {

	@Autowired
	AuditPurge purge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	/** Entries under a subject of their own, so other tests' rows never count. */
	final String subject = "purge-test-" + UUID.randomUUID();

	void insert(OffsetDateTime occurredAt, int count) {
		jdbc.batchUpdate("INSERT INTO audit_event (occurred_at, actor, kind, subject) VALUES (?, 'tester', 'EDIT', ?)",
				java.util.stream.IntStream.range(0, count)
					.mapToObj(i -> new Object[] { occurredAt.minusSeconds(i), subject })
					.toList());
	}

	long left(OffsetDateTime before) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject = ? AND occurred_at < ?", Long.class,
				subject, before);
	}

	long leftInAll() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject = ?", Long.class, subject);
	}

	OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	@Test
	void theDefaultAuditRetentionIsFourHundredDays() {
		assertThat(purge.retention()).isEqualTo(Duration.ofDays(400));
	}

	@Test
	void entriesOlderThanTheRetentionGoInBatchesAndYoungerOnesStay() {
		int backlog = AuditPurge.BATCH + 3;
		insert(now().minusDays(401), backlog);
		insert(now().minusDays(399), 2);

		assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(backlog);

		assertThat(left(now().minusDays(400))).isZero();
		assertThat(leftInAll()).isEqualTo(2);
		jdbc.update("DELETE FROM audit_event WHERE subject = ?", subject);
	}

	@Test
	void twoSchedulersFiringTogetherRunThePurgeOnce(CapturedOutput output) throws Exception {
		insert(now().minusDays(500), 5);
		insert(now().minusDays(10), 1);
		// a run of another test context just before (the schedule of a resumed one) holds the lock for a while
		jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = 'audit-purge'");
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Void>> firings = List.of(fire(together), fire(together));
		CompletableFuture.allOf(firings.toArray(CompletableFuture[]::new)).join();

		assertThat(leftInAll()).isOne();
		assertThat(Pattern.compile("Audit purge removed").matcher(output.getOut()).results().count()).isOne();
		jdbc.update("DELETE FROM audit_event WHERE subject = ?", subject);
	}

	/** The scheduled entry point, through the bean's proxy where the lock is taken. */
	CompletableFuture<Void> fire(CyclicBarrier together) {
		return CompletableFuture.runAsync(() -> {
			try {
				together.await();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			purge.purgeOnSchedule();
		});
	}
}
