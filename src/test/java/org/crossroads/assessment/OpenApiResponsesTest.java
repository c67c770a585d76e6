package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crossroads.SeedAnswers;

/**
 * Real answers of every operation of the API, over a socket to the running app, each success and each refusal it
 * can give, checked against the OpenAPI document the app serves ({@link OpenApiContract}): the status is the one
 * expected and documented, the media type and required headers are those documented, and the body matches the
 * schema. The 429s are in {@link OpenApiThrottledResponsesTest}, under reachable limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiResponsesTest {

	static final String QUESTIONNAIRE = "/api/v1/questionnaire";

	static final String ASSESSMENTS = "/api/v1/assessments";

	static final String EVALUATIONS = "/api/v1/evaluations";

	static final String ASSESSMENT = "/api/v1/assessments/{id}";

	static final String VALUES = "/api/v1/assessments/{id}/values";

	static final String FHIR_QUESTIONNAIRE = "/api/v1/fhir/Questionnaire/{version}";

	static final String FHIR_RESPONSE = "/api/v1/assessments/{id}/fhir";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static int validated;

	private static final Map<String, Integer> statusesPerOperation = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	RawHttp http;

	OpenApiContract contract;

	@BeforeAll
	void readTheDocument() throws IOException {
		http = new RawHttp(port);
		RawHttp.Response served = http.get("/v3/api-docs");
		assertThat(served.status()).isEqualTo(200);
		contract = new OpenApiContract(served.text());
	}

	@AfterAll
	static void report() {
		System.out.println("OpenApiResponsesTest: " + validated + " responses validated against the OpenAPI document; "
				+ "checks per documented operation: " + statusesPerOperation);
	}

	/** One request, the status it must get, and the operation of the document that describes the answer. */
	record Case(String name, String method, String target, Map<String, String> headers, byte[] body, boolean chunked,
			int status, String template, String documentedMethod) {

		static Case of(String name, String method, String target, int status, String template, String documentedMethod) {
			return new Case(name, method, target, Map.of(), null, false, status, template, documentedMethod);
		}

		Case with(String header, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(header, value);
			return new Case(name, method, target, more, body, chunked, status, template, documentedMethod);
		}

		Case json(String text) {
			return with("Content-Type", "application/json").body(text.getBytes(StandardCharsets.UTF_8));
		}

		Case body(byte[] bytes) {
			return new Case(name, method, target, headers, bytes, chunked, status, template, documentedMethod);
		}

		Case inChunks() {
			return new Case(name, method, target, headers, body, true, status, template, documentedMethod);
		}
	}

	@TestFactory
	Stream<DynamicTest> everyOperationAnswersAsDocumented() throws IOException {
		String calm = AssessmentApiTest.json(SeedAnswers.calm());
		String kept = storedId(calm);
		String urgent = storedId(AssessmentApiTest.json(SeedAnswers.urgent()));
		String doomed = storedId(AssessmentApiTest.json(SeedAnswers.both()));
		String unknown = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
		String oversized = AssessmentApiTest.oversized();
		String values = """
				{"ratings": {"diagnosis": "very", "insurance-pays": "not-important"},
				 "sure": {"sure": true, "understand": false, "risk-benefit": true, "encouragement": true}}""";

		List<Case> cases = new ArrayList<>(List.of(
				Case.of("questionnaire", "GET", QUESTIONNAIRE, 200, QUESTIONNAIRE, "GET"),
				Case.of("questionnaire as JSON in Spanish", "GET", QUESTIONNAIRE, 200, QUESTIONNAIRE, "GET")
					.with("Accept", "application/json").with("Accept-Language", "es"),
				Case.of("questionnaire as HTML", "GET", QUESTIONNAIRE, 406, QUESTIONNAIRE, "GET").with("Accept", "text/html"),
				Case.of("questionnaire patched", "PATCH", QUESTIONNAIRE, 405, QUESTIONNAIRE, "GET"),

				Case.of("store calm", "POST", ASSESSMENTS, 201, ASSESSMENTS, "POST").json(calm),
				Case.of("store urgent", "POST", ASSESSMENTS, 201, ASSESSMENTS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.urgent())),
				Case.of("store required only", "POST", ASSESSMENTS, 201, ASSESSMENTS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.calmRequired())),
				Case.of("store stuck", "POST", ASSESSMENTS, 201, ASSESSMENTS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.stuck())),
				Case.of("store: not JSON", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST").json("answers=yes"),
				Case.of("store: duplicate key", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST")
					.json("{\"answers\": {}, \"answers\": {}}"),
				Case.of("store: unknown field", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST")
					.json("{\"answers\": {}, \"colour\": \"blue\"}"),
				Case.of("store: not an object", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST").json("[1, 2]"),
				Case.of("store: answers not an object", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST")
					.json("{\"answers\": \"all of them\"}"),
				Case.of("store: answers not strings", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST")
					.json("{\"answers\": {\"focus\": 1, \"trauma\": true}}"),
				Case.of("store: unknown question, option, missing answer", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.with(SeedAnswers.without(SeedAnswers.calm(), "documentation"),
							"colour", "blue", "focus", "everything"))),
				Case.of("store: empty body", "POST", ASSESSMENTS, 400, ASSESSMENTS, "POST").json(""),
				Case.of("store: too large", "POST", ASSESSMENTS, 413, ASSESSMENTS, "POST").json(oversized),
				Case.of("store: too large, chunked", "POST", ASSESSMENTS, 413, ASSESSMENTS, "POST").json(oversized).inChunks(),
				Case.of("store: text/plain", "POST", ASSESSMENTS, 415, ASSESSMENTS, "POST")
					.with("Content-Type", "text/plain").body(calm.getBytes(StandardCharsets.UTF_8)),
				Case.of("store: no Content-Type", "POST", ASSESSMENTS, 415, ASSESSMENTS, "POST")
					.body(calm.getBytes(StandardCharsets.UTF_8)),
				Case.of("store: HTML wanted", "POST", ASSESSMENTS, 406, ASSESSMENTS, "POST").json(calm)
					.with("Accept", "text/html"),
				Case.of("assessments put", "PUT", ASSESSMENTS, 405, ASSESSMENTS, "POST").json(calm),

				Case.of("evaluate calm", "POST", EVALUATIONS, 200, EVALUATIONS, "POST").json(calm),
				Case.of("evaluate both", "POST", EVALUATIONS, 200, EVALUATIONS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.both())),
				Case.of("evaluate urgent", "POST", EVALUATIONS, 200, EVALUATIONS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.urgent())),
				Case.of("evaluate driven", "POST", EVALUATIONS, 200, EVALUATIONS, "POST")
					.json(AssessmentApiTest.json(SeedAnswers.driven())),
				Case.of("evaluate: missing answers", "POST", EVALUATIONS, 400, EVALUATIONS, "POST")
					.json("{\"answers\": {}}"),
				Case.of("evaluate: not JSON", "POST", EVALUATIONS, 400, EVALUATIONS, "POST").json("{"),
				Case.of("evaluate: too large", "POST", EVALUATIONS, 413, EVALUATIONS, "POST").json(oversized),
				Case.of("evaluate: XML", "POST", EVALUATIONS, 415, EVALUATIONS, "POST")
					.with("Content-Type", "application/xml").body("<answers/>".getBytes(StandardCharsets.UTF_8)),
				Case.of("evaluate: HTML wanted", "POST", EVALUATIONS, 406, EVALUATIONS, "POST").json(calm)
					.with("Accept", "text/html"),
				Case.of("evaluations get", "GET", EVALUATIONS, 405, EVALUATIONS, "POST"),

				Case.of("find", "GET", "/api/v1/assessments/" + kept, 200, ASSESSMENT, "GET"),
				Case.of("find urgent", "GET", "/api/v1/assessments/" + urgent, 200, ASSESSMENT, "GET"),
				Case.of("find unknown", "GET", "/api/v1/assessments/" + unknown, 404, ASSESSMENT, "GET"),
				Case.of("find malformed id", "GET", "/api/v1/assessments/not-an-id", 404, ASSESSMENT, "GET"),
				Case.of("find as HTML", "GET", "/api/v1/assessments/" + kept, 406, ASSESSMENT, "GET")
					.with("Accept", "text/html"),
				Case.of("assessment posted", "POST", "/api/v1/assessments/" + kept, 405, ASSESSMENT, "GET").json(calm),

				Case.of("values", "PUT", "/api/v1/assessments/" + kept + "/values", 200, VALUES, "PUT").json(values),
				Case.of("find with values", "GET", "/api/v1/assessments/" + kept, 200, ASSESSMENT, "GET"),
				Case.of("values: only SURE answers", "PUT", "/api/v1/assessments/" + kept + "/values", 200, VALUES, "PUT")
					.json("{\"sure\": {\"sure\": true, \"understand\": true, \"risk-benefit\": true, \"encouragement\": true}}"),
				Case.of("values: unusable answers", "PUT", "/api/v1/assessments/" + kept + "/values", 400, VALUES, "PUT")
					.json("{\"ratings\": {\"diagnosis\": \"extremely\", \"colour\": \"very\"}, \"sure\": {\"sure\": 1, \"why\": true}}"),
				Case.of("values: unknown field", "PUT", "/api/v1/assessments/" + kept + "/values", 400, VALUES, "PUT")
					.json("{\"colour\": {}}"),
				Case.of("values: part not an object", "PUT", "/api/v1/assessments/" + kept + "/values", 400, VALUES, "PUT")
					.json("{\"ratings\": []}"),
				Case.of("values: not JSON", "PUT", "/api/v1/assessments/" + kept + "/values", 400, VALUES, "PUT")
					.json("{\"ratings\""),
				Case.of("values: unknown id", "PUT", "/api/v1/assessments/" + unknown + "/values", 404, VALUES, "PUT")
					.json(values),
				Case.of("values: urgent result", "PUT", "/api/v1/assessments/" + urgent + "/values", 409, VALUES, "PUT")
					.json(values),
				Case.of("values: text/plain", "PUT", "/api/v1/assessments/" + kept + "/values", 415, VALUES, "PUT")
					.with("Content-Type", "text/plain").body(values.getBytes(StandardCharsets.UTF_8)),
				Case.of("values: too large", "PUT", "/api/v1/assessments/" + kept + "/values", 413, VALUES, "PUT")
					.json(oversized).inChunks(),
				Case.of("values: HTML wanted", "PUT", "/api/v1/assessments/" + kept + "/values", 406, VALUES, "PUT")
					.json(values).with("Accept", "text/html"),
				Case.of("values get", "GET", "/api/v1/assessments/" + kept + "/values", 405, VALUES, "PUT"),

				Case.of("FHIR questionnaire", "GET", "/api/v1/fhir/Questionnaire/1", 200, FHIR_QUESTIONNAIRE, "GET"),
				Case.of("FHIR questionnaire as plain JSON", "GET", "/api/v1/fhir/Questionnaire/1", 200, FHIR_QUESTIONNAIRE,
						"GET").with("Accept", "application/json"),
				Case.of("FHIR questionnaire: not a number", "GET", "/api/v1/fhir/Questionnaire/one", 400, FHIR_QUESTIONNAIRE,
						"GET"),
				Case.of("FHIR questionnaire: never published", "GET", "/api/v1/fhir/Questionnaire/99", 404,
						FHIR_QUESTIONNAIRE, "GET"),
				Case.of("FHIR questionnaire: a very long number", "GET", "/api/v1/fhir/Questionnaire/99999999999999", 404,
						FHIR_QUESTIONNAIRE, "GET"),
				Case.of("FHIR questionnaire as HTML", "GET", "/api/v1/fhir/Questionnaire/1", 406, FHIR_QUESTIONNAIRE, "GET")
					.with("Accept", "text/html"),
				Case.of("FHIR questionnaire posted", "POST", "/api/v1/fhir/Questionnaire/1", 405, FHIR_QUESTIONNAIRE, "GET")
					.json("{}"),

				Case.of("FHIR response", "GET", "/api/v1/assessments/" + kept + "/fhir", 200, FHIR_RESPONSE, "GET"),
				Case.of("FHIR response of an urgent result", "GET", "/api/v1/assessments/" + urgent + "/fhir", 200,
						FHIR_RESPONSE, "GET").with("Accept", "application/fhir+json"),
				Case.of("FHIR response to download", "GET", "/api/v1/assessments/" + kept + "/fhir?download", 200,
						FHIR_RESPONSE, "GET").with("Accept", "application/json"),
				Case.of("FHIR response: unknown id", "GET", "/api/v1/assessments/" + unknown + "/fhir", 404, FHIR_RESPONSE,
						"GET"),
				Case.of("FHIR response as HTML", "GET", "/api/v1/assessments/" + kept + "/fhir", 406, FHIR_RESPONSE, "GET")
					.with("Accept", "text/html"),
				Case.of("FHIR response deleted", "DELETE", "/api/v1/assessments/" + kept + "/fhir", 405, FHIR_RESPONSE, "GET"),

				Case.of("delete as HTML", "DELETE", "/api/v1/assessments/" + doomed, 406, ASSESSMENT, "DELETE")
					.with("Accept", "text/html"),
				// a client generated from the document asks for what the responses name: problem details alone
				Case.of("delete", "DELETE", "/api/v1/assessments/" + doomed, 204, ASSESSMENT, "DELETE")
					.with("Accept", "application/problem+json"),
				Case.of("delete again", "DELETE", "/api/v1/assessments/" + doomed, 404, ASSESSMENT, "DELETE")
					.with("Accept", "application/problem+json"),
				Case.of("delete again, any media type", "DELETE", "/api/v1/assessments/" + doomed, 404, ASSESSMENT,
						"DELETE"),
				Case.of("find deleted", "GET", "/api/v1/assessments/" + doomed, 404, ASSESSMENT, "GET"),
				Case.of("FHIR response of a deleted result", "GET", "/api/v1/assessments/" + doomed + "/fhir", 404,
						FHIR_RESPONSE, "GET")));
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> run(c)));
	}

	private void run(Case c) throws IOException {
		RawHttp.Response response = http.send(c.method(), c.target(), c.headers(), c.body(), c.chunked());
		assertThat(response.status()).as(c.name() + ": " + response.text()).isEqualTo(c.status());
		assertThat(contract.check(c.template(), c.documentedMethod(), response.status(), response.contentType(),
				response.headers(), response.body()))
			.as(c.name() + ": " + response.text())
			.isEmpty();
		validated++;
		statusesPerOperation.merge(c.documentedMethod() + " " + c.template(), 1, Integer::sum);
	}

	private String storedId(String answers) throws IOException {
		RawHttp.Response created = http.postJson(ASSESSMENTS, answers);
		assertThat(created.status()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asString();
	}

	/** The check itself can fail: what the document does not describe is refused. */
	@Test
	void theCheckRefusesWhatTheDocumentDoesNotDescribe() {
		byte[] problem = """
				{"type": "about:blank", "title": "Result not found", "status": 404, "detail": "No result has this id."}"""
			.getBytes(StandardCharsets.UTF_8);
		assertThat(contract.check(ASSESSMENT, "GET", 404, "application/problem+json", Map.of(), problem)).isEmpty();

		assertThat(contract.check(ASSESSMENT, "GET", 418, "application/problem+json", Map.of(), problem))
			.singleElement().asString().contains("418 is not documented");
		assertThat(contract.check(ASSESSMENT, "GET", 404, "text/html", Map.of(), problem))
			.singleElement().asString().contains("text/html is not documented");
		assertThat(contract.check(ASSESSMENT, "GET", 404, "application/problem+json", Map.of(),
				"{\"title\": \"Result not found\", \"status\": 404}".getBytes(StandardCharsets.UTF_8)))
			.as("detail is required").isNotEmpty();
		assertThat(contract.check(ASSESSMENT, "GET", 404, "application/problem+json", Map.of(),
				"{\"title\": \"x\", \"status\": 404, \"detail\": \"x\", \"trace\": \"at org.\"}".getBytes(StandardCharsets.UTF_8)))
			.as("no undocumented key").isNotEmpty();
		assertThat(contract.check(ASSESSMENTS, "POST", 201, "application/json", Map.of(),
				"{}".getBytes(StandardCharsets.UTF_8)))
			.as("Location is required, and so is the result").anySatisfy(p -> assertThat(p).contains("Location"))
			.hasSizeGreaterThan(1);
		assertThat(contract.check(ASSESSMENT, "DELETE", 204, "", Map.of(), "{}".getBytes(StandardCharsets.UTF_8)))
			.as("a 204 has no body").isNotEmpty();
		assertThat(contract.check(EVALUATIONS, "POST", 200, "application/json", Map.of(),
				"{\"outcome\": \"MAYBE\", \"scores\": {}, \"matchedCriteria\": [], \"ruleSetVersion\": 1, \"stability\": null}"
					.getBytes(StandardCharsets.UTF_8)))
			.as("an outcome that is none of the enum, scores without paths").hasSizeGreaterThanOrEqualTo(2);
	}

	/** Every example in the document is an instance of the schema it illustrates. */
	@Test
	void everyExampleMatchesItsSchema() {
		List<String> problems = new ArrayList<>();
		int examples = 0;
		for (JsonNode media : mediaTypes(contract.document())) {
			List<JsonNode> values = new ArrayList<>();
			if (media.has("example")) {
				values.add(media.get("example"));
			}
			media.path("examples").values().forEach(e -> values.add(e.get("value")));
			if (values.isEmpty()) {
				problems.add("no example for " + media);
			}
			for (JsonNode value : values) {
				examples++;
				contract.validate(media.get("schema"), value).forEach(e -> problems.add(e + " in " + value));
			}
		}
		assertThat(problems).isEmpty();
		assertThat(examples).as("the examples were found").isGreaterThanOrEqualTo(20);
		System.out.println("OpenApiResponsesTest: " + examples + " examples match their schemas");
	}

	/** Every media type object of requests and responses, in the paths and in the shared responses. */
	private List<JsonNode> mediaTypes(JsonNode document) {
		List<JsonNode> found = new ArrayList<>();
		List<JsonNode> holders = new ArrayList<>();
		document.path("paths").values().forEach(path -> path.values().forEach(operation -> {
			holders.add(operation.path("requestBody"));
			operation.path("responses").values().forEach(holders::add);
		}));
		document.path("components").path("responses").values().forEach(holders::add);
		for (JsonNode holder : holders) {
			holder.path("content").values().forEach(found::add);
		}
		return found;
	}
}
