package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.crossroads.SeedAnswers;
import org.crossroads.security.MutableClock;
import org.crossroads.security.ThrottledIntegrationTest;

/**
 * The 429s of the API, over a socket, under the production limits (the throttling tests' context), checked against
 * the OpenAPI document like every other answer: the API-wide limit answered by the filter, on every operation, and
 * the stored-results limit answered by the API's exception handler. Each case speaks from an address of its own
 * (X-Forwarded-For from the loopback proxy), so no other test's bucket is touched.
 */
@ThrottledIntegrationTest
class OpenApiThrottledResponsesTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	RawHttp http;

	OpenApiContract contract;

	@BeforeEach
	void readTheDocument() throws IOException {
		clock.setInstant(clock.instant());
		http = new RawHttp(port);
		contract = new OpenApiContract(http.get("/v3/api-docs").text());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void everyOperationRefusesAFloodAsDocumented() throws IOException {
		Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.61");
		int sent = 0;
		while (http.send("GET", "/api/v1/questionnaire", from, null, false).status() != 429) {
			sent++;
			assertThat(sent).as("the API limit is reached").isLessThanOrEqualTo(ThrottledIntegrationTest.API_RATE);
		}
		byte[] calm = AssessmentApiTest.json(SeedAnswers.calm()).getBytes(StandardCharsets.UTF_8);
		String id = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
		List<Object[]> operations = List.of(
				new Object[] { "GET", "/api/v1/questionnaire", null, OpenApiResponsesTest.QUESTIONNAIRE },
				new Object[] { "POST", "/api/v1/assessments", calm, OpenApiResponsesTest.ASSESSMENTS },
				new Object[] { "POST", "/api/v1/evaluations", calm, OpenApiResponsesTest.EVALUATIONS },
				new Object[] { "GET", "/api/v1/assessments/" + id, null, OpenApiResponsesTest.ASSESSMENT },
				new Object[] { "DELETE", "/api/v1/assessments/" + id, null, OpenApiResponsesTest.ASSESSMENT },
				new Object[] { "PUT", "/api/v1/assessments/" + id + "/values", "{}".getBytes(StandardCharsets.UTF_8),
						OpenApiResponsesTest.VALUES },
				new Object[] { "GET", "/api/v1/fhir/Questionnaire/1", null, OpenApiResponsesTest.FHIR_QUESTIONNAIRE },
				new Object[] { "GET", "/api/v1/assessments/" + id + "/fhir", null, OpenApiResponsesTest.FHIR_RESPONSE });
		for (Object[] operation : operations) {
			String method = (String) operation[0];
			byte[] body = (byte[]) operation[2];
			Map<String, String> headers = body == null ? from
					: Map.of("X-Forwarded-For", "203.0.113.61", "Content-Type", "application/json");
			RawHttp.Response refused = http.send(method, (String) operation[1], headers, body, false);
			assertThat(refused.status()).as(method + " " + operation[1]).isEqualTo(429);
			assertThat(contract.check((String) operation[3], method, 429, refused.contentType(), refused.headers(),
					refused.body()))
				.as(method + " " + operation[1] + ": " + refused.text())
				.isEmpty();
		}
		System.out.println("OpenApiThrottledResponsesTest: " + operations.size() + " API-limit 429s validated");
	}

	@Test
	void tooManyStoredResultsAreRefusedAsDocumented() throws IOException {
		Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.62", "Content-Type", "application/json");
		byte[] calm = AssessmentApiTest.json(SeedAnswers.calm()).getBytes(StandardCharsets.UTF_8);
		RawHttp.Response answer;
		int stored = 0;
		while ((answer = http.send("POST", "/api/v1/assessments", from, calm, false)).status() == 201) {
			stored++;
			assertThat(stored).as("the stored-results limit is reached").isLessThanOrEqualTo(20);
		}
		assertThat(answer.status()).isEqualTo(429);
		assertThat(contract.check(OpenApiResponsesTest.ASSESSMENTS, "POST", 429, answer.contentType(), answer.headers(),
				answer.body()))
			.as(answer.text())
			.isEmpty();
	}
}
