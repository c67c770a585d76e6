package org.crossroads.insights;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.assessment.ResultStored;

import org.jspecify.annotations.Nullable;

/**
 * Counts every stored result by day (UTC), outcome and rule-set version in the transaction that
 * stores it, so a count exists exactly when its result was committed. Deleting a result (by the
 * visitor or by the retention purge) never decrements: the count says how many assessments were
 * completed, and a visitor's right to remove their answers does not extend to an anonymous tally
 * that holds none of them.
 */
@Component
class OutcomeCounter {

	private static final String INCREMENT = "UPDATE outcome_daily_count SET result_count = result_count + 1"
			+ " WHERE result_day = ? AND outcome = ? AND rule_set_version = ?";

	private static final String FIRST = "INSERT INTO outcome_daily_count"
			+ " (result_day, outcome, rule_set_version, result_count) VALUES (?, ?, ?, 1)";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final EntityManager entityManager;

	OutcomeCounter(JdbcTemplate jdbc, DataSource dataSource, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.entityManager = entityManager;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void count(ResultStored stored) {
		// Write the result's rows first, so the counter row is locked only for the commit itself.
		entityManager.flush();
		LocalDate day = LocalDate.ofInstant(stored.createdAt(), ZoneOffset.UTC);
		Object[] key = { day, stored.outcome().name(), stored.ruleSetVersion() };
		if (jdbc.update(INCREMENT, key) == 1) {
			return;
		}
		// The first result of its kind today. A concurrent first insert would abort the whole
		// transaction on PostgreSQL, so the insert runs under a savepoint and falls back to the
		// increment when another transaction won the race.
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Savepoint savepoint = sql(connection::setSavepoint);
		try {
			jdbc.update(FIRST, key);
			sql(() -> {
				connection.releaseSavepoint(savepoint);
				return null;
			});
		}
		catch (DuplicateKeyException raced) {
			sql(() -> {
				connection.rollback(savepoint);
				return null;
			});
			if (jdbc.update(INCREMENT, key) != 1) {
				throw new IllegalStateException("outcome count row vanished while counting", raced);
			}
		}
	}

	private interface SqlCall<T extends @Nullable Object> {
		T call() throws SQLException;
	}

	private static <T extends @Nullable Object> T sql(SqlCall<T> call) {
		try {
			return call.call();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("outcome count savepoint", null, ex);
		}
	}
}
