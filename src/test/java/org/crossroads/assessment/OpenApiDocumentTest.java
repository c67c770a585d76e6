package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the running app serves at /v3/api-docs equals the committed docs/openapi.json, so a change
 * to the API or its description shows in review. Describes version 1 of the API and nothing else, and is served to
 * anyone with the site's security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	/** Set to true to rewrite docs/openapi.json from the running app instead of comparing. */
	static final String WRITE = "openapi.write";

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	@LocalServerPort
	int port;

	@Test
	void servedDocumentEqualsTheCommittedCopy() throws IOException {
		RawHttp.Response served = new RawHttp(port).get("/v3/api-docs");
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.contentType()).startsWith("application/json");
		JsonNode document = JSON.readTree(served.body());

		if (Boolean.getBoolean(WRITE)) {
			Files.writeString(COMMITTED, pretty(document), StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(COMMITTED)).as("docs/openapi.json is missing; " + howToRegenerate()).isTrue();
		JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		assertThat(document).as("/v3/api-docs differs from docs/openapi.json; " + howToRegenerate()).isEqualTo(committed);
		RawHttp.Response inSpanish = new RawHttp(port).send("GET", "/v3/api-docs", Map.of("Accept-Language", "es"), null,
				false);
		assertThat(JSON.readTree(inSpanish.body())).as("the same document whatever the request's language")
			.isEqualTo(document);
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
			.as("docs/openapi.json is not in its stable form; " + howToRegenerate()).isEqualTo(pretty(committed));
	}

	@Test
	void describesApiVersionOneOnlyAsOpenApi31WithARelativeServer() throws IOException {
		JsonNode document = JSON.readTree(new RawHttp(port).get("/v3/api-docs").body());

		assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
		assertThat(document.get("servers")).hasSize(1);
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
		List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/questionnaire", "/api/v1/assessments",
				"/api/v1/evaluations", "/api/v1/assessments/{id}", "/api/v1/assessments/{id}/values",
				"/api/v1/fhir/Questionnaire/{version}", "/api/v1/assessments/{id}/fhir");
		int operations = 0;
		for (String path : paths) {
			for (Map.Entry<String, JsonNode> operation : document.get("paths").get(path).properties()) {
				operations++;
				assertThat(operation.getValue().path("summary").asString()).as(path + " " + operation.getKey()).isNotBlank();
				assertThat(operation.getValue().path("description").asString()).as(path + " " + operation.getKey())
					.isNotBlank();
				assertThat(operation.getValue().path("responses").propertyNames()).as(path + " " + operation.getKey())
					.contains("429");
			}
		}
		assertThat(operations).isEqualTo(8);
	}

	@Test
	void servedWithoutSignInWithTheSecurityHeadersAndNoCookie() throws IOException {
		for (String address : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
			RawHttp.Response served = new RawHttp(port).get(address);
			assertThat(served.status()).as(address).isEqualTo(200);
			assertThat(served.header("content-security-policy")).as(address).contains("default-src");
			assertThat(served.header("x-content-type-options")).as(address).isEqualTo("nosniff");
			assertThat(served.header("x-frame-options")).as(address).isEqualTo("DENY");
			assertThat(served.header("set-cookie")).as(address).isNull();
		}
		assertThat(new RawHttp(port).get("/v3/api-docs.yaml").text()).startsWith("openapi: 3.1.0");
		assertThat(new RawHttp(port).get("/swagger-ui/index.html").status()).isEqualTo(404);
	}

	static String pretty(JsonNode document) {
		// through a map, so every object's keys come sorted whatever order the app wrote them in
		Object sorted = JSON.convertValue(document, Object.class);
		return JSON.writeValueAsString(sorted) + "\n";
	}

	static String howToRegenerate() {
		return "if the change is intended, run ./mvnw test -Dtest=OpenApiDocumentTest -D" + WRITE
				+ "=true and commit docs/openapi.json";
	}
}
