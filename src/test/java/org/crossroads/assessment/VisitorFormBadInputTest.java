package org.crossroads.assessment;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken input to the visitor form (POST /assessment/{draft}/{step}) and the result
 * pages: a 4xx page with an inline message (or, for a merely missing answer, a 303 to the step that
 * shows its message), never a 500 or a stack trace, hostile text never echoed as markup, and
 * nothing stored: no result, and no answer in the draft. Each case posts to a draft of its own,
 * made empty just before. Includes seeded random mutations of a valid final step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class VisitorFormBadInputTest {

	static final long SEED = 20_260_527L;

	static final int GENERATED = 200;

	static final String FORM = "application/x-www-form-urlencoded";

	/** Replaced by a fresh, empty draft's id when the case runs. */
	static final String DRAFT = "{draft}";

	static final String LAST_STEP = "/assessment/" + DRAFT + "/3";

	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' OR '1'='1", "no'; DROP TABLE assessment_result; --", "../../etc/passwd", "${7*7}", "[[${7*7}]]",
			"javascript:alert(1)", "\u0000", "\r\nSet-Cookie: a=b", "\u202e", "é中\uD83D\uDE00");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RawHttp http;

	BadInput.Questionnaire questionnaire;

	@BeforeEach
	void connect() throws IOException {
		http = new RawHttp(port);
		questionnaire = BadInput.Questionnaire.read(http);
	}

	/** The last step with every answer, as the page would post it. */
	Map<String, String> finish(Random random) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("action", "finish");
		fields.putAll(questionnaire.valid(random));
		return fields;
	}

	static String encode(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return body.toString();
	}

	/** The harness: a valid final step stores a result and redirects to it. */
	@Test
	void aValidFinalStepIsStored() throws IOException {
		BadInput.Fingerprint before = BadInput.Fingerprint.of(jdbc);
		String id = emptyDraft();
		RawHttp.Response response = http.send("POST", LAST_STEP.replace(DRAFT, id), Map.of("Content-Type", FORM),
				encode(finish(new Random(1))).getBytes(StandardCharsets.UTF_8), false);
		assertThat(response.status()).isEqualTo(303);
		assertThat(response.header("location")).contains("/results/");
		assertThat(BadInput.Fingerprint.of(jdbc).results()).isEqualTo(before.results() + 1);
	}

	@TestFactory
	Stream<DynamicTest> tamperedSteps() {
		Map<String, String> valid = finish(new Random(2));
		List<Case> cases = new ArrayList<>();
		for (String step : List.of("0", "4", "-1", "abc", "1e3", "99999999999999999999", "3%20", "%3Cb%3E3%3C%2Fb%3E")) {
			cases.add(new Case("step " + step, "POST", "/assessment/" + DRAFT + "/" + step, Map.of("Content-Type", FORM),
					encode(valid).getBytes(StandardCharsets.UTF_8), false, Set.of(400)));
		}
		cases.add(new Case("no step", "POST", "/assessment/" + DRAFT, Map.of("Content-Type", FORM),
				encode(valid).getBytes(StandardCharsets.UTF_8), false, Set.of(404, 405)));
		cases.add(form("a step field (no page sends one)", "step=3&" + encode(valid), 400));
		for (String action : List.of("delete", "FINISH", "next", "back ", "", "<script>")) {
			Map<String, String> fields = new LinkedHashMap<>(valid);
			fields.put("action", action);
			cases.add(form("action " + action, encode(fields), 400));
		}
		cases.add(form("action twice", "action=next&" + encode(valid), 400));
		return cases(cases.stream());
	}

	@TestFactory
	Stream<DynamicTest> unknownQuestionsAndOptions() {
		Map<String, String> valid = finish(new Random(3));
		List<Case> cases = new ArrayList<>();
		for (String text : HOSTILE) {
			Map<String, String> inValue = new LinkedHashMap<>(valid);
			inValue.put("trauma", text);
			cases.add(form("option " + BadInput.printable(text), encode(inValue), 400));
			Map<String, String> inKey = new LinkedHashMap<>(valid);
			inKey.put(text, "yes");
			cases.add(form("question key " + BadInput.printable(text), encode(inKey), 400));
		}
		for (String key : questionnaire.keys()) {
			Map<String, String> fields = new LinkedHashMap<>(valid);
			fields.put(key, "not-an-option");
			cases.add(form("unknown option for " + key, encode(fields), 400));
		}
		cases.add(form("a question twice", encode(valid) + "&self-harm=nearly-every-day", 400));
		cases.add(form("60 000-character option", encode(valid) + "&focus=" + "x".repeat(60_000), 400));
		cases.add(form("60 000-character key", encode(valid) + "&" + "k".repeat(60_000) + "=yes", 400));
		cases.add(form("invalid UTF-8", encode(valid) + "&focus=%C3%28", 400));
		cases.add(form("broken percent encoding", encode(valid) + "&focus=%G1%", 400));
		return cases(cases.stream());
	}

	@TestFactory
	Stream<DynamicTest> wrongBodies() {
		byte[] valid = encode(finish(new Random(4))).getBytes(StandardCharsets.UTF_8);
		byte[] big = BadInput.padded(new String(valid, StandardCharsets.UTF_8) + "&pad=", 200 * 1024);
		return cases(Stream.of(
				new Case("JSON body", "POST", LAST_STEP, Map.of("Content-Type", "application/json"),
						"{\"action\":\"finish\"}".getBytes(StandardCharsets.UTF_8), false, Set.of(400, 415)),
				// what Enter on an empty last step sends: the missing answers are pointed out
				new Case("no body", "POST", LAST_STEP, Map.of("Content-Type", FORM), new byte[0], false,
						Set.of(303)),
				new Case("text/plain", "POST", LAST_STEP, Map.of("Content-Type", "text/plain"), valid, false,
						Set.of(400, 415)),
				new Case("200 KB with Content-Length", "POST", LAST_STEP, Map.of("Content-Type", FORM), big, false,
						Set.of(413)),
				// Tomcat reads a chunked form itself, so the page takes it as empty rather than the filter refusing it
				new Case("200 KB chunked", "POST", LAST_STEP, Map.of("Content-Type", FORM), big, true,
						Set.of(303, 400, 413))));
	}

	@TestFactory
	Stream<DynamicTest> resultPages() {
		List<Case> cases = new ArrayList<>();
		for (String id : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "A".repeat(2000), "%27%20OR%201=1",
				"%3Cscript%3E", "null", "...")) {
			cases.add(new Case("GET result " + id, "GET", "/results/" + id, Map.of(), null, false, Set.of(404)));
			cases.add(new Case("delete result " + id, "POST", "/results/" + id + "/delete",
					Map.of("Content-Type", FORM), new byte[0], false, Set.of(404)));
		}
		for (String id : List.of("..", "..%2F..%2Fetc%2Fpasswd", "%00", "a;b", "%ff")) {
			cases.add(new Case("GET result " + id, "GET", "/results/" + id, Map.of(), null, false, Set.of(400, 404)));
		}
		return cases(cases.stream());
	}

	/** Seeded mutations of a valid final step; dropping a required answer asks again (303 to the step). */
	@TestFactory
	Stream<DynamicTest> generatedMutations() {
		Random random = new Random(SEED);
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < GENERATED; i++) {
			Map<String, String> fields = finish(random);
			List<String> keys = new ArrayList<>(questionnaire.keys());
			String key = keys.get(random.nextInt(keys.size()));
			switch (random.nextInt(5)) {
				case 0 -> {
					String dropped = questionnaire.required().get(random.nextInt(questionnaire.required().size()));
					fields.remove(dropped);
					cases.add(new Case("#" + i + " without " + dropped, "POST", LAST_STEP,
							Map.of("Content-Type", FORM), encode(fields).getBytes(StandardCharsets.UTF_8), false,
							Set.of(303)).asking(dropped));
					continue;
				}
				case 1 -> fields.put(key, HOSTILE.get(random.nextInt(HOSTILE.size())) + random.nextInt(1000));
				case 2 -> fields.put(HOSTILE.get(random.nextInt(HOSTILE.size())) + random.nextInt(1000), "yes");
				case 3 -> {
					int step = random.nextInt(2000) - 1000;
					cases.add(new Case("#" + i + " step " + step, "POST", "/assessment/" + DRAFT + "/" + (step == 3 ? 4 : step),
							Map.of("Content-Type", FORM), encode(fields).getBytes(StandardCharsets.UTF_8), false,
							Set.of(400)));
					continue;
				}
				default -> fields.put(key, fields.getOrDefault(key, "x").toUpperCase(java.util.Locale.ROOT) + "!");
			}
			cases.add(form("#" + i + " " + BadInput.printable(fields.toString()).substring(0, 40), encode(fields), 400));
		}
		return cases(cases.stream());
	}

	/** A draft with no answer yet: made by Continue on an empty first step, as a visitor could. */
	private String emptyDraft() throws IOException {
		String id = ResultIds.next();
		RawHttp.Response made = http.send("POST", "/assessment/" + id + "/1", Map.of("Content-Type", FORM),
				"action=next".getBytes(StandardCharsets.UTF_8), false);
		assertThat(made.status()).isEqualTo(303);
		return id;
	}

	private long draftAnswers(String id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM draft_answer WHERE draft_id = ?", Long.class, id);
	}

	private Case form(String name, String body, int status) {
		return new Case(name, "POST", LAST_STEP, Map.of("Content-Type", FORM),
				body.getBytes(StandardCharsets.UTF_8), false, Set.of(status));
	}

	private Stream<DynamicTest> cases(Stream<Case> cases) {
		return cases.map(c -> DynamicTest.dynamicTest(c.name(), () -> refused(c)));
	}

	private void refused(Case c) throws IOException {
		String id = c.target().contains(DRAFT) ? emptyDraft() : "";
		BadInput.Fingerprint before = BadInput.Fingerprint.of(jdbc);
		RawHttp.Response response = http.send(c.method(), c.target().replace(DRAFT, id), c.headers(), c.body(),
				c.chunked());
		String text = response.text();
		assertThat(response.status()).as("%s answered %s", c.name(), text.length() > 300 ? text.substring(0, 300) : text)
			.isIn(c.statuses());
		BadInput.assertNoInternals(text);
		for (String hostile : List.of("<script>alert(1)", "<img src=x", "onerror=alert")) {
			assertThat(text).as("markup is never echoed").doesNotContain(hostile);
		}
		assertThat(response.header("set-cookie")).as("the visitor flow sets no cookie").isNull();
		if (response.status() == 400 && response.contentType().startsWith("text/html")) {
			assertThat(text).as("an inline message").contains("class=\"error-summary\"");
		}
		if (c.asking() != null) {
			RawHttp.Response asked = http.get(response.header("location"));
			assertThat(asked.status()).isEqualTo(200);
			assertThat(asked.text()).contains("class=\"error-summary\"", "id=\"" + c.asking() + "-error\"");
		}
		assertThat(BadInput.Fingerprint.of(jdbc)).as("nothing stored for %s", c.name()).isEqualTo(before);
		if (response.status() >= 400 && !id.isEmpty()) {
			assertThat(draftAnswers(id)).as("no answer kept in the draft for %s", c.name()).isZero();
		}
	}

	record Case(String name, String method, String target, Map<String, String> headers, byte[] body, boolean chunked,
			Set<Integer> statuses, String asking) {

		Case(String name, String method, String target, Map<String, String> headers, byte[] body, boolean chunked,
				Set<Integer> statuses) {
			this(name, method, target, headers, body, chunked, statuses, null);
		}

		Case asking(String question) {
			return new Case(name, method, target, headers, body, chunked, statuses, question);
		}
	}
}
