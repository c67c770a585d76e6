package org.crossroads.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.SeedAnswers;
import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.AssessmentService;
import org.crossroads.assessment.ResultStored;
import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.published.PublishedContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outcome counts move with stored results, in the same transaction, and never back. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OutcomeCounterTest {

	@Autowired
	AssessmentService assessments;

	@Autowired
	OutcomeCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublishedContent published;

	/** A result the seeded rules decide as COACHING. */
	Assessment storeCoaching() {
		return assessments.complete(published.current(), SeedAnswers.driven());
	}

	long counted(LocalDate day, Outcome outcome, int version) {
		return jdbc.queryForObject("SELECT COALESCE(SUM(result_count), 0) FROM outcome_daily_count"
				+ " WHERE result_day = ? AND outcome = ? AND rule_set_version = ?", Long.class, day, outcome.name(),
				version);
	}

	long results() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM assessment_result", Long.class);
	}

	@Test
	void storingAResultCountsItUnderItsDayOutcomeAndVersion() {
		Assessment first = storeCoaching();
		LocalDate day = LocalDate.ofInstant(first.createdAt().orElseThrow(), ZoneOffset.UTC);
		int version = first.evaluation().ruleSetVersion();
		assertThat(first.evaluation().outcome()).isEqualTo(Outcome.COACHING);
		long before = counted(day, Outcome.COACHING, version);

		storeCoaching();

		assertThat(counted(day, Outcome.COACHING, version)).isEqualTo(before + 1);
	}

	@Test
	void aResultRolledBackIsNeitherStoredNorCounted() {
		Assessment probe = storeCoaching();
		LocalDate day = LocalDate.ofInstant(probe.createdAt().orElseThrow(), ZoneOffset.UTC);
		int version = probe.evaluation().ruleSetVersion();
		long countedBefore = counted(day, Outcome.COACHING, version);
		long resultsBefore = results();

		transactions.executeWithoutResult(tx -> {
			storeCoaching();
			tx.setRollbackOnly();
		});

		assertThat(results()).isEqualTo(resultsBefore);
		assertThat(counted(day, Outcome.COACHING, version)).isEqualTo(countedBefore);
	}

	@Test
	void deletingAResultKeepsItsCount() {
		Assessment stored = storeCoaching();
		LocalDate day = LocalDate.ofInstant(stored.createdAt().orElseThrow(), ZoneOffset.UTC);
		int version = stored.evaluation().ruleSetVersion();
		long before = counted(day, Outcome.COACHING, version);

		assertThat(assessments.delete(stored.id().orElseThrow())).isTrue();

		assertThat(assessments.find(stored.id().orElseThrow())).isEmpty();
		assertThat(counted(day, Outcome.COACHING, version)).isEqualTo(before);
	}

	@Test
	void countingOutsideTheStoringTransactionIsRefused() {
		assertThatThrownBy(() -> counter.count(new ResultStored(Outcome.EXPLORE, 1, Instant.now())))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	/** Many first results of the same kind at once: every one is counted, none fails. */
	@Test
	void concurrentFirstResultsOfADayAreAllCounted() throws Exception {
		int version = 900_000 + ThreadLocalRandom.current().nextInt(90_000);
		Instant when = Instant.parse("2099-06-01T12:00:00Z");
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(pool.submit(() -> {
					start.await();
					transactions.executeWithoutResult(tx -> {
						counter.count(new ResultStored(Outcome.BOTH, version, when));
						sleep(150); // hold the first insert open so the others race it
					});
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			assertThat(counted(LocalDate.of(2099, 6, 1), Outcome.BOTH, version)).isEqualTo(threads);
		}
		finally {
			pool.shutdownNow();
			jdbc.update("DELETE FROM outcome_daily_count WHERE rule_set_version = ?", version);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
