package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import org.crossroads.CrossroadsApplication;
import org.crossroads.SeedAnswers;
import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.published.PublishedContent;

/**
 * A questionnaire goes on under the published version it started with, also when an editor
 * publishes between two steps; a form naming a version that is gone (or never was) goes on under
 * the version of now with a note that the questions changed; a version that is no number is
 * refused inline. Never a 4xx or 5xx for a page the site sent. Runs on the admin tests' database,
 * as it publishes.
 */
class QuestionnaireVersionTest extends AdminTestSupport {

	@Autowired
	DraftRepository draftRows;

	@Autowired
	StoredResultRepository results;

	@Autowired
	QuestionnaireDrafts questionnaires;

	@Autowired
	Environment environment;

	QuestionnaireVisitor visitor() {
		return new QuestionnaireVisitor(mvc);
	}

	/** Publishes a version whose optional insurance question no longer has "not sure". */
	int publishWithoutInsuranceNotSure() {
		inDraft(draft -> {
			QuestionEntity insurance = question(draft, "insurance");
			AnswerOptionEntity notSure = insurance.getOptions().stream().filter(o -> o.getKey().equals("not-sure"))
				.findFirst().orElseThrow();
			insurance.getOptions().remove(notSure);
			// the test cases travel with the version: the one answering "not sure" answers "no" now
			for (TestCaseEntity testCase : testCases.findByRuleSetOrderByPositionAscIdAsc(draft)) {
				testCase.getAnswers().computeIfPresent("insurance", (k, v) -> v.equals("not-sure") ? "no" : v);
			}
		});
		return publishing.publish("Insurance without 'not sure'", null, "editor");
	}

	static QuestionEntity question(RuleSetEntity draft, String key) {
		return draft.getSections().stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getKey().equals(key))
			.findFirst().orElseThrow();
	}

	static String version(QuestionnaireVisitor v) {
		return v.page().selectFirst("form#questionnaire input[type=hidden][name=version]").val();
	}

	static Element note(QuestionnaireVisitor v) {
		return v.page().selectFirst("main p.notice[role=status]");
	}

	@Test
	void aQuestionnaireStartedBeforeAPublishFinishesUnderItsVersion() throws Exception {
		int started = published.current().version();
		Map<String, String> answers = SeedAnswers.quiet();
		answers.put("insurance", "not-sure");
		QuestionnaireVisitor v = visitor().start();
		assertThat(version(v)).isEqualTo(String.valueOf(started));
		v.answerShown(answers).press("next").answerShown(answers).press("next");
		assertThat(v.step()).isEqualTo(3);
		assertThat(draftRows.findById(v.draftId()).orElseThrow().getRuleSetVersion()).isEqualTo(started);

		int next = publishWithoutInsuranceNotSure();
		assertThat(next).isEqualTo(started + 1);
		assertThat(published.current().version()).isEqualTo(next);
		assertThat(visitor().start().checked("insurance", "not-sure")).isFalse();
		assertThat(visitor().start().page().getElementById("insurance--not-sure")).as("gone from the new version").isNull();

		// the step shown again (a reload, or Back from a later page) is still of the version it started with
		v.open("/assessment/" + v.draftId() + "/3");
		assertThat(v.status()).isEqualTo(200);
		assertThat(version(v)).isEqualTo(String.valueOf(started));
		assertThat(note(v)).isNull();
		v.answerShown(answers).press("finish");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.postLocation()).matches("/results/[A-Za-z0-9_-]{32}");

		StoredResult stored = results.findById(v.postLocation().substring("/results/".length())).orElseThrow();
		assertThat(stored.getRuleSetVersion()).isEqualTo(started);
		assertThat(stored.getAnswers()).containsEntry("insurance", "not-sure").hasSize(answers.size());
		assertThat(stored.getOutcome()).isEqualTo(org.crossroads.rules.Outcome.EXPLORE);
	}

	@Test
	void aNodeThatHasNotPickedUpAPublishLoadsTheVersionAFormNames() throws Exception {
		// a second node on this test's database (as arguments: they come before application.properties)
		// that looks for a new version only once an hour
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.hikari.maximum-pool-size=2", "--spring.main.banner-mode=off",
				"--crossroads.content-refresh=1h", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url")));
		for (String key : List.of("spring.flyway.schemas", "spring.flyway.default-schema")) {
			if (environment.getProperty(key) != null) {
				arguments.add("--" + key + "=" + environment.getProperty(key));
			}
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CrossroadsApplication.class)
			.run(arguments.toArray(String[]::new))) {
			Node node = new Node(((WebServerApplicationContext) second).getWebServer().getPort());
			int before = published.current().version();
			Document firstOnSecond = Jsoup.parse(node.get("/assessment/" + ResultIds.next() + "/1").body());
			assertThat(firstOnSecond.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(before));

			int next = publishWithoutInsuranceNotSure();
			PublishedContent secondContent = second.getBean(PublishedContent.class);
			assertThat(secondContent.current().version()).as("the second node still shows").isEqualTo(before);

			// step 1 from this node, of the new version, posted to the second node
			QuestionnaireVisitor v = visitor().start();
			assertThat(version(v)).isEqualTo(String.valueOf(next));
			Map<String, String> answers = SeedAnswers.quiet();
			HttpResponse<String> posted = node.post(v.formAction(), v.answerShown(answers).formFields(), "next");
			assertThat(posted.statusCode()).isEqualTo(303);
			String step2 = posted.headers().firstValue("Location").orElseThrow();
			assertThat(step2).endsWith("/" + v.draftId() + "/2");
			assertThat(draftRows.findById(v.draftId()).orElseThrow().getRuleSetVersion()).isEqualTo(next);

			// the second node goes on with the version the questionnaire started under
			Document page = Jsoup.parse(node.get(step2).body());
			for (int step = 2; step <= 3; step++) {
				assertThat(page.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(next));
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("version", String.valueOf(next));
				for (Element fieldset : page.select("form#questionnaire fieldset")) {
					String key = fieldset.id().substring(2);
					if (answers.containsKey(key)) {
						fields.put(key, answers.get(key));
					}
				}
				if (step == 3) {
					assertThat(page.getElementById("insurance--not-sure")).as("the new version's options").isNull();
				}
				posted = node.post(page.selectFirst("form#questionnaire").attr("action"), fields, step < 3 ? "next" : "finish");
				assertThat(posted.statusCode()).as("step %d", step).isEqualTo(303);
				if (step < 3) {
					page = Jsoup.parse(node.get(posted.headers().firstValue("Location").orElseThrow()).body());
				}
			}
			String location = posted.headers().firstValue("Location").orElseThrow();
			assertThat(location).matches("/results/[A-Za-z0-9_-]{32}");
			assertThat(results.findById(location.substring("/results/".length())).orElseThrow().getRuleSetVersion())
				.isEqualTo(next);
			assertThat(secondContent.current().version()).as("loaded, not made current").isEqualTo(before);
		}
	}

	/** Another node, over HTTP, as the load balancer passes requests on. */
	record Node(int port) {

		static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String path) throws Exception {
			return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> post(String path, Map<String, String> fields, String action) throws Exception {
			StringBuilder body = new StringBuilder("action=" + action);
			fields.forEach((k, v) -> body.append('&').append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}
	}

	@Test
	void aFirstStepRenderedBeforeAPublishStartsUnderThatVersion() throws Exception {
		int before = published.current().version();
		QuestionnaireVisitor v = visitor().start();
		publishWithoutInsuranceNotSure();

		v.answerShown(SeedAnswers.quiet()).press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.step()).isEqualTo(2);
		assertThat(version(v)).isEqualTo(String.valueOf(before));
		assertThat(draftRows.findById(v.draftId()).orElseThrow().getRuleSetVersion()).isEqualTo(before);
	}

	@Test
	void aFormOfAVersionThatIsGoneGoesOnUnderTheVersionOfNowWithANote() throws Exception {
		int now = published.current().version();
		QuestionnaireVisitor v = visitor().start();
		Map<String, String> fields = new LinkedHashMap<>(v.answerShown(SeedAnswers.quiet()).formFields());
		// a version no node knows: purged, or never published
		fields.put("version", "987654");
		fields.put("a-question-of-that-version", "yes");
		v.submit(fields, "next");

		assertThat(v.postStatus()).as("no refusal").isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).as("the step again, as it is now").isEqualTo(1);
		assertThat(version(v)).isEqualTo(String.valueOf(now));
		assertThat(note(v)).isNotNull();
		assertThat(note(v).text()).contains("updated the questions");
		assertThat(v.checked("daily-functioning", "a-little")).as("answers carried over").isTrue();
		Draft draft = draftRows.findById(v.draftId()).orElseThrow();
		assertThat(draft.getRuleSetVersion()).isEqualTo(now);
		assertThat(draft.getAnswers()).doesNotContainKey("a-question-of-that-version");

		// going on clears the note
		v.press("next");
		assertThat(v.step()).isEqualTo(2);
		assertThat(note(v)).isNull();
	}

	@Test
	void aDraftWhoseVersionIsGoneGoesOnUnderTheVersionOfNow() throws Exception {
		int now = published.current().version();
		String id = ResultIds.next();
		Map<String, String> step1 = new LinkedHashMap<>(SeedAnswers.quiet());
		step1.keySet().retainAll(published.current().rules().sections().get(0).questions().stream()
			.map(q -> q.key()).toList());
		step1.put("a-question-of-that-version", "yes");
		questionnaires.save(id, step1, null, 987654, false);

		QuestionnaireVisitor v = visitor().open("/assessment/" + id + "/2");
		assertThat(v.status()).isEqualTo(200);
		assertThat(note(v)).isNotNull();
		assertThat(version(v)).isEqualTo(String.valueOf(now));
		v.answerShown(SeedAnswers.quiet()).press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.step()).isEqualTo(3);
		Draft draft = draftRows.findById(id).orElseThrow();
		assertThat(draft.getRuleSetVersion()).isEqualTo(now);
		assertThat(draft.getAnswers()).doesNotContainKey("a-question-of-that-version").containsEntry("trauma", "not-sure");
	}

	@Test
	void aVersionThatIsNoNumberIsRefusedInline() throws Exception {
		for (String garbage : new String[] { "abc", "", "0", "-1", "2.0", " 1", "99999999999999999999",
				"<script>alert(1)</script>" }) {
			QuestionnaireVisitor v = visitor().start();
			Map<String, String> fields = new LinkedHashMap<>(v.answerShown(SeedAnswers.quiet()).formFields());
			fields.put("version", garbage);
			v.submit(fields, "next");
			assertThat(v.status()).as("version %s", garbage).isEqualTo(400);
			assertThat(v.page().selectFirst("div.error-summary[role=alert]")).isNotNull();
			assertThat(v.page().selectFirst("div.error-summary").text()).contains("could not be used");
			assertThat(v.page().selectFirst("form#questionnaire")).isNotNull();
			assertThat(version(v)).isEqualTo(String.valueOf(published.current().version()));
			assertThat(v.page().html()).doesNotContain("<script>alert(1)");
			assertThat(draftRows.existsById(v.draftId())).as("nothing stored").isFalse();
		}
	}

	@Test
	void aVersionSentTwiceIsRefusedInline() throws Exception {
		QuestionnaireVisitor v = visitor().start();
		String version = version(v);
		org.springframework.test.web.servlet.MvcResult result = mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(v.formAction())
					.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
					.param("action", "next").param("version", version).param("version", version))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("error-summary");
	}
}
