package org.crossroads.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crossroads.SeedAnswers;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.published.PublishedContent;

/**
 * The FHIR endpoints through the whole application (the same context as the rest of the API's tests): content type,
 * refusals as problem details, every seeded test case's result validated against the questionnaire it names, and
 * the result page's link to the record.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FhirApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FhirValidation validation;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishedContent published;

	@Autowired
	FhirJson fhir;

	@Autowired
	RuleSetRepository ruleSets;

	@Autowired
	TestCaseRepository testCases;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void validator() {
		if (validation == null) {
			validation = new FhirValidation(fhir.context());
		}
	}

	MvcResult fetch(String path) throws Exception {
		return mvc.perform(get(path)).andReturn();
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String store(Map<String, String> answers) throws Exception {
		MvcResult created = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("answers", answers)))).andReturn();
		assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
		return JSON.readTree(body(created)).get("id").asString();
	}

	@Test
	void theCurrentQuestionnaireIsFhirJsonAndValid() throws Exception {
		int version = published.refresh().version();
		MvcResult result = fetch("/api/v1/fhir/Questionnaire/" + version);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(MediaType.parseMediaType("application/fhir+json;charset=UTF-8"));
		JsonNode q = JSON.readTree(body(result));
		assertThat(q.get("resourceType").asString()).isEqualTo("Questionnaire");
		assertThat(q.get("url").asString()).isEqualTo("http://localhost/api/v1/fhir/Questionnaire/" + version);
		assertThat(q.get("status").asString()).isEqualTo("active");
		List<FhirValidation.Message> messages = validation.validate(body(result));
		assertThat(messages).as("every validator message").filteredOn(FhirValidation.Message::problem).isEmpty();
	}

	@Test
	void aPlainJsonClientGetsTheSameResourceAsJson() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/fhir/Questionnaire/1").accept(MediaType.APPLICATION_JSON)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		assertThat(JSON.readTree(body(result)).get("resourceType").asString()).isEqualTo("Questionnaire");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "999999", "99999999999999999999" })
	void aVersionNeverPublishedIsNotFound(String version) throws Exception {
		MvcResult result = fetch("/api/v1/fhir/Questionnaire/" + version);

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JSON.readTree(body(result)).get("title").asString()).isEqualTo("Version not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "one", "1.5", "-1", "1e3" })
	void aVersionThatIsNoNumberIsRefused(String version) throws Exception {
		MvcResult result = fetch("/api/v1/fhir/Questionnaire/" + version);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JSON.readTree(body(result)).get("detail").asString()).contains("whole number");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AAAAAAAAAAAAAAAAAAAAAA", "not-an-id" })
	void anUnknownResultIsNotFound(String id) throws Exception {
		MvcResult result = fetch("/api/v1/assessments/" + id + "/fhir");

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JSON.readTree(body(result)).get("title").asString()).isEqualTo("Result not found");
	}

	/** A Spanish reader's record is in Spanish throughout, says so, and is as valid as the English one. */
	@Test
	void aSpanishRecordIsInSpanishAndValid() throws Exception {
		String id = store(org.crossroads.SeedAnswers.therapy());
		MvcResult result = mvc.perform(get("/api/v1/assessments/" + id + "/fhir")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")).andReturn();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
		JsonNode response = JSON.readTree(body(result));
		assertThat(response.get("language").asString()).isEqualTo("es");
		assertThat(response.get("text").get("div").asString()).contains("Hacia dónde apuntan las respuestas");
		String url = response.get("questionnaire").asString().replace("http://localhost", "");
		MvcResult questionnaire = mvc.perform(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "es")).andReturn();
		JsonNode q = JSON.readTree(body(questionnaire));
		assertThat(q.get("language").asString()).isEqualTo("es");
		assertThat(q.get("title").asString()).startsWith("Autoevaluación");
		assertThat(body(questionnaire)).contains("Poco interés o placer en hacer cosas");
		// a validator of its own: it keeps the questionnaires it knows by address, and these are the Spanish ones
		FhirValidation spanish = new FhirValidation(fhir.context());
		assertThat(spanish.validate(body(questionnaire))).filteredOn(FhirValidation.Message::problem).isEmpty();
		spanish.know(body(questionnaire));
		assertThat(spanish.validate(body(result))).filteredOn(FhirValidation.Message::problem).isEmpty();
	}

	/** The answer sets editors keep with the seeded version: one per situation of the article, and those that complete its coverage. */
	@Test
	void everySeededTestCaseGivesAValidResponseToItsQuestionnaire() throws Exception {
		List<TestCaseEntity> cases = transactions.execute(tx -> {
			List<TestCaseEntity> found = testCases.findByRuleSetOrderByPositionAscIdAsc(ruleSets.findByNumber(1).orElseThrow());
			found.forEach(c -> c.getAnswers().size());
			return found;
		});
		assertThat(cases).hasSize(13);
		List<String> outcomes = new ArrayList<>();
		for (TestCaseEntity testCase : cases) {
			MvcResult result = fetch("/api/v1/assessments/" + store(testCase.getAnswers()) + "/fhir");
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentType()).startsWith("application/fhir+json");
			assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
			assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
			JsonNode response = JSON.readTree(body(result));
			assertThat(response.has("subject")).isFalse();
			assertThat(response.has("id")).isFalse();

			String questionnaireUrl = response.get("questionnaire").asString();
			MvcResult questionnaire = fetch(questionnaireUrl.replace("http://localhost", ""));
			assertThat(questionnaire.getResponse().getStatus()).as(questionnaireUrl).isEqualTo(200);
			validation.know(body(questionnaire));
			List<FhirValidation.Message> messages = validation.validate(body(result));
			assertThat(messages).as("%s: every validator message", testCase.getName())
				.filteredOn(FhirValidation.Message::problem).isEmpty();
			outcomes.add(response.findValues("linkId").stream().anyMatch(l -> l.asString().equals("outcome"))
					? outcomeOf(response) : "none");
		}
		assertThat(outcomes).containsExactlyElementsOf(cases.stream().map(c -> c.getExpectedOutcome().name()).toList());
	}

	private static String outcomeOf(JsonNode response) {
		for (JsonNode group : response.get("item")) {
			if (group.get("linkId").asString().equals("result")) {
				for (JsonNode item : group.get("item")) {
					if (item.get("linkId").asString().equals("outcome")) {
						return item.get("answer").get(0).get("valueCoding").get("code").asString();
					}
				}
			}
		}
		return "none";
	}

	@Test
	void askedAsADownloadTheRecordIsAFileNamedByItsDay() throws Exception {
		String id = store(SeedAnswers.therapy());
		MvcResult result = fetch("/api/v1/assessments/" + id + "/fhir?download");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"crossroads-result-\\d{4}-\\d{2}-\\d{2}\\.json\"")
			.doesNotContain(id);
	}

	@Test
	void theResultPageOffersTheRecordBelowCrisisHelp() throws Exception {
		for (Map<String, String> answers : List.of(SeedAnswers.both(), SeedAnswers.urgent())) {
			String id = store(answers);
			Document page = Jsoup.parse(body(mvc.perform(get("/results/" + id).accept(MediaType.TEXT_HTML)).andReturn()));

			Element link = page.selectFirst("a[download]");
			assertThat(link).as("the download link").isNotNull();
			assertThat(link.text()).isEqualTo("Download for your clinician");
			assertThat(link.attr("href")).isEqualTo("/api/v1/assessments/" + id + "/fhir?download=true");
			assertThat(link.attr("download")).matches("crossroads-result-\\d{4}-\\d{2}-\\d{2}\\.json");
			Element crisis = page.getElementById("crisis-help");
			if (answers.equals(SeedAnswers.urgent())) {
				assertThat(crisis).as("crisis help on an urgent result").isNotNull();
				assertThat(page.getAllElements().indexOf(crisis)).isLessThan(page.getAllElements().indexOf(link));
			}
			MvcResult record = fetch(link.attr("href"));
			assertThat(record.getResponse().getStatus()).isEqualTo(200);
			assertThat(record.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains(link.attr("download"));
		}
	}
}
