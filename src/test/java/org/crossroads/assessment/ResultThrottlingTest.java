package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crossroads.SeedAnswers;
import org.crossroads.security.MutableClock;
import org.crossroads.security.ThrottledIntegrationTest;

/** Results stored from one address, by the API and by the questionnaire, under the production limit of 20 an hour. */
@ThrottledIntegrationTest
class ResultThrottlingTest {

	private static final String CALM = AssessmentApiTest.json(SeedAnswers.calm());

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void standStill() {
		clock.setInstant(clock.instant());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aFloodOfStoredResultsFromOneAddressIsRefusedAndNothingBeyondTheLimitIsStored() throws Exception {
		MockMvc flood = from("203.0.113.30");
		long before = storedResults();
		for (int i = 0; i < 20; i++) {
			store(flood).andExpect(status().isCreated());
		}
		MvcResult refused = store(flood).andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "180")).andReturn();
		assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getResponse().getContentAsString()).contains("\"status\":429", "Too many requests",
				"Try again in 180 seconds.");
		for (int i = 0; i < 10; i++) {
			store(flood).andExpect(status().isTooManyRequests());
		}
		assertThat(storedResults() - before).isEqualTo(20);

		store(from("203.0.113.31")).andExpect(status().isCreated());
		// answers refused as invalid store nothing and take nothing from the limit
		MockMvc careful = from("203.0.113.33");
		for (int i = 0; i < 25; i++) {
			careful.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{}}"))
				.andExpect(status().isBadRequest());
		}
		store(careful).andExpect(status().isCreated());
		assertThat(storedResults() - before).isEqualTo(22);
	}

	@Test
	void theQuestionnaireKeepsTheAnswersWhenTheLimitIsReachedAndStoresThemLater() throws Exception {
		MockMvc visitorAddress = from("203.0.113.32");
		for (int i = 0; i < 20; i++) {
			store(visitorAddress).andExpect(status().isCreated());
		}
		long before = storedResults();
		QuestionnaireVisitor visitor = new QuestionnaireVisitor(visitorAddress).start();
		visitor.answerShown(SeedAnswers.calm()).press("next").answerShown(SeedAnswers.calm()).press("next");
		visitor.answerShown(SeedAnswers.calm()).press("finish");

		assertThat(visitor.postStatus()).isEqualTo(429);
		assertThat(visitor.lastResult().getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("180");
		assertThat(visitor.step()).isEqualTo(3);
		assertThat(visitor.page().getElementById("throttled").text())
			.contains("Your answers are kept: please wait 3 minute(s)");
		assertThat(visitor.checked("format", "no-preference")).isTrue();
		assertThat(storedResults()).isEqualTo(before);

		clock.advance(Duration.ofSeconds(180));
		visitor.press("finish");
		assertThat(visitor.postStatus()).isEqualTo(303);
		assertThat(visitor.postLocation()).startsWith("/results/");
		assertThat(storedResults()).isEqualTo(before + 1);
	}

	private ResultActions store(MockMvc mvc) throws Exception {
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(CALM));
	}

	private long storedResults() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM assessment_result", Long.class);
	}

	/** MockMvc with the real filter chains whose every request comes from this address. */
	private MockMvc from(String address) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
			.defaultRequest(get("/").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}))
			.build();
	}
}
