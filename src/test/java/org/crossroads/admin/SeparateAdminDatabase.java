package org.crossroads.admin;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the admin tests a database of their own. They publish new versions, and the rest of the
 * suite (API contract, outcome tests) expects the seeded version 1 to be the latest. On H2 the
 * admin tests get their own database file; on PostgreSQL, where CI names one database for the
 * whole suite, their own schema in it. Each admin test still restores the seed content afterwards.
 */
class SeparateAdminDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SCHEMA = "admin_tests";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		Map<String, Object> own;
		if (url.startsWith("jdbc:h2:")) {
			own = Map.of("spring.datasource.url",
					url.replaceFirst("^jdbc:h2:(file:|mem:)?[^;]*", "jdbc:h2:file:./target/admin-test-data/crossroads"));
		}
		else if (url.startsWith("jdbc:postgresql:")) {
			own = Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
					"spring.flyway.schemas", SCHEMA, "spring.flyway.default-schema", SCHEMA);
		}
		else {
			throw new IllegalStateException("the admin tests know how to separate H2 and PostgreSQL only, not " + url);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("separate-admin-database", own));
	}
}
