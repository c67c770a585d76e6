package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonParserFactory;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} turns the console log into one JSON object a line
 * (Elastic Common Schema). The app runs in a JVM of its own ({@link AppProcess}), so the JSON
 * logging it sets up does not stay behind in this test JVM.
 */
class StructuredLogsTest {

	@Test
	void withEcsEveryLineOfTheLogIsAJsonObject() throws Exception {
		try (AppProcess app = AppProcess.start(List.of("--spring.profiles.active=default"),
				Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"))) {
			assertEveryLineIsEcsJson(app.startLines());
		}
	}

	static void assertEveryLineIsEcsJson(List<String> lines) {
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("Started CrossroadsApplication"));
		assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> {
			Map<String, Object> event = JsonParserFactory.getJsonParser().parseMap(line);
			assertThat(event).containsKeys("@timestamp", "log", "message", "ecs");
		});
	}
}
