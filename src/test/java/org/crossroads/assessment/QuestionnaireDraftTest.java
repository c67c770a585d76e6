package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

	@Autowired
	StoredResultRepository results;

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
	void finishingKeepsNoAnswersInTheDraftAndASecondFinishLeadsToTheSameResult() throws Exception {
		Map<String, String> answers = SeedAnswers.quiet();
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).start();
		String id = v.draftId();
		v.answerShown(answers).press("next").answerShown(answers).press("next");
		Map<String, String> lastStep = v.answerShown(answers).formFields();
		long stored = results.count();
		v.submit(lastStep, "finish");
		String result = v.postLocation();
		assertThat(result).matches("/results/[A-Za-z0-9_-]{32}").doesNotContain(id);
		String resultId = result.substring("/results/".length());
		assertThat(assessments.find(resultId)).isPresent();
		Draft finished = drafts.findById(id).orElseThrow();
		assertThat(finished.getAnswers()).as("the answers live in the result only").isEmpty();
		assertThat(finished.getResultId()).isEqualTo(resultId);

		// a double tap on Finish, or the same page open in another tab: the same result, stored once
		v.submitTo("/assessment/" + id + "/3", lastStep, "finish");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(v.postLocation()).isEqualTo(result);
		v.submitTo("/assessment/" + id + "/2", Map.of(), "next");
		assertThat(v.postLocation()).isEqualTo(result);
		assertThat(results.count()).isEqualTo(stored + 1);

		// the browser's Back from the result: a page that leads to it, or to a new start
		for (int step = 1; step <= 3; step++) {
			v.open("/assessment/" + id + "/" + step);
			assertThat(v.status()).isEqualTo(200);
			assertThat(v.page().selectFirst("main.draft-finished a#see-result").attr("href")).isEqualTo(result);
			assertThat(v.page().selectFirst("form#questionnaire")).isNull();
		}

		// deleting the result takes the finished draft with it
		assertThat(assessments.delete(resultId)).isTrue();
		assertThat(drafts.existsById(id)).isFalse();
		assertGone(v.open("/assessment/" + id + "/3"));
	}

	@Test
	void finishesOfOneDraftAtTheSameMomentStoreOneResult() throws Exception {
		Map<String, String> answers = SeedAnswers.therapy();
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).start();
		String id = v.draftId();
		v.answerShown(answers).press("next").answerShown(answers).press("next");
		Map<String, String> lastStep = v.answerShown(answers).formFields();
		long stored = results.count();

		int taps = 4;
		CyclicBarrier together = new CyclicBarrier(taps);
		ExecutorService pool = Executors.newFixedThreadPool(taps);
		try {
			List<Future<String>> locations = new ArrayList<>();
			for (int i = 0; i < taps; i++) {
				locations.add(pool.submit(() -> {
					together.await();
					QuestionnaireVisitor tap = new QuestionnaireVisitor(mvc);
					tap.submitTo("/assessment/" + id + "/3", lastStep, "finish");
					assertThat(tap.postStatus()).isEqualTo(303);
					return tap.postLocation();
				}));
			}
			Set<String> seen = new HashSet<>();
			for (Future<String> location : locations) {
				seen.add(location.get(60, TimeUnit.SECONDS));
			}
			assertThat(seen).hasSize(1);
			assertThat(seen.iterator().next()).matches("/results/[A-Za-z0-9_-]{32}");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(results.count()).isEqualTo(stored + 1);
	}

	@Test
	void aDraftFinishedMoreThanTenMinutesAgoIsGoneAndItsAddressCanStartAgain() throws Exception {
		String resultId = ResultIds.next();
		String id = ResultIds.next();
		Draft old = new Draft(id);
		old.finish(resultId, Instant.now().minus(QuestionnaireDrafts.FINISHED_KEPT).minusSeconds(60));
		drafts.save(old);

		for (int step = 1; step <= 3; step++) {
			QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/" + step);
			if (step > 1) {
				assertGone(v);
			}
			assertThat(v.page().text()).doesNotContain(resultId);
		}
		// a new start under the same address takes answers again
		QuestionnaireVisitor v = new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/1");
		v.choose("trauma", "no").press("next");
		assertThat(v.postStatus()).isEqualTo(303);
		assertThat(drafts.findById(id).orElseThrow().getResultId()).isNull();
		assertThat(drafts.findById(id).orElseThrow().getAnswers()).containsExactly(Map.entry("trauma", "no"));
	}

	@Test
	void anExpiredDraftIsGoneAtOnceAndThePurgeDeletesIt() throws Exception {
		String id = ResultIds.next();
		Draft old = new Draft(id);
		old.update(Map.of("trauma", "no"), null, 1, false, Instant.now().minus(Duration.ofMinutes(31)));
		drafts.save(old);

		for (int step = 1; step <= 3; step++) {
			assertGone(new QuestionnaireVisitor(mvc).open("/assessment/" + id + "/" + step));
		}
		String fresh = ResultIds.next();
		Draft recent = new Draft(fresh);
		recent.update(Map.of("trauma", "no"), null, 1, false, Instant.now().minus(Duration.ofMinutes(29)));
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

	private static QuestionnaireVisitor assertGone(QuestionnaireVisitor v) {
		assertThat(v.status()).isEqualTo(404);
		Document page = v.page();
		assertThat(page.selectFirst("main.draft-gone h1")).isNotNull();
		assertThat(page.selectFirst("main.draft-gone a.button").attr("href")).isEqualTo("/assessment");
		assertThat(page.text()).contains("30 minutes");
		assertThat(page.selectFirst("form#questionnaire")).isNull();
		return v;
	}
}
