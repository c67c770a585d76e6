package org.crossroads.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.crossroads.SeedAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API answers in the language of Accept-Language, says which, and decides alike in every language. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	MockHttpServletResponse call(String acceptLanguage, Map<String, String> answers) throws Exception {
		return mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
			.content(JSON.writeValueAsString(Map.of("answers", answers)))).andReturn().getResponse();
	}

	@Test
	void theQuestionnaireIsInTheLanguageAskedForAndSaysSo() throws Exception {
		MockHttpServletResponse spanish = mvc.perform(get("/api/v1/questionnaire")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES")).andReturn().getResponse();
		assertThat(spanish.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
		assertThat(spanish.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		JsonNode body = JSON.readTree(spanish.getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("sections").get(0).get("title").asString()).isEqualTo("Cómo te has sentido");
		MockHttpServletResponse english = mvc.perform(get("/api/v1/questionnaire")).andReturn().getResponse();
		assertThat(english.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(JSON.readTree(english.getContentAsString(StandardCharsets.UTF_8)).get("sections").get(0).get("title")
			.asString()).isEqualTo("How you have been feeling");
	}

	@Test
	void theSameAnswersGiveTheSameOutcomeAndCriteriaInBothLanguages() throws Exception {
		for (Map<String, String> answers : List.of(SeedAnswers.calm(), SeedAnswers.therapy(), SeedAnswers.coaching(),
				SeedAnswers.both(), SeedAnswers.urgent())) {
			JsonNode english = JSON.readTree(call("en", answers).getContentAsString(StandardCharsets.UTF_8));
			MockHttpServletResponse response = call("es", answers);
			assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
			JsonNode spanish = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(spanish.get("outcome")).isEqualTo(english.get("outcome"));
			assertThat(codes(spanish)).isEqualTo(codes(english)).isNotNull();
			if (!codes(english).isEmpty()) {
				assertThat(spanish.get("matchedCriteria").get(0).get("title"))
					.isNotEqualTo(english.get("matchedCriteria").get(0).get("title"));
			}
		}
	}

	private static List<String> codes(JsonNode result) {
		return result.get("matchedCriteria").valueStream().map(c -> c.get("code").asString()).toList();
	}
}
