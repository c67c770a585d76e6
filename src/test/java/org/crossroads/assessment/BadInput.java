package org.crossroads.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bad-input tests share: the questionnaire, body builders, mutations and checks. */
final class BadInput {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Text that gives away the implementation; none of it may reach a client. */
	private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at org.", "at java.",
			"org.springframework", "org.hibernate", "java.lang.", "h2database", "org.postgresql", "Whitelabel",
			"\"trace\"", "jakarta.");

	/** Building blocks of junk keys and values. */
	private static final List<String> JUNK = List.of("a", "Z", "0", "-", "_", " ", "\t", "\n", "\u0000", "\u001f",
			"\u007f", "é", "中", "\uD83D\uDE00", "\u202e", "\"", "\\", "'", "<", ">", "&", "/", "%", "{", "}", "[", "]",
			"' OR 1=1 --", "<script>", "${x}", "../", "DROP TABLE x;", "yes", "no", "not-at-all");

	private static final List<String> WRONG_TYPES = List.of("1", "-3", "0.5", "true", "false", "null", "[]",
			"[\"no\"]", "{}", "{\"k\":\"no\"}", "1e308");

	private BadInput() {
	}

	/** The published questionnaire as the API gives it. */
	record Questionnaire(Map<String, List<String>> options, List<String> required) {

		static Questionnaire read(RawHttp http) throws IOException {
			RawHttp.Response response = http.get("/api/v1/questionnaire");
			assertThat(response.status()).isEqualTo(200);
			Map<String, List<String>> options = new LinkedHashMap<>();
			List<String> required = new ArrayList<>();
			for (JsonNode section : json(response.text()).get("sections")) {
				for (JsonNode question : section.get("questions")) {
					String key = question.get("key").asString();
					options.put(key, question.get("options").findValuesAsString("key"));
					if (question.get("required").asBoolean()) {
						required.add(key);
					}
				}
			}
			return new Questionnaire(options, required);
		}

		List<String> keys() {
			return List.copyOf(options.keySet());
		}

		/** A random complete and valid answer set; optional questions are sometimes left out. */
		Map<String, String> valid(Random random) {
			Map<String, String> answers = new LinkedHashMap<>();
			options.forEach((key, opts) -> {
				if (required.contains(key) || random.nextBoolean()) {
					answers.put(key, opts.get(random.nextInt(opts.size())));
				}
			});
			return answers;
		}
	}

	/** A request body of answers and what it should be refused for. */
	record Mutation(String description, String body, String namedQuestion) {
	}

	/**
	 * Breaks a random valid answer set in one of several ways, each of which leaves it invalid;
	 * {@code namedQuestion} is set when the refusal must name that question.
	 */
	static Mutation mutate(Questionnaire q, Random random) {
		Map<String, String> answers = q.valid(random);
		List<String> keys = new ArrayList<>(answers.keySet());
		String key = keys.get(random.nextInt(keys.size()));
		switch (random.nextInt(11)) {
			case 0 -> {
				String dropped = q.required().get(random.nextInt(q.required().size()));
				answers.remove(dropped);
				return new Mutation("without " + dropped, body(answers), dropped);
			}
			case 1 -> {
				String value = junkNotIn(q.options().get(key), random);
				answers.put(key, value);
				return new Mutation(key + " = junk \"" + printable(value) + "\"", body(answers), key);
			}
			case 2 -> {
				List<String> foreign = q.options().values().stream().flatMap(List::stream)
					.filter(o -> !q.options().get(key).contains(o)).distinct().toList();
				String value = foreign.get(random.nextInt(foreign.size()));
				answers.put(key, value);
				return new Mutation(key + " = another question's " + value, body(answers), key);
			}
			case 3 -> {
				String unknown = junkNotIn(q.keys(), random);
				answers.put(unknown, answers.get(key));
				return new Mutation("unknown question \"" + printable(unknown) + "\"", body(answers), unknown);
			}
			case 4 -> {
				String raw = WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
				return new Mutation(key + " as " + raw, bodyWithRaw(answers, key, raw), key);
			}
			case 5 -> {
				String text = body(answers);
				String duplicate = "\"" + key + "\":\"" + answers.get(key) + "\",";
				return new Mutation(key + " twice", text.replace("{\"answers\":{", "{\"answers\":{" + duplicate), null);
			}
			case 6 -> {
				String text = body(answers);
				int cut = 1 + random.nextInt(text.length() - 1);
				return new Mutation("cut after " + cut + " characters", text.substring(0, cut), null);
			}
			case 7 -> {
				String upper = answers.get(key).toUpperCase(Locale.ROOT);
				answers.put(key, upper);
				return new Mutation(key + " = " + upper, body(answers), key);
			}
			case 8 -> {
				String mangled = key.toUpperCase(Locale.ROOT);
				answers.put(mangled, answers.remove(key));
				return new Mutation("question key " + mangled, body(answers), mangled);
			}
			case 9 -> {
				String raw = List.of("[]", "\"x\"", "1", "null", "true", "[" + body(answers) + "]")
					.get(random.nextInt(6));
				return new Mutation("answers as " + printable(raw), "{\"answers\":" + raw + "}", null);
			}
			default -> {
				int broken = 2 + random.nextInt(3);
				List<String> what = new ArrayList<>();
				for (int i = 0; i < broken; i++) {
					String k = keys.get(random.nextInt(keys.size()));
					if (random.nextBoolean()) {
						answers.put(k, junkNotIn(q.options().get(k), random));
						what.add(k + " junk");
					}
					else {
						answers.put(junkNotIn(q.keys(), random), "yes");
						what.add("unknown question");
					}
				}
				return new Mutation(String.join(", ", what), body(answers), null);
			}
		}
	}

	private static String junkNotIn(List<String> taken, Random random) {
		while (true) {
			StringBuilder junk = new StringBuilder();
			int parts = random.nextInt(20) == 0 ? 400 : random.nextInt(6);
			for (int i = 0; i < parts; i++) {
				junk.append(JUNK.get(random.nextInt(JUNK.size())));
			}
			if (!taken.contains(junk.toString())) {
				return junk.toString();
			}
		}
	}

	static String body(Map<String, String> answers) {
		StringBuilder json = new StringBuilder("{\"answers\":{");
		answers.forEach((k, v) -> json.append(quote(k)).append(':').append(quote(v)).append(','));
		if (!answers.isEmpty()) {
			json.setLength(json.length() - 1);
		}
		return json.append("}}").toString();
	}

	/** The answers with {@code key}'s value replaced by a raw JSON fragment. */
	static String bodyWithRaw(Map<String, String> answers, String key, String raw) {
		StringBuilder json = new StringBuilder("{\"answers\":{");
		answers.forEach((k, v) -> json.append(quote(k)).append(':').append(k.equals(key) ? raw : quote(v)).append(','));
		json.setLength(json.length() - 1);
		return json.append("}}").toString();
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	/** A valid body grown with trailing whitespace to exactly {@code size} bytes. */
	static byte[] padded(String json, int size) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] padded = new byte[size];
		System.arraycopy(body, 0, padded, 0, body.length);
		java.util.Arrays.fill(padded, body.length, size, (byte) ' ');
		return padded;
	}

	/** How the API prints a question key in "errors": control characters as '?', cut at 80 characters with '…'. */
	static String printable(String text) {
		String cleaned = text.replaceAll("\\p{Cntrl}", "?");
		return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	static void assertProblemDetails(RawHttp.Response response) {
		assertThat(response.contentType()).as("content type").startsWith("application/problem+json");
		JsonNode problem = json(response.text());
		assertThat(problem.get("status").asInt()).as("status in the body").isEqualTo(response.status());
		assertThat(problem.get("title").asString()).as("title").isNotBlank();
		assertThat(problem.get("detail").asString()).as("detail").isNotBlank();
	}

	static void assertNoInternals(String text) {
		for (String internal : INTERNALS) {
			assertThat(text).as("no internals in the answer").doesNotContain(internal);
		}
	}

	/** What a refused request must leave unchanged: results, their answers, and the outcome counts. */
	record Fingerprint(long results, long answers, long counted) {

		static Fingerprint of(JdbcTemplate jdbc) {
			return new Fingerprint(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_result", Long.class),
					jdbc.queryForObject("SELECT COUNT(*) FROM result_answer", Long.class),
					jdbc.queryForObject("SELECT COALESCE(SUM(result_count), 0) FROM outcome_daily_count", Long.class));
		}
	}
}
