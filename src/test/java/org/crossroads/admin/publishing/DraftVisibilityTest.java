package org.crossroads.admin.publishing;

import org.crossroads.SeedAnswers;
import org.crossroads.admin.editing.Items;
import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.AdminTestSupport;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetStatus;
import org.crossroads.ruleset.published.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Edits go to a draft that visitors and the API do not see until it is published. */
@WithMockUser(username = "editor", roles = "EDITOR")
public class DraftVisibilityTest extends AdminTestSupport {

	@Test
	void theFirstEditStartsADraftThatVisitorsAndTheApiDoNotSee() throws Exception {
		int version = latestNumber();
		assertThat(draftExists()).isFalse();
		ContentReader.Loaded published = reader.working();
		CriterionEntity stuck = criterion(published, "coaching.stuck");
		QuestionEntity focus = question(published, "focus");

		postForm("/admin/criteria/" + stuck.getId(), criterionFields(stuck, "Draft title for stuck", 3))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/criteria/*?saved"));
		// The question page of the published version, saved after the draft exists: goes to the draft's copy.
		postForm("/admin/questions/" + focus.getId(), questionFields(focus, "Draft prompt for focus"))
			.andExpect(status().is3xxRedirection());

		ContentReader.Loaded draft = reader.working();
		assertThat(draft.draft()).isTrue();
		assertThat(draft.ruleSet().getNumber()).isNull();
		assertThat(criterion(draft, "coaching.stuck").getTitle()).isEqualTo("Draft title for stuck");
		assertThat(criterion(draft, "coaching.stuck").getId()).isNotEqualTo(stuck.getId());
		assertThat(question(draft, "focus").getPrompt()).isEqualTo("Draft prompt for focus");

		// The API keeps answering from the published version.
		mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(json(SeedAnswers.stuck())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ruleSetVersion").value(version))
			.andExpect(jsonPath("$.matchedCriteria[0].title").value(stuck.getTitle()));
		mvc.perform(get("/api/v1/questionnaire"))
			.andExpect(jsonPath("$.version").value(version))
			.andExpect(jsonPath("$.sections[*].questions[*].prompt", not(hasItem("Draft prompt for focus"))));
		assertThat(this.published.current().version()).isEqualTo(version);
		assertThat(this.published.current().rules().criterion("coaching.stuck").orElseThrow().title())
			.isEqualTo(stuck.getTitle());
		// and the published version itself was not touched
		assertThat(criterion(reader.locate(CriterionEntity.class, stuck.getId(), CriterionEntity::getRuleSet).loaded(),
				"coaching.stuck").getTitle()).isEqualTo(stuck.getTitle());
	}

	@Test
	void laterEditsGoToTheSameDraftWhichStartedAsAnExactCopy() throws Exception {
		ContentReader.Loaded published = reader.working();
		CriterionEntity stuck = criterion(published, "coaching.stuck");
		CriterionEntity growth = criterion(published, "coaching.growth-plan");
		postForm("/admin/criteria/" + stuck.getId(), criterionFields(stuck, stuck.getTitle(), 4))
			.andExpect(status().is3xxRedirection());
		ContentReader.Loaded draft = reader.working();
		// An editor whose page still shows the published version edits another, untouched criterion.
		postForm("/admin/criteria/" + growth.getId(), criterionFields(growth, growth.getTitle(), 2))
			.andExpect(status().is3xxRedirection());

		assertThat(ruleSets.findAll().stream().filter(r -> r.getStatus() == RuleSetStatus.DRAFT)).hasSize(1);
		ContentReader.Loaded after = reader.working();
		assertThat(after.ruleSet().getId()).isEqualTo(draft.ruleSet().getId());
		assertThat(criterion(after, "coaching.growth-plan").getWeight()).isEqualTo(2);
		assertThat(after.testCases()).extracting(TestCaseEntity::getName)
			.containsExactlyElementsOf(published.testCases().stream().map(TestCaseEntity::getName).toList());
		// Apart from the two weights, the draft is the published version: same questions, criteria, texts, cases.
		var changes = VersionDiff.between(Snapshots.of(published.ruleSet()), Snapshots.of(after.ruleSet()),
				DraftPreview.caseData(published.testCases()), DraftPreview.caseData(after.testCases()));
		assertThat(changes).extracting(Change::item, Change::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("coaching.stuck", "weight"),
					org.assertj.core.groups.Tuple.tuple("coaching.growth-plan", "weight"));
	}

	@Test
	void draftsStartedAtOnceByTwoEditorsAreOneDraft() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(() -> drafts.startOrGet("editor-a").getId());
			var b = pool.submit(() -> drafts.startOrGet("editor-b").getId());
			assertThat(a.get()).isEqualTo(b.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(ruleSets.findAll().stream().filter(r -> r.getStatus() == RuleSetStatus.DRAFT)).hasSize(1);
	}

	public static CriterionEntity criterion(ContentReader.Loaded loaded, String code) {
		return loaded.criteria().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
	}

	public static QuestionEntity question(ContentReader.Loaded loaded, String key) {
		return loaded.questions().stream().filter(q -> q.getKey().equals(key)).findFirst().orElseThrow();
	}

	public static Map<String, String> questionFields(QuestionEntity q, String prompt) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("lockVersion", String.valueOf(q.getLockVersion()));
		fields.put("prompt", prompt);
		fields.put("shortLabel", q.getShortLabel());
		fields.put("help", q.getHelp() == null ? "" : q.getHelp());
		fields.put("position", String.valueOf(q.getPosition()));
		if (q.isRequired()) {
			fields.put("required", "true");
		}
		fields.put("scale", q.getScaleKey() == null ? "" : q.getScaleKey());
		var options = Items.sorted(q.getOptions(), o -> o.getPosition(), o -> o.getId());
		for (int i = 0; i < options.size(); i++) {
			fields.put("options[" + i + "].key", options.get(i).getKey());
			fields.put("options[" + i + "].label", options.get(i).getLabel());
			fields.put("options[" + i + "].position", String.valueOf(options.get(i).getPosition()));
			fields.put("options[" + i + "].score", String.valueOf(options.get(i).getScore()));
		}
		return fields;
	}

	public static Map<String, String> criterionFields(CriterionEntity c, String title, int weight) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("lockVersion", String.valueOf(c.getLockVersion()));
		fields.put("title", title);
		fields.put("reason", c.getReason());
		fields.put("pathway", c.getPathway().name());
		fields.put("weight", String.valueOf(weight));
		if (c.isClinical()) {
			fields.put("clinical", "true");
		}
		if (c.isExclusive()) {
			fields.put("exclusive", "true");
		}
		if (c.isActive()) {
			fields.put("active", "true");
		}
		fields.put("match", c.getMatch().name());
		fields.put("position", String.valueOf(c.getPosition()));
		return fields;
	}
}
