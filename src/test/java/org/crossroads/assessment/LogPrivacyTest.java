package org.crossroads.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import org.crossroads.insights.RetentionPurge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing that identifies a visitor reaches the log: while assessments are taken, stored, read,
 * refused and deleted, no answer key, option key or client address is written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

	static final String CLIENT_IP = "203.0.113.77";

	static final String SECRET_OPTION = "zz-secret-option";

	@LocalServerPort
	int port;

	@Autowired
	RetentionPurge purge;

	@Autowired
	Environment environment;

	@Test
	void anAssessmentLeavesNoAnswersOrAddressesInTheLog(CapturedOutput output) throws IOException {
		RawHttp http = new RawHttp(port);
		BadInput.Questionnaire questionnaire = BadInput.Questionnaire.read(http);
		int mark = output.getAll().length();

		Map<String, String> headers = Map.of("Content-Type", "application/json", "X-Forwarded-For", CLIENT_IP,
				"User-Agent", "privacy-probe/1.0");
		for (int i = 0; i < 5; i++) {
			byte[] body = BadInput.body(questionnaire.valid(new Random(i))).getBytes(StandardCharsets.UTF_8);
			RawHttp.Response stored = http.send("POST", "/api/v1/assessments", headers, body, false);
			assertThat(stored.status()).isEqualTo(201);
			String id = BadInput.json(stored.text()).get("id").asString();
			assertThat(http.send("GET", "/api/v1/assessments/" + id, Map.of("X-Forwarded-For", CLIENT_IP), null, false)
				.status()).isEqualTo(200);
			assertThat(http.send("DELETE", "/api/v1/assessments/" + id, Map.of("X-Forwarded-For", CLIENT_IP), null,
					false).status()).isEqualTo(204);
			assertThat(http.send("POST", "/api/v1/evaluations", headers, body, false).status()).isEqualTo(200);
		}
		// the visitor flow through the pages: the start, a step, the finish, the result page, its deletion
		List<String> draftIds = new java.util.ArrayList<>();
		for (int i = 5; i < 8; i++) {
			Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For",
					CLIENT_IP, "User-Agent", "privacy-probe/1.0");
			RawHttp.Response start = http.send("GET", "/assessment", Map.of("X-Forwarded-For", CLIENT_IP), null, false);
			assertThat(start.status()).isEqualTo(303);
			String draft = start.header("location").replaceFirst("^https?://[^/]+", "").replaceFirst("/1$", "");
			draftIds.add(draft.substring(draft.lastIndexOf('/') + 1));
			Map<String, String> fields = new java.util.LinkedHashMap<>();
			fields.put("action", "next");
			fields.putAll(questionnaire.valid(new Random(i)));
			assertThat(http.send("POST", draft + "/1", form,
					VisitorFormBadInputTest.encode(fields).getBytes(StandardCharsets.UTF_8), false).status()).isEqualTo(303);
			assertThat(http.send("GET", draft + "/2", Map.of("X-Forwarded-For", CLIENT_IP), null, false).status())
				.isEqualTo(200);
			fields.put("action", "finish");
			RawHttp.Response finished = http.send("POST", draft + "/3", form,
					VisitorFormBadInputTest.encode(fields).getBytes(StandardCharsets.UTF_8), false);
			assertThat(finished.status()).isEqualTo(303);
			String page = finished.header("location").replaceFirst("^https?://[^/]+", "");
			assertThat(http.send("GET", page, Map.of("X-Forwarded-For", CLIENT_IP), null, false).status()).isEqualTo(200);
			assertThat(http.send("POST", page + "/delete", form, "confirm=yes".getBytes(StandardCharsets.UTF_8), false)
				.status()).isEqualTo(303);
			assertThat(http.send("GET", page, Map.of(), null, false).status()).as("deleted").isEqualTo(404);
		}
		Map<String, String> unknown = Map.of("action", "next", "self-harm", SECRET_OPTION);
		assertThat(http.send("POST", "/assessment/" + ResultIds.next() + "/1", Map.of("Content-Type", "application/x-www-form-urlencoded",
				"X-Forwarded-For", CLIENT_IP), VisitorFormBadInputTest.encode(unknown).getBytes(StandardCharsets.UTF_8),
				false).status()).isEqualTo(400);
		String refused = "{\"answers\":{\"self-harm\":\"" + SECRET_OPTION + "\",\"focus\":\"" + SECRET_OPTION + "\"}}";
		assertThat(http.send("POST", "/api/v1/assessments", headers, refused.getBytes(StandardCharsets.UTF_8), false)
			.status()).isEqualTo(400);
		assertThat(http.send("POST", "/api/v1/assessments", headers, "{\"answers\":{\"self-harm\":".getBytes(
				StandardCharsets.UTF_8), false).status()).isEqualTo(400);
		purge.purgeExpired();
		purge.purgeExpiredDrafts();

		String logged = output.getAll().substring(mark);
		assertThat(logged).as("the capture sees the application's log").contains("Retention purge removed");
		assertThat(logged).doesNotContain(CLIENT_IP, "127.0.0.1", "privacy-probe", SECRET_OPTION);
		assertThat(logged).as("draft ids").doesNotContain(draftIds.toArray(String[]::new));
		for (Map.Entry<String, List<String>> question : questionnaire.options().entrySet()) {
			if (question.getKey().contains("-")) {
				assertThat(logged).as("question key in the log").doesNotContain(question.getKey());
			}
			for (String option : question.getValue()) {
				if (option.contains("-")) {
					assertThat(logged).as("option key in the log").doesNotContain(option);
				}
			}
		}
	}

	@Test
	void neitherSqlNorBoundValuesNorAccessLogAreWritten() {
		assertThat(LoggerFactory.getLogger("org.hibernate.SQL").isDebugEnabled()).isFalse();
		assertThat(LoggerFactory.getLogger("org.hibernate.orm.jdbc.bind").isTraceEnabled()).isFalse();
		assertThat(environment.getProperty("spring.jpa.show-sql", Boolean.class, false)).isFalse();
		assertThat(environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false)).isFalse();
		assertThat(environment.getProperty("spring.mvc.log-request-details", Boolean.class, false)).isFalse();
	}
}
