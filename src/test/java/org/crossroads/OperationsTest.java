package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import org.crossroads.accounts.TestAccounts;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.security.SecurityIntegrationTest;

/**
 * A node as operations see it: probes on the public port for a load balancer, everything else of
 * the actuator on the management port only, and the application's meters moving in the
 * Prometheus scrape when results are stored and sign-ins refused.
 */
@SecurityIntegrationTest
class OperationsTest {

	static final String CLIENT_IP = "203.0.113.91";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	PublishedContent published;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void testsGetARandomManagementPortOfTheirOwn() {
		assertThat(managementPort).isPositive().isNotEqualTo(8081).isNotEqualTo(port);
	}

	@Test
	void thePublicPortHasTheProbesAndNothingElseOfTheActuator() throws Exception {
		published.current();
		for (String probe : List.of("/livez", "/readyz")) {
			HttpResponse<String> response = get(port, probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		for (String hidden : List.of("/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator/env",
				"/actuator/metrics")) {
			assertThat(get(port, hidden).statusCode()).as(hidden).isEqualTo(404);
		}
		for (String exposed : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus")) {
			assertThat(get(managementPort, exposed).statusCode()).as(exposed).isEqualTo(200);
		}
		for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics")) {
			assertThat(get(managementPort, hidden).statusCode()).as(hidden).isEqualTo(404);
		}
		assertThat(get(managementPort, "/actuator/health").body()).doesNotContain("components", "db", "diskSpace");
	}

	@Test
	void readinessWaitsForThePublishedContent() {
		assertThat(healthGroups.get("readiness").isMember("publishedContent")).isTrue();
		assertThat(healthGroups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(healthGroups.get("liveness").isMember("publishedContent")).isFalse();
	}

	@Test
	void infoNamesTheBuild() throws Exception {
		String info = get(managementPort, "/actuator/info").body();
		assertThat(info).contains("\"build\"", "\"name\":\"Crossroads\"").containsPattern("\"version\":\"\\d+\\.\\d+\\.\\d+");
	}

	@Test
	void theScrapeShowsStoredResultsEvaluationsAndRefusedSignInsAndNothingAboutVisitors() throws Exception {
		int version = published.current().version();
		Map<String, Double> before = scrape();

		HttpResponse<String> stored = postAnswers("/api/v1/assessments", SeedAnswers.calm());
		assertThat(stored.statusCode()).isEqualTo(201);
		String resultId = stored.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
		assertThat(postAnswers("/api/v1/evaluations", SeedAnswers.calm()).statusCode()).isEqualTo(200);
		assertThat(postAnswers("/api/v1/evaluations", Map.of("colour", "blue")).statusCode()).isEqualTo(400);
		mvc.perform(post("/admin/sign-in").with(csrf())
			.param("username", TestAccounts.freshUsername())
			.param("password", "not the password"));

		Map<String, Double> after = scrape();
		assertThat(moved(before, after, "crossroads_results_stored_total{outcome=\"EXPLORE\"}")).isEqualTo(1);
		assertThat(moved(before, after, "crossroads_results_stored_total{outcome=\"THERAPY\"}")).isZero();
		assertThat(moved(before, after, "crossroads_evaluations_total{stored=\"true\"}")).isEqualTo(1);
		assertThat(moved(before, after, "crossroads_evaluations_total{stored=\"false\"}")).as("invalid answers are no evaluation")
			.isEqualTo(1);
		assertThat(moved(before, after, "crossroads_signin_failures_total{reason=\"unknown-account\"}")).isEqualTo(1);
		assertThat(after).containsEntry("crossroads_ruleset_published_version", (double) version)
			.containsKeys("crossroads_publishes_total{kind=\"publish\"}", "crossroads_publishes_total{kind=\"restore\"}");

		String text = get(managementPort, "/actuator/prometheus").body();
		assertThat(text).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes")
			.doesNotContain(resultId, CLIENT_IP);
	}

	private static double moved(Map<String, Double> before, Map<String, Double> after, String series) {
		assertThat(after).as("series %s in the scrape", series).containsKey(series);
		return after.get(series) - before.getOrDefault(series, 0.0);
	}

	private static final Pattern SAMPLE = Pattern.compile("^(crossroads_[a-z_]+(?:\\{[^}]*})?) (\\S+)$",
			Pattern.MULTILINE);

	/** The crossroads_* samples of the scrape, by series. */
	private Map<String, Double> scrape() throws Exception {
		HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		Matcher samples = SAMPLE.matcher(response.body());
		return samples.results().collect(Collectors.toMap(m -> m.group(1), m -> Double.parseDouble(m.group(2))));
	}

	private HttpResponse<String> get(int onPort, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postAnswers(String path, Map<String, String> answers) throws Exception {
		String body = answers.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", CLIENT_IP)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
