package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crossroads.SeedAnswers;

/** The JSON API of questionnaire.md, through the whole application on the database of the active profile. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BOTH = json(SeedAnswers.calmWith("trauma", "yes", "feeling-stuck", "yes"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.crossroads.ruleset.published.PublishedContent published;

	/** Other tests in the same database publish (and restore) versions: the seed's content, a later number. */
	private int currentVersion() {
		return published.refresh().version();
	}

	// ------------------------------------------------------------------ questionnaire

	@Test
	void questionnaireListsSectionsQuestionsAndOptionsInOrder() throws Exception {
		mvc.perform(get("/api/v1/questionnaire"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.version").value(currentVersion()))
			.andExpect(jsonPath("$.sections[*].key").value(contains("wellbeing", "goals", "practical")))
			.andExpect(jsonPath("$.sections[0].title").value("How you have been feeling"))
			.andExpect(jsonPath("$.sections[0].questions[*].key").value(contains("daily-functioning", "phq2-interest",
					"phq2-mood", "gad2-nervous", "gad2-worry", "self-harm", "diagnosed-condition", "grief-addiction",
					"trauma")))
			.andExpect(jsonPath("$.sections[1].questions[*].key").value(contains("understand-why", "focus",
					"feeling-stuck", "growth-goal", "performance", "accountability")))
			.andExpect(jsonPath("$.sections[2].questions[*].key").value(contains("documentation", "insurance", "format")))
			.andExpect(jsonPath("$.sections[2].questions[*].required").value(contains(true, false, false)))
			.andExpect(jsonPath("$.sections[0].questions[0].prompt").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.sections[0].questions[0].help").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.sections[0].questions[5].options[*].key").value(
					contains("not-at-all", "several-days", "more-than-half", "nearly-every-day")))
			.andExpect(jsonPath("$.sections[0].questions[5].options[1].label").value("Several days"))
			.andExpect(jsonPath("$.sections[1].questions[1].options[*].label").value(contains(
					"Healing or making sense of the past", "Building toward goals for the future", "Both equally")));
	}

	@Test
	void questionnaireCarriesExactlyTheFieldsOfTheContract() throws Exception {
		JsonNode body = read(mvc.perform(get("/api/v1/questionnaire")).andExpect(status().isOk()).andReturn());

		// "values" (the optional step after a stored result) was added to version 1; nothing else was
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("version", "sections", "values");
		assertThat(body.get("values").propertyNames()).containsExactlyInAnyOrder("statements", "ratings", "sure");
		for (JsonNode section : body.get("sections")) {
			assertThat(section.propertyNames()).containsExactlyInAnyOrder("key", "title", "questions");
			for (JsonNode question : section.get("questions")) {
				// help may be null; the field is always there
				assertThat(question.propertyNames()).containsExactlyInAnyOrder("key", "prompt", "help", "required",
						"options");
				for (JsonNode option : question.get("options")) {
					assertThat(option.propertyNames()).containsExactlyInAnyOrder("key", "label");
				}
			}
		}
	}

	// ------------------------------------------------------------------ store, read, delete

	@Test
	void completedAssessmentIsStoredAnd201WithLocationAndTheResult() throws Exception {
		Counts before = counts();
		Instant start = Instant.now();

		MvcResult created = postAssessment(BOTH)
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.outcome").value("BOTH"))
			.andExpect(jsonPath("$.scores.THERAPY").value(3))
			.andExpect(jsonPath("$.scores.COACHING").value(3))
			.andExpect(jsonPath("$.matchedCriteria[*].code").value(contains("therapy.trauma", "coaching.stuck")))
			.andExpect(jsonPath("$.matchedCriteria[0].pathway").value("THERAPY"))
			.andExpect(jsonPath("$.matchedCriteria[0].title").value("A painful experience you want to work through"))
			.andExpect(jsonPath("$.matchedCriteria[0].reason")
				.value("Therapists can also address unresolved trauma and help clients process emotional pain that "
						+ "interferes with daily living."))
			.andExpect(jsonPath("$.matchedCriteria[1].pathway").value("COACHING"))
			.andExpect(jsonPath("$.ruleSetVersion").value(currentVersion()))
			.andReturn();

		JsonNode body = read(created);
		String id = body.get("id").asString();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "outcome", "scores", "matchedCriteria",
				"ruleSetVersion", "resultUrl", "createdAt", "stability");
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost/api/v1/assessments/" + id);
		assertThat(body.get("resultUrl").asString()).isEqualTo("http://localhost/results/" + id);
		assertThat(Instant.parse(body.get("createdAt").asString()))
			.isBetween(start.minusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(counts()).isEqualTo(before.plus(1, 18, 2));
		assertThat(jdbc.queryForObject("select outcome from assessment_result where id = ?", String.class, id))
			.isEqualTo("BOTH");
	}

	@Test
	void evaluationAnswersTheSameResultWithoutIdAndStoresNothing() throws Exception {
		Counts before = counts();

		MvcResult evaluated = mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(BOTH))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.outcome").value("BOTH"))
			.andExpect(jsonPath("$.scores.THERAPY").value(3))
			.andExpect(jsonPath("$.scores.COACHING").value(3))
			.andExpect(jsonPath("$.matchedCriteria[*].code").value(contains("therapy.trauma", "coaching.stuck")))
			.andExpect(jsonPath("$.ruleSetVersion").value(currentVersion()))
			.andExpect(jsonPath("$.id").doesNotExist())
			.andReturn();

		assertThat(read(evaluated).propertyNames()).doesNotContain("id", "resultUrl", "createdAt");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void storedResultIsReadThenDeletedForGood() throws Exception {
		JsonNode created = read(postAssessment(json(SeedAnswers.calmWith("self-harm", "several-days")))
			.andExpect(status().isCreated()).andReturn());
		String id = created.get("id").asString();
		Counts withIt = counts();

		JsonNode found = read(mvc.perform(get("/api/v1/assessments/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("URGENT_SUPPORT"))
			.andExpect(jsonPath("$.matchedCriteria[*].code").value(contains("safety.self-harm")))
			.andReturn());
		assertThat(found).isEqualTo(created);

		mvc.perform(delete("/api/v1/assessments/{id}", id)).andExpect(status().isNoContent());

		assertThat(counts()).isEqualTo(withIt.plus(-1, -18, -1));
		expectProblem(mvc.perform(get("/api/v1/assessments/{id}", id)), 404);
		expectProblem(mvc.perform(delete("/api/v1/assessments/{id}", id)), 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "short",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.." })
	void unknownOrMalformedIdsAre404(String id) throws Exception {
		Counts before = counts();

		expectProblem(mvc.perform(get("/api/v1/assessments/{id}", id)), 404);
		expectProblem(mvc.perform(delete("/api/v1/assessments/{id}", id)), 404);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void idsCarryAtLeast128RandomBitsAndAreUnique() throws Exception {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 30; i++) {
			JsonNode body = read(postAssessment(BOTH).andExpect(status().isCreated()).andReturn());
			String id = body.get("id").asString();
			assertThat(Base64.getUrlDecoder().decode(id).length * 8).as(id).isGreaterThanOrEqualTo(128);
			ids.add(id);
		}
		assertThat(ids).hasSize(30);
	}

	@Test
	void storedResultHoldsNoIpAddressUserAgentOrCookie() throws Exception {
		String userAgent = "Mozilla/5.0 (CrossroadsPrivacyProbe 4242)";
		MvcResult created = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(BOTH)
				.header(HttpHeaders.USER_AGENT, userAgent)
				.header("X-Forwarded-For", "203.0.113.77")
				.with(request -> {
					request.setRemoteAddr("198.51.100.23");
					return request;
				}))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		String id = read(created).get("id").asString();

		StringBuilder stored = new StringBuilder();
		jdbc.queryForList("select * from assessment_result where id = ?", id).forEach(stored::append);
		jdbc.queryForList("select * from result_answer where result_id = ?", id).forEach(stored::append);
		jdbc.queryForList("select * from result_criterion where result_id = ?", id).forEach(stored::append);

		assertThat(stored.toString()).contains(id, "BOTH", "coaching.stuck")
			.doesNotContain("203.0.113.77", "198.51.100.23", "CrossroadsPrivacyProbe", "Mozilla");
		assertThat(created.getRequest().getSession(false)).isNull();
	}

	// ------------------------------------------------------------------ stability

	@Test
	void aCloseCallNamesEachAnswerThatTipsItAndEachOneAppliedGivesItsOutcome() throws Exception {
		Map<String, String> answers = SeedAnswers.calmWith("trauma", "yes", "feeling-stuck", "yes");
		JsonNode stability = read(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content(json(answers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stability.verdict").value("close"))
			.andExpect(jsonPath("$.stability.scores.THERAPY.score").value(3))
			.andExpect(jsonPath("$.stability.scores.THERAPY.threshold").value(3))
			.andExpect(jsonPath("$.stability.scores.COACHING.score").value(3))
			.andExpect(jsonPath("$.stability.scores.COACHING.threshold").value(3))
			.andExpect(jsonPath("$.stability.tippingPairs", hasSize(0)))
			.andReturn()).get("stability");

		assertThat(stability.propertyNames()).containsExactlyInAnyOrder("verdict", "scores", "tipping", "tippingPairs");
		assertThat(stability.get("scores").propertyNames()).containsExactly("THERAPY", "COACHING");
		JsonNode tipping = stability.get("tipping");
		assertThat(tipping.size()).isGreaterThan(2);
		List<String> seen = new java.util.ArrayList<>();
		for (JsonNode tip : tipping) {
			assertThat(tip.propertyNames()).containsExactlyInAnyOrder("question", "from", "to", "outcome");
			String question = tip.get("question").asString();
			assertThat(question).isNotEqualTo("self-harm");
			assertThat(tip.get("from").asString()).isEqualTo(answers.get(question));
			// the change, sent back to the API, gives the outcome it names
			mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
					.content(json(SeedAnswers.with(answers, question, tip.get("to").asString()))))
				.andExpect(jsonPath("$.outcome").value(tip.get("outcome").asString()));
			seen.add(question + ":" + tip.get("to").asString() + ":" + tip.get("outcome").asString());
		}
		assertThat(seen).contains("trauma:not-sure:COACHING", "trauma:no:COACHING", "feeling-stuck:somewhat:THERAPY",
				"feeling-stuck:no:THERAPY");
	}

	@Test
	void aClearResultHasNoSingleTippingAnswerButItsClosestPairs() throws Exception {
		mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content(json(SeedAnswers.calmWith("grief-addiction", "yes", "trauma", "yes", "feeling-stuck", "yes",
						"growth-goal", "yes"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("BOTH"))
			.andExpect(jsonPath("$.stability.verdict").value("clear"))
			.andExpect(jsonPath("$.stability.tipping", hasSize(0)))
			.andExpect(jsonPath("$.stability.tippingPairs", hasSize(2)))
			.andExpect(jsonPath("$.stability.tippingPairs[0].changes[*].question").value(contains("grief-addiction", "trauma")))
			.andExpect(jsonPath("$.stability.tippingPairs[0].changes[*].from").value(contains("yes", "yes")))
			.andExpect(jsonPath("$.stability.tippingPairs[0].changes[*].to").value(contains("no", "not-sure")))
			.andExpect(jsonPath("$.stability.tippingPairs[0].changes[0].outcome").doesNotExist())
			.andExpect(jsonPath("$.stability.tippingPairs[0].outcome").value("COACHING"))
			.andExpect(jsonPath("$.stability.tippingPairs[1].changes[*].question").value(contains("feeling-stuck", "growth-goal")))
			.andExpect(jsonPath("$.stability.tippingPairs[1].outcome").value("THERAPY"));
	}

	@Test
	void anOptionalQuestionLeftOutOrLeftOutInsteadShowsNoAnswerAsNull() throws Exception {
		// accountability (2) and a group format (1) reach the coaching threshold of 3 together
		JsonNode unanswered = read(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content(json(SeedAnswers.with(SeedAnswers.calmRequired(), "accountability", "yes"))))
			.andExpect(jsonPath("$.outcome").value("EXPLORE"))
			.andReturn());
		assertThat(unanswered.get("stability").get("tipping")).anySatisfy(tip -> {
			assertThat(tip.get("question").asString()).isEqualTo("format");
			assertThat(tip.get("from").isNull()).isTrue();
			assertThat(tip.get("to").asString()).isEqualTo("group-or-workshop");
			assertThat(tip.get("outcome").asString()).isEqualTo("COACHING");
		});

		JsonNode grouped = read(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content(json(SeedAnswers.with(SeedAnswers.calmRequired(), "accountability", "yes", "format",
						"group-or-workshop"))))
			.andExpect(jsonPath("$.outcome").value("COACHING"))
			.andReturn());
		assertThat(grouped.get("stability").get("tipping")).anySatisfy(tip -> {
			assertThat(tip.get("question").asString()).isEqualTo("format");
			assertThat(tip.get("from").asString()).isEqualTo("group-or-workshop");
			assertThat(tip.has("to")).isTrue();
			assertThat(tip.get("to").isNull()).isTrue();
			assertThat(tip.get("outcome").asString()).isEqualTo("EXPLORE");
		});
	}

	@Test
	void urgentSupportCarriesStabilityAsNullEverywhere() throws Exception {
		String urgent = json(SeedAnswers.urgent());
		JsonNode evaluated = read(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content(urgent)).andExpect(status().isOk()).andReturn());
		JsonNode created = read(postAssessment(urgent).andExpect(status().isCreated()).andReturn());
		JsonNode found = read(mvc.perform(get("/api/v1/assessments/{id}", created.get("id").asString()))
			.andExpect(status().isOk()).andReturn());

		for (JsonNode body : List.of(evaluated, created, found)) {
			assertThat(body.get("outcome").asString()).isEqualTo("URGENT_SUPPORT");
			assertThat(body.has("stability")).isTrue();
			assertThat(body.get("stability").isNull()).isTrue();
		}
	}

	@Test
	void aStoredResultReadsBackWithTheSameStability() throws Exception {
		JsonNode created = read(postAssessment(json(SeedAnswers.stuck())).andExpect(status().isCreated()).andReturn());
		JsonNode found = read(mvc.perform(get("/api/v1/assessments/{id}", created.get("id").asString()))
			.andExpect(status().isOk()).andReturn());

		assertThat(created.get("stability").get("verdict").asString()).isEqualTo("close");
		assertThat(found.get("stability")).isEqualTo(created.get("stability"));
	}

	// ------------------------------------------------------------------ refusals

	@ParameterizedTest
	@ValueSource(strings = { "{", "not json", "", "[]", "\"answers\"", "{\"answers\": []}",
			"{\"answers\": {\"trauma\": \"yes\", \"trauma\": \"no\"}}", "{\"answers\": {}, \"extra\": 1}",
			"{\"answers\": {\"trauma\": 1}}", "{\"answers\": {}} {\"answers\": {}}", "null" })
	void malformedBodiesAre400ProblemsAndStoreNothing(String body) throws Exception {
		Counts before = counts();

		expectProblem(mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body)), 400);
		expectProblem(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(body)), 400);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anAnswerThatIsNotAStringIsNamedByItsQuestion() throws Exception {
		expectProblem(postAssessment("{\"answers\": {\"trauma\": 1, \"focus\": null}}"), 400)
			.andExpect(jsonPath("$.errors[*].question").value(containsInAnyOrder("trauma", "focus")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/xml", "application/x-www-form-urlencoded" })
	void wrongMediaTypeIs415AndStoresNothing(String mediaType) throws Exception {
		Counts before = counts();

		expectProblem(mvc.perform(post("/api/v1/assessments").contentType(mediaType).content(BOTH)), 415);
		expectProblem(mvc.perform(post("/api/v1/evaluations").contentType(mediaType).content(BOTH)), 415);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void bodyOver64KilobytesWithContentLengthIs413AndStoresNothing() throws Exception {
		Counts before = counts();
		String big = oversized();

		expectProblem(mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(big)), 413);
		expectProblem(mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(big)), 413);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void unknownQuestionUnknownOptionAndMissingRequiredAreEachNamedAndNothingIsStored() throws Exception {
		Map<String, String> answers = SeedAnswers.without(SeedAnswers.calmWith("mood-today", "fine", "focus", "sideways"),
				"trauma", "documentation");
		Counts before = counts();

		for (String path : List.of("/api/v1/assessments", "/api/v1/evaluations")) {
			expectProblem(mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json(answers))), 400)
				.andExpect(jsonPath("$.errors", hasSize(4)))
				.andExpect(jsonPath("$.errors[?(@.question == 'mood-today')].problem").value(contains("UNKNOWN_QUESTION")))
				.andExpect(jsonPath("$.errors[?(@.question == 'focus')].problem").value(contains("UNKNOWN_OPTION")))
				.andExpect(jsonPath("$.errors[?(@.question == 'trauma')].problem").value(contains("MISSING_REQUIRED")))
				.andExpect(jsonPath("$.errors[?(@.question == 'documentation')].problem")
					.value(contains("MISSING_REQUIRED")))
				.andExpect(jsonPath("$.errors[*].detail").value(everyItem(not(emptyOrNullString()))));
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void optionalQuestionsMayBeLeftOut() throws Exception {
		Map<String, String> answers = SeedAnswers.without(SeedAnswers.calm(), "insurance", "format");

		mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(json(answers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("EXPLORE"))
			.andExpect(jsonPath("$.matchedCriteria", hasSize(0)));
	}

	// ------------------------------------------------------------------ helpers

	private ResultActions postAssessment(String body) throws Exception {
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static ResultActions expectProblem(ResultActions actions, int status) throws Exception {
		return actions.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	/** A well-formed answer set padded past 64 KB with a long (unknown) answer. */
	static String oversized() {
		Map<String, String> answers = SeedAnswers.calmWith("padding", "x".repeat(70 * 1024));
		String body = json(answers);
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);
		return body;
	}

	static String json(Map<String, String> answers) {
		return JSON.writeValueAsString(Map.of("answers", answers));
	}

	private static JsonNode read(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private Counts counts() {
		return new Counts(count("assessment_result"), count("result_answer"), count("result_criterion"));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** Rows of the three result tables, to show what a request stored or did not. */
	record Counts(long results, long answers, long criteria) {
		Counts plus(long results, long answers, long criteria) {
			return new Counts(this.results + results, this.answers + answers, this.criteria + criteria);
		}
	}
}
