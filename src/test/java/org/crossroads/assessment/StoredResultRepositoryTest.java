package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import org.crossroads.SeedAnswers;
import org.crossroads.rules.Outcome;

/** A stored result on the database of the active profile: what goes in comes back, and delete leaves nothing. */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class StoredResultRepositoryTest {

	@Autowired
	private StoredResultRepository results;

	@Autowired
	private EntityManager entityManager;

	@Test
	void roundTripKeepsAnswersCodesVersionAndTime() {
		Map<String, String> answers = SeedAnswers.calmWith("trauma", "yes", "feeling-stuck", "yes");
		Instant createdAt = Instant.parse("2026-03-01T10:15:30.123456Z");
		String id = ResultIds.next();
		results.saveAndFlush(new StoredResult(id, Outcome.BOTH, 3, 3, 1, createdAt, answers,
				List.of("therapy.trauma", "coaching.stuck")));
		entityManager.clear();

		StoredResult read = results.findById(id).orElseThrow();

		assertThat(read.getId()).isEqualTo(id);
		assertThat(read.getOutcome()).isEqualTo(Outcome.BOTH);
		assertThat(read.getTherapyScore()).isEqualTo(3);
		assertThat(read.getCoachingScore()).isEqualTo(3);
		assertThat(read.getRuleSetVersion()).isEqualTo(1);
		assertThat(read.getCreatedAt()).isEqualTo(createdAt);
		assertThat(read.getAnswers()).isEqualTo(answers);
		assertThat(read.getCriterionCodes()).containsExactly("therapy.trauma", "coaching.stuck");
	}

	@Test
	void deleteRemovesTheResultWithItsAnswersAndCodes() {
		String id = ResultIds.next();
		results.saveAndFlush(new StoredResult(id, Outcome.URGENT_SUPPORT, 0, 0, 1,
				Instant.now().truncatedTo(ChronoUnit.MICROS), SeedAnswers.calmWith("self-harm", "several-days"),
				List.of("safety.self-harm")));
		assertThat(rows("assessment_result", id)).isEqualTo(1);
		assertThat(rows("result_answer", id)).isEqualTo(18);
		assertThat(rows("result_criterion", id)).isEqualTo(1);

		results.deleteById(id);
		results.flush();
		entityManager.clear();

		assertThat(results.findById(id)).isEmpty();
		assertThat(rows("assessment_result", id)).isZero();
		assertThat(rows("result_answer", id)).isZero();
		assertThat(rows("result_criterion", id)).isZero();
	}

	/** Nothing that identifies a visitor can be stored: the result and draft tables hold exactly these columns. */
	@Test
	void resultTablesHaveNoColumnForAnIpAddressUserAgentOrCookie() {
		assertThat(columns("assessment_result")).containsExactlyInAnyOrder("id", "outcome", "therapy_score",
				"coaching_score", "rule_set_version", "created_at");
		assertThat(columns("result_answer")).containsExactlyInAnyOrder("result_id", "question_key", "option_key");
		assertThat(columns("result_criterion")).containsExactlyInAnyOrder("result_id", "position", "criterion_code");
		// a finished draft keeps the id of its result for a few minutes, nothing about the visitor; a draft
		// in progress the published version it is answered under
		assertThat(columns("assessment_draft")).containsExactlyInAnyOrder("id", "checked_step", "updated_at", "result_id",
				"rule_set_version", "questions_changed");
		assertThat(columns("draft_answer")).containsExactlyInAnyOrder("draft_id", "question_key", "option_key");
	}

	private long rows(String table, String id) {
		String idColumn = table.equals("assessment_result") ? "id" : "result_id";
		return ((Number) entityManager
			.createNativeQuery("select count(*) from " + table + " where " + idColumn + " = ?1")
			.setParameter(1, id)
			.getSingleResult()).longValue();
	}

	private List<String> columns(String table) {
		// information_schema is standard SQL: H2 reports names in upper case, PostgreSQL in lower case
		List<?> names = entityManager
			.createNativeQuery("select column_name from information_schema.columns "
					+ "where lower(table_name) = ?1 and lower(table_schema) = 'public'")
			.setParameter(1, table)
			.getResultList();
		return names.stream().map(n -> n.toString().toLowerCase()).toList();
	}
}
