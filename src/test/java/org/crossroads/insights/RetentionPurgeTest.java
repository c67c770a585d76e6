package org.crossroads.insights;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.SeedAnswers;
import org.crossroads.assessment.AssessmentService;
import org.crossroads.ruleset.published.PublishedContent;

import static org.assertj.core.api.Assertions.assertThat;

/** Results older than the retention go, with their answers; younger ones and the counts stay. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RetentionPurgeTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Autowired
	RetentionPurge purge;

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	String insertResult(OffsetDateTime createdAt) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("INSERT INTO assessment_result (id, outcome, therapy_score, coaching_score, rule_set_version,"
				+ " created_at) VALUES (?, 'THERAPY', 3, 0, 1, ?)", id, createdAt);
		jdbc.update("INSERT INTO result_answer (result_id, question_key, option_key) VALUES (?, 'trauma', 'yes')", id);
		jdbc.update("INSERT INTO result_answer (result_id, question_key, option_key) VALUES (?, 'focus', 'both')", id);
		jdbc.update("INSERT INTO result_criterion (result_id, position, criterion_code) VALUES (?, 0, 'therapy.trauma')",
				id);
		jdbc.update("INSERT INTO result_values (result_id, sure_sure, sure_understand, sure_risk_benefit,"
				+ " sure_encouragement) VALUES (?, TRUE, FALSE, TRUE, TRUE)", id);
		jdbc.update("INSERT INTO result_value_rating (result_id, statement_key, rating) VALUES (?, 'diagnosis', 'VERY')", id);
		return id;
	}

	long rows(String table, String column, String id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Long.class, id);
	}

	long counted() {
		return jdbc.queryForObject("SELECT COALESCE(SUM(result_count), 0) FROM outcome_daily_count", Long.class);
	}

	@Test
	void theDefaultRetentionIsThirtyDays() {
		assertThat(purge.retention()).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void resultsOlderThanTheRetentionAreDeletedWithTheirAnswersAndTheCountsStay() {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		String expired = insertResult(now.minusDays(31));
		String longExpired = insertResult(now.minusDays(400));
		String kept = insertResult(now.minusDays(29));
		String fresh = assessments.complete(published.current(), SeedAnswers.driven()).id().orElseThrow();
		long countedBefore = counted();
		try {
			assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(2);

			for (String gone : new String[] { expired, longExpired }) {
				assertThat(rows("assessment_result", "id", gone)).isZero();
				assertThat(rows("result_answer", "result_id", gone)).isZero();
				assertThat(rows("result_criterion", "result_id", gone)).isZero();
				assertThat(rows("result_values", "result_id", gone)).isZero();
				assertThat(rows("result_value_rating", "result_id", gone)).isZero();
			}
			assertThat(rows("assessment_result", "id", kept)).isOne();
			assertThat(rows("result_value_rating", "result_id", kept)).isOne();
			assertThat(rows("result_answer", "result_id", kept)).isEqualTo(2);
			assertThat(assessments.find(fresh)).isPresent();
			assertThat(counted()).isEqualTo(countedBefore);
		}
		finally {
			jdbc.update("DELETE FROM assessment_result WHERE id = ?", kept);
		}
	}

	@Test
	void aBacklogLargerThanOneBatchIsPurgedCompletely() {
		OffsetDateTime old = clock.instant().atOffset(ZoneOffset.UTC).minusDays(60);
		int backlog = RetentionPurge.BATCH + 7;
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < backlog; i++) {
				insertResult(old.minusSeconds(i));
			}
		});

		assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(backlog);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_result WHERE created_at < ?", Long.class,
				clock.instant().atOffset(ZoneOffset.UTC).minusDays(30))).isZero();
	}
}
