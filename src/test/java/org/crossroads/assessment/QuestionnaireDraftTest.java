package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.crossroads.SeedAnswers;

/**
 * The draft behind post/redirect/get: every post answers 303, so no history entry is a post; the
 * address holds the draft id and never an answer; the draft goes when the result is stored or
 * when it is older than the lifetime; refused input stores nothing.
 */
@SpringBootTest(properties = { "crossroads.data-dir=./target/test-data", "crossroads.draft-lifetime=30m" })
@AutoConfigureMockMvc
class QuestionnaireDraftTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftRepository drafts;

	@Autowired
	AssessmentService assessments;

	@Test
	void startingStoresNothingAndTheFirstPostMakesTheDraft() throws Exception {
		long before = drafts.count();
		MvcResult start = mvc.perform(get("/assessment")).andReturn();
		assertThat(start.getResponse().getStatus()).isEqualTo(303);
		String id = start.getResponse().getHeader("Location").split("/")[2];
		assertThat(drafts.count()).isEqualTo(before);
		assertThat(drafts.existsById(id)).isFalse();

		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/1");
		assertThat(v.status()).isEqualTo(200);
		v.choose("trauma", "no").press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(drafts.findById(id).orElseThrow().getAnswers()).containsExactly(Map.entry("trauma", "no"));
		assertThat(drafts.findById(id).orElseThrow().getCheckedStep()).isEqualTo(1);
	}

	@Test
	void everyPostAnswers303AndNoAddressHoldsAnAnswer() throws Exception {
		Map<String, String> answers = SeedAnswers.therapy();
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).start();
		List<String> locations = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();
		// missing answers, then Next, Back, Next, Next, missing on the last step, Finish
		v.press("next");
		record(v, statuses, locations);
		v.answerShown(answers).press("next");
		record(v, statuses, locations);
		v.press("back");
		record(v, statuses, locations);
		v.press("next");
		record(v, statuses, locations);
		v.answerShown(answers).press("next");
		record(v, statuses, locations);
		v.press("finish");
		record(v, statuses, locations);
		v.answerShown(answers).press("finish");
		statuses.add(v.postStatus());
		locations.add(v.postLocation());

		assertThat(statuses).containsOnly(303);
		assertThat(locations.subList(0, locations.size() - 1)).allSatisfy(l -> assertThat(l).matches(QuestionnaireVisitor.STEP_PATH));
		assertThat(locations.get(locations.size() - 1)).matches("/results/[A-Za-z0-9_-]{32}");
		assertThat(locations.subList(0, locations.size() - 1)).extracting(l -> l.substring(l.lastIndexOf('/') + 1))
			.containsExactly("1", "2", "1", "2", "3", "3");
		for (String location : locations) {
			assertThat(location).doesNotContain("?").doesNotContain("=");
			answers.forEach((question, option) -> assertThat(location).doesNotContain(question));
		}
	}

	private static void record(QuestionnaireVisitor v, List<Integer> statuses, List<String> locations) {
		statuses.add(v.postStatus());
		locations.add(v.postLocation());
	}

	@Test
	void missingAnswersAreShownOnTheRedirectedPageAndStaySaved() throws Exception {
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).start().choose("trauma", "no").press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.status()).isEqualTo(200);
		assertThat(v.step()).isEqualTo(1);
		assertThat(v.page().selectFirst("div.error-summary")).isNotNull();
		assertThat(v.page().selectFirst("div.error-summary").hasAttr("autofocus")).isTrue();
		assertThat(v.checked("trauma", "no")).isTrue();
		// reloading the address shows the same: nothing lives in the post
		v.open("/assessment/" + v.draftId() + "/1");
		assertThat(v.page().select("div.error-summary a")).isNotEmpty();
		assertThat(v.lastResult().getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void theDraftIsDeletedWhenTheResultIsStoredAndItsStepsAreThenGone() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).start();
		String id = v.draftId();
		String result = v.completeWith(answers);
		assertThat(result).matches("/results/[A-Za-z0-9_-]{32}");
		assertThat(result).doesNotContain(id);
		assertThat(drafts.existsById(id)).isFalse();
		assertThat(assessments.find(result.substring("/results/".length()))).isPresent();

		// the browser's Back from the result: a gentle page, not an error
		v.open("/assessment/" + id + "/3");
		assertGone(v);
		// a post from a page still open elsewhere does not start halfway
		v.submitTo("/assessment/" + id + "/2", Map.of(), "next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertGone(v);
		assertThat(drafts.existsById(id)).isFalse();
	}

	@Test
	void anExpiredDraftIsGoneAtOnceAndThePurgeDeletesIt() throws Exception {
		String id = ResultIds.next();
		Draft old = new Draft(id);
		old.update(Map.of("trauma", "no"), null, Instant.now().minus(Duration.ofMinutes(31)));
		drafts.save(old);

		for (int step = 1; step <= 3; step++) {
			assertGone(new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/" + step));
		}
		String fresh = ResultIds.next();
		Draft recent = new Draft(fresh);
		recent.update(Map.of("trauma", "no"), null, Instant.now().minus(Duration.ofMinutes(29)));
		drafts.save(recent);
		assertThat(new QuestionnaireVisitor(mvc).open("/assessment/" + fresh + "/2").status()).isEqualTo(200);

		assertThat(assessments.deleteDraftsUpdatedBefore(Instant.now().minus(Duration.ofMinutes(30)), 500))
			.isGreaterThanOrEqualTo(1);
		assertThat(drafts.existsById(id)).isFalse();
		assertThat(drafts.existsById(fresh)).isTrue();
	}

	@Test
	void badIdsAndStepsAre404() throws Exception {
		for (String path : List.of("/assessment/short/1", "/assessment/" + "x".repeat(33) + "/1",
				"/assessment/" + ResultIds.next() + "/4", "/assessment/" + ResultIds.next() + "/0",
				"/assessment/" + ResultIds.next() + "/2")) {
			assertGone(new QuestionnaireVisitor(mvc).open(path));
		}
	}

	@Test
	void tamperedInputIs400AndStoresNoDraft() throws Exception {
		String id = ResultIds.next();
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/1");
		Map<String, String> fields = new LinkedHashMap<>(v.answerShown(SeedAnswers.quiet()).formFields());
		fields.put("trauma", "sometimes");
		v.submit(fields, "next");
		assertThat(v.postStatus()).isEqualTo(400);
		assertThat(v.page().getElementById("trauma-error")).isNotNull();
		assertThat(drafts.existsById(id)).isFalse();

		fields.put("trauma", "no");
		fields.put("no-such-question", "yes");
		v.submit(fields, "back");
		assertThat(v.postStatus()).isEqualTo(400);
		assertThat(drafts.existsById(id)).isFalse();
	}

	private static void assertGone(QuestionnaireVisitor v) {
		assertThat(v.status()).isEqualTo(404);
		Document page = v.page();
		assertThat(page.selectFirst("main.draft-gone h1")).isNotNull();
		assertThat(page.selectFirst("main.draft-gone a.button").attr("href")).isEqualTo("/assessment");
		assertThat(page.text()).contains("30 minutes");
		assertThat(page.selectFirst("form#questionnaire")).isNull();
	}
}
