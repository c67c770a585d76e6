package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crossroads.SeedAnswers;

/** The API over a real socket to the embedded Tomcat, as an integrating site would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiHttpTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void postGetDeleteThenNotFound() throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(AssessmentApiTest.json(SeedAnswers.calmWith("growth-goal", "yes")))));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		String id = body.get("id").asString();
		assertThat(body.get("outcome").asString()).isEqualTo("COACHING");
		URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
		assertThat(location).isEqualTo(uri("/api/v1/assessments/" + id));
		assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> found = send(HttpRequest.newBuilder(location).GET());
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(found.body())).isEqualTo(body);

		HttpResponse<String> deleted = send(HttpRequest.newBuilder(location).DELETE());
		assertThat(deleted.statusCode()).isEqualTo(204);

		HttpResponse<String> gone = send(HttpRequest.newBuilder(location).GET());
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void oversizedBodyIs413WithContentLengthAndWhenChunked() throws Exception {
		byte[] big = AssessmentApiTest.oversized().getBytes(StandardCharsets.UTF_8);
		long before = storedResults();

		HttpResponse<String> withLength = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(big)));
		// a publisher of unknown length makes the client send Transfer-Encoding: chunked
		HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

		for (HttpResponse<String> response : new HttpResponse[] { withLength, chunked }) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(413);
		}
		assertThat(storedResults()).isEqualTo(before);
	}

	@Test
	void chunkedBodyUnderTheLimitIsAccepted() throws Exception {
		byte[] body = AssessmentApiTest.json(SeedAnswers.calm()).getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/evaluations"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("outcome").asString()).isEqualTo("EXPLORE");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private long storedResults() {
		return jdbc.queryForObject("select count(*) from assessment_result", Long.class);
	}
}
