package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crossroads.SeedAnswers;

/** The values step in the JSON API: listed with the questionnaire, answered with PUT, shown with the stored result. */
@SpringBootTest
@AutoConfigureMockMvc
class ValuesApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ANSWERS = """
			{"ratings": {"diagnosis": "very", "insurance-pays": "not-important", "concrete-goal": "somewhat"},
			 "sure": {"sure": true, "understand": false, "risk-benefit": true, "encouragement": true}}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theQuestionnaireListsTheStatementsRatingsAndTheFixedSureItems() throws Exception {
		mvc.perform(get("/api/v1/questionnaire"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.statements[*].key").value(contains("licensed-professional", "insurance-pays",
					"past-and-pain", "concrete-goal", "results-soon", "diagnosis", "accountability")))
			.andExpect(jsonPath("$.values.statements[1].text").value("Having health insurance pay for it"))
			.andExpect(jsonPath("$.values.statements[1].therapyFit").value("You pay for each session. Insurance often pays."))
			.andExpect(jsonPath("$.values.statements[1].coachingFit").value("Prepaid packages, flexible pricing."))
			.andExpect(jsonPath("$.values.ratings[*].key").value(contains("not-important", "somewhat", "very")))
			.andExpect(jsonPath("$.values.ratings[2].label").value("Very important"))
			.andExpect(jsonPath("$.values.sure[*].key").value(contains("sure", "understand", "risk-benefit", "encouragement")))
			.andExpect(jsonPath("$.values.sure[0].name").value("Sure of myself"))
			.andExpect(jsonPath("$.values.sure[0].question").value("Do you feel SURE about the best choice for you?"))
			.andExpect(jsonPath("$.values.sure[3].question").value("Do you have enough support and advice to make a choice?"));
	}

	@Test
	void valuesArePutThenShownWithTheStoredResultAndReplacedWhenPutAgain() throws Exception {
		String id = store(SeedAnswers.coaching());
		JsonNode before = read(mvc.perform(get("/api/v1/assessments/{id}", id)).andExpect(status().isOk()));
		assertThat(before.has("values")).isFalse();

		JsonNode answered = read(putValues(id, ANSWERS).andExpect(status().isOk())
			.andExpect(jsonPath("$.values.ratings.diagnosis").value("very"))
			.andExpect(jsonPath("$.values.ratings.concrete-goal").value("somewhat"))
			.andExpect(jsonPath("$.values.sure.understand").value(false))
			.andExpect(jsonPath("$.values.sureScore").value(3))
			.andExpect(jsonPath("$.values.readyToDecide").value(false)));
		assertThat(answered.get("outcome")).isEqualTo(before.get("outcome"));
		assertThat(answered.get("values").propertyNames()).containsExactlyInAnyOrder("ratings", "sure", "sureScore",
				"readyToDecide");
		assertThat(read(mvc.perform(get("/api/v1/assessments/{id}", id)).andExpect(status().isOk()))).isEqualTo(answered);

		putValues(id, """
				{"sure": {"sure": true, "understand": true, "risk-benefit": true, "encouragement": true}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.ratings").isEmpty())
			.andExpect(jsonPath("$.values.sureScore").value(4))
			.andExpect(jsonPath("$.values.readyToDecide").value(true));
		assertThat(rows("result_value_rating", id)).isZero();
		assertThat(rows("result_values", id)).isOne();

		mvc.perform(delete("/api/v1/assessments/{id}", id)).andExpect(status().isNoContent());
		assertThat(rows("result_values", id)).isZero();
		expectProblem(putValues(id, ANSWERS), 404);
	}

	@Test
	void answersSentTwiceAtOnceAreBothTakenAndOneRowIsKept() throws Exception {
		String id = store(SeedAnswers.both());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.Callable<Integer> send = () -> {
				start.await();
				return putValues(id, ANSWERS).andReturn().getResponse().getStatus();
			};
			var first = pool.submit(send);
			var second = pool.submit(send);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsOnly(200);
		}
		finally {
			pool.shutdown();
		}
		assertThat(rows("result_values", id)).isOne();
		assertThat(rows("result_value_rating", id)).isEqualTo(3);
	}

	@Test
	void badAnswersAreEachNamedAndNothingIsStored() throws Exception {
		String id = store(SeedAnswers.therapy());

		JsonNode problem = read(expectProblem(putValues(id, """
				{"ratings": {"colour": "very", "diagnosis": "extremely", "concrete-goal": 3},
				 "sure": {"sure": "yes", "certain": true, "understand": true}}"""), 400));

		assertThat(problem.get("errors").valueStream().map(e -> e.get("part").asString() + " " + e.get("key").asString() + " "
				+ e.get("problem").asString()).toList()).containsExactlyInAnyOrder(
						"ratings colour UNKNOWN_STATEMENT", "ratings diagnosis UNKNOWN_RATING",
						"ratings concrete-goal UNKNOWN_RATING", "sure sure NOT_YES_OR_NO", "sure certain UNKNOWN_SURE_ITEM",
						"sure risk-benefit MISSING_SURE_ANSWER", "sure encouragement MISSING_SURE_ANSWER");
		assertThat(problem.get("errors").get(0).get("detail").asString()).isNotBlank();
		assertThat(rows("result_values", id)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "[]", "{\"ratings\": []}", "{\"sure\": true}", "{\"answers\": {}}",
			"{\"sure\": {}, \"sure\": {}}", "{not json" })
	void malformedBodiesAre400AndStoreNothing(String body) throws Exception {
		String id = store(SeedAnswers.both());
		expectProblem(putValues(id, body), 400);
		assertThat(rows("result_values", id)).isZero();
	}

	@Test
	void anUrgentResultDoesNotOfferTheStep() throws Exception {
		String id = store(SeedAnswers.urgent());
		expectProblem(putValues(id, ANSWERS), 409);
		assertThat(rows("result_values", id)).isZero();
		expectProblem(putValues("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ANSWERS), 404);
		mvc.perform(put("/api/v1/assessments/{id}/values", id).contentType(MediaType.TEXT_PLAIN).content(ANSWERS))
			.andExpect(status().isUnsupportedMediaType());
	}

	private String store(Map<String, String> answers) throws Exception {
		String body = JSON.writeValueAsString(Map.of("answers", answers));
		return read(mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private ResultActions putValues(String id, String body) throws Exception {
		return mvc.perform(put("/api/v1/assessments/{id}/values", id).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long rows(String table, String id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE result_id = ?", Long.class, id);
	}

	private static ResultActions expectProblem(ResultActions actions, int status) throws Exception {
		return actions.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	private static JsonNode read(ResultActions actions) throws Exception {
		return JSON.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
