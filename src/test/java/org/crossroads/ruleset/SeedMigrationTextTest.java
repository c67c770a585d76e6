package org.crossroads.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The migrations themselves, comments included, carry no caption statistic. */
class SeedMigrationTextTest {

	private static final Pattern PERCENTAGE = Pattern.compile("\\d+(\\.\\d+)?\\s*(%|percent)", Pattern.CASE_INSENSITIVE);

	@Test
	void noMigrationCarriesACaptionStatisticOrAPercentage() throws IOException {
		Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");

		assertThat(migrations).extracting(Resource::getFilename).contains("V1__schema.sql", "V2__seed_rule_set_1.sql");
		for (Resource migration : migrations) {
			String sql = migration.getContentAsString(StandardCharsets.UTF_8);
			assertThat(PERCENTAGE.matcher(sql).find()).as("a percentage in %s", migration.getFilename()).isFalse();
			for (String fragment : CaptionStatistics.FRAGMENTS) {
				assertThat(sql).as(migration.getFilename()).doesNotContainIgnoringCase(fragment);
			}
		}
	}
}
