package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.crossroads.CrossroadsApplication;
import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.SeedAnswers;

/**
 * The embedded default keeps what it stored: a result saved by one run of the application is
 * there, unchanged, after the application stops and starts again on the same data directory.
 * Always H2, whatever profile the suite runs under: this is about the embedded default.
 */
class EmbeddedRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void storedResultSurvivesARestartOnTheSameH2File() {
		Assessment stored;
		try (ConfigurableApplicationContext first = start()) {
			stored = first.getBean(AssessmentService.class).complete(first.getBean(PublishedContent.class).current(),
					SeedAnswers.calmWith("trauma", "yes", "growth-goal", "yes"));
		}
		assertThat(Files.exists(dataDir.resolve("crossroads.mv.db"))).isTrue();
		String id = stored.id().orElseThrow();

		try (ConfigurableApplicationContext second = start()) {
			Assessment found = second.getBean(AssessmentService.class).find(id).orElseThrow();

			assertThat(found.evaluation().outcome()).isEqualTo(Outcome.BOTH);
			assertThat(found.evaluation()).isEqualTo(stored.evaluation());
			assertThat(found.answers()).isEqualTo(stored.answers());
			assertThat(found.createdAt()).isEqualTo(stored.createdAt());

			assertThat(second.getBean(AssessmentService.class).delete(id)).isTrue();
		}
		try (ConfigurableApplicationContext third = start()) {
			assertThat(third.getBean(AssessmentService.class).find(id)).isEmpty();
		}
	}

	private ConfigurableApplicationContext start() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--crossroads.data-dir=" + dataDir,
				// command-line arguments outrank a postgres profile given as a system property
				"--spring.profiles.active=default"));
		if (System.getenv("SPRING_DATASOURCE_URL") != null) {
			// ... but SPRING_DATASOURCE_* of a PostgreSQL run must be put back to the embedded default explicitly
			args.addAll(List.of(
					"--spring.datasource.url=jdbc:h2:file:" + dataDir + "/crossroads;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
					"--spring.datasource.username=sa", "--spring.datasource.password="));
		}
		return new SpringApplicationBuilder(CrossroadsApplication.class).run(args.toArray(String[]::new));
	}
}
