package org.crossroads.admin;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin tests really do publish into a database of their own, not the one the rest of the suite reads. */
class SeparateAdminDatabaseTest extends AdminTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void theAdminTestsUseTheirOwnDatabaseOrSchema() throws Exception {
		try (var connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			if (url.startsWith("jdbc:h2:")) {
				assertThat(url).contains("admin-test-data");
			}
			else {
				assertThat(connection.getSchema()).isEqualTo(SeparateAdminDatabase.SCHEMA);
			}
		}
	}
}
