package org.crossroads.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.env.Environment;

/**
 * Proves which database the suite really runs on: a JPA slice test would quietly use an
 * in-memory H2 if the replacement were not switched off. CI looks for the log line.
 */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class DatabaseUnderTestTest {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnderTestTest.class);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Test
	void jpaTestsRunOnTheDatabaseTheProfileNames() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			log.info("Tests run against {} {} at {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					meta.getURL());

			if (environment.matchesProfiles("postgres")) {
				assertThat(meta.getDatabaseProductName()).isEqualTo("PostgreSQL");
				assertThat(meta.getURL()).isEqualTo(environment.getProperty("spring.datasource.url"));
			}
			else {
				assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
				// the embedded default is a file database, not the throwaway in-memory one
				assertThat(meta.getURL()).startsWith("jdbc:h2:file:");
			}
		}
	}
}
