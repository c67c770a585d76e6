package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.util.FileSystemUtils;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} turns the console log into one JSON object a line
 * (Elastic Common Schema). The app runs in a JVM of its own, on a fresh embedded database, so the
 * JSON logging it sets up does not stay behind in this test JVM.
 */
class StructuredLogsTest {

	@Test
	void withEcsEveryLineOfTheLogIsAJsonObject() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "structured-logs-").toAbsolutePath();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", classpath, CrossroadsApplication.class.getName(), "--server.port=0",
				"--management.server.port=0", "--server.address=127.0.0.1", "--spring.profiles.active=default",
				"--crossroads.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir + "/crossroads;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password=")
			.redirectErrorStream(true);
		// the embedded database, whatever database this test run was pointed at
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
		builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
		Process app = builder.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
			// a bound so a hung start fails the test rather than the build; not a measure of speed
			CompletableFuture.runAsync(() -> out.lines().takeWhile(line -> {
				lines.add(line);
				return !line.contains("Started CrossroadsApplication");
			}).count()).get(5, TimeUnit.MINUTES);
		}
		finally {
			app.destroy();
			app.waitFor(1, TimeUnit.MINUTES);
			FileSystemUtils.deleteRecursively(dataDir);
		}

		assertThat(lines).anySatisfy(line -> assertThat(line).contains("Started CrossroadsApplication"));
		assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> {
			Map<String, Object> event = JsonParserFactory.getJsonParser().parseMap(line);
			assertThat(event).containsKeys("@timestamp", "log", "message", "ecs");
		});
	}
}
