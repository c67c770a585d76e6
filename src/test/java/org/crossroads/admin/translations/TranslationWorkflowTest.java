package org.crossroads.admin.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.publishing.DraftVisibilityTest;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.translation.SafetyTexts;
import org.crossroads.ruleset.translation.TextKeys;

/**
 * The editors' translation workflow: how each text stands per language, translating into the draft,
 * texts that keep people safe holding a publish (other texts only warn), switching a language on and
 * off for visitors, and the preview in a language.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class TranslationWorkflowTest extends AdminTestSupport {

	private static final String SELF_HARM_PROMPT = TextKeys.prompt("self-harm");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeedHasEveryTextOfSpanishCurrent() throws Exception {
		Document page = page("/admin/translations?language=es");
		assertThat(page.getElementById("translation-counts").text()).contains("Outdated: 0.").contains("Missing: 0.");
		assertThat(page.select("#translations > li")).hasSize(TranslationsController.PAGE_SIZE)
			.allMatch(li -> li.attr("data-status").equals("CURRENT"));
		// the texts come a page at a time; the last page has the rest, and no page beyond it
		assertThat(page.getElementById("translation-page").text()).startsWith("Page 1 of ");
		Document last = page("/admin/translations?language=es&filter=all&page=999");
		assertThat(last.getElementById("translation-page").text()).matches("Page (\\d+) of \\1\\.");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).contains("page=");
		assertThat(page("/admin/translations?language=es&page=x").getElementById("translation-page").text())
			.startsWith("Page 1 of ");
		Document selfHarm = page("/admin/translations?language=es&text=" + SELF_HARM_PROMPT);
		assertThat(selfHarm.getElementById("t-" + SELF_HARM_PROMPT).attr("data-safety")).isEqualTo("true");
		assertThat(selfHarm.getElementById("t-" + SELF_HARM_PROMPT).text()).contains("Keeps people safe").contains("Current");
		Document needsWork = page("/admin/translations?language=es&filter=needs-work");
		assertThat(needsWork.getElementById("translations-none")).isNotNull();
		assertThat(needsWork.select("nav a[lang=es]").attr("href")).isEqualTo("/admin/translations?language=es&filter=needs-work");
		Element spanish = page("/admin/languages").getElementById("language-es");
		assertThat(spanish.text()).contains("Live").contains("Outdated: 0. Missing: 0.");
		assertThat(page("/admin/languages").getElementById("language-en").select("form")).isEmpty();
	}

	@Test
	void anEnglishChangeShowsItsTranslationOutdatedAndOnlyWarnsUnlessItKeepsPeopleSafe() throws Exception {
		QuestionEntity question = ordinaryQuestionWithHelp();
		Map<String, String> fields = DraftVisibilityTest.questionFields(question, question.getPrompt());
		fields.put("help", "Think of the last few weeks, not only today.");
		postForm("/admin/questions/" + question.getId(), fields).andExpect(status().is3xxRedirection());

		Document list = page("/admin/translations?language=es&filter=needs-work");
		Element line = list.getElementById("t-" + TextKeys.help(question.getKey()));
		assertThat(line).isNotNull();
		assertThat(line.attr("data-status")).isEqualTo("OUTDATED");
		assertThat(line.text()).contains("Outdated: the English changed").doesNotContain("Keeps people safe")
			.contains("Think of the last few weeks");
		assertThat(list.select("#translations > li")).hasSize(1);
		assertThat(list.getElementById("translation-counts").text()).contains("Outdated: 1.");

		Document preview = page("/admin/preview");
		assertThat(preview.getElementById("translations-blocking")).isNull();
		assertThat(preview.getElementById("translations-warnings").text()).contains("Español: outdated 1, missing 0");
		assertThat(preview.select("#translations-warnings a").attr("href")).contains("/admin/translations?language=es");

		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "New help, Spanish to follow")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
	}

	@Test
	void aSafetyTextHoldsPublishingUntilItIsTranslated() throws Exception {
		QuestionEntity selfHarm = question("self-harm");
		String english = selfHarm.getPrompt() + " Answer for the last two weeks.";
		postForm("/admin/questions/" + selfHarm.getId(), DraftVisibilityTest.questionFields(selfHarm, english))
			.andExpect(status().is3xxRedirection());

		Document preview = page("/admin/preview");
		assertThat(preview.getElementById("translations-blocking").text()).contains("Español")
			.contains(SELF_HARM_PROMPT).contains("outdated");
		assertThat(preview.select("#translations-blocking a").attr("href"))
			.isEqualTo("/admin/translations?language=es&filter=needs-work#t-" + SELF_HARM_PROMPT);
		int before = latestNumber();
		String refused = postForm("/admin/publish", Map.of("note", "Self-harm prompt")).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		Element refusal = Jsoup.parse(refused).getElementById("refusal");
		assertThat(refusal.text()).contains("live language").contains("Español: " + SELF_HARM_PROMPT);
		assertThat(refusal.select("a").attr("href")).contains("/admin/translations");
		assertThat(latestNumber()).isEqualTo(before);

		Element form = page("/admin/translations?language=es&filter=needs-work").getElementById("t-" + SELF_HARM_PROMPT);
		assertThat(form.select("input[name=source]").val()).isEqualTo(english);
		String spanish = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido pensamientos de que estaría mejor "
				+ "muerto(a) o de lastimarse de alguna manera? Responda por las últimas dos semanas.";
		postForm("/admin/translations", Map.of("language", "es", "key", SELF_HARM_PROMPT, "source", english, "body", spanish,
				"filter", "needs-work"))
			.andExpect(status().is3xxRedirection());
		Element saved = page("/admin/translations?language=es&text=" + SELF_HARM_PROMPT).getElementById("t-" + SELF_HARM_PROMPT);
		assertThat(saved.attr("data-status")).isEqualTo("CURRENT");
		assertThat(saved.selectFirst("textarea").text()).isEqualTo(spanish);
		assertThat(auditEvents.findAll()).anyMatch(e -> e.getSubject().contains(SELF_HARM_PROMPT)
				&& spanish.equals(e.getAfter()) && "editor".equals(e.getActor()));

		assertThat(page("/admin/preview").getElementById("translations-blocking")).isNull();
		safety.approve(null, "second-editor");
		postForm("/admin/publish", Map.of("note", "Self-harm prompt, in Spanish too")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
		assertThat(published.current().rules().questions().stream().filter(q -> q.key().equals("self-harm")).findFirst()
			.orElseThrow().prompt()).isEqualTo(english);
	}

	@Test
	void translatingAloneMakesADraftThatCanBePublished() throws Exception {
		String key = "question." + ordinaryQuestionWithHelp().getKey() + ".help";
		String english = ordinaryQuestionWithHelp().getHelp();
		postForm("/admin/translations", Map.of("language", "es", "key", key, "source", english, "body", "Otra ayuda.",
				"filter", "all"))
			.andExpect(status().is3xxRedirection());
		assertThat(draftExists()).isTrue();
		Document preview = page("/admin/preview");
		assertThat(preview.getElementById("translations-ok")).isNotNull();
		int before = latestNumber();
		postForm("/admin/publish", Map.of("note", "Spanish help reworded")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
		// the cleanup compares content in English: take the translation back out by hand
		drafts.discard("test");
		publishing.restore(1, "back", "test");
	}

	/** A wrong number is as dangerous in Spanish: a changed translation of a crisis line waits for a second editor. */
	@Test
	void aChangedTranslationOfACrisisLineNeedsASecondEditorsApproval() throws Exception {
		String key = "crisis.1.contact";
		String english = page("/admin/translations?language=es&text=" + key).getElementById("t-" + key)
			.select("input[name=source]").val();
		postForm("/admin/translations", Map.of("language", "es", "key", key, "source", english,
				"body", "Llama al 000 o escribe al 000.", "filter", "all"))
			.andExpect(status().is3xxRedirection());
		int before = latestNumber();
		assertThat(postForm("/admin/publish", Map.of("note", "Spanish crisis line")).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString()).contains("no second editor has approved these changes");
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(page("/admin/preview").getElementById("safety-changes").text()).contains("es " + key);

		safety.approve(null, "second-editor");
		postForm("/admin/publish", Map.of("note", "Spanish crisis line")).andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);
		assertThat(published.current("es").site().crisisResources().get(0).contact()).isEqualTo("Llama al 000 o escribe al 000.");
		// the history compares the translations too
		assertThat(page("/admin/history/diff?from=" + before + "&to=" + (before + 1)).selectFirst("main").text())
			.contains("es " + key).contains("Llama al 000 o escribe al 000.");
		drafts.discard("test");
		publishing.restore(1, "back", "test");
	}

	@Test
	void badTranslationsAreRefusedBesideTheTextAndNothingIsStored() throws Exception {
		String english = question("self-harm").getPrompt();
		Map<String, String> good = Map.of("language", "es", "key", SELF_HARM_PROMPT, "source", english, "body", "x",
				"filter", "all");
		for (String body : List.of("", "   ", "x".repeat(4001), "a\u0000b")) {
			Map<String, String> fields = new java.util.HashMap<>(good);
			fields.put("body", body);
			MockHttpServletResponse response = postForm("/admin/translations", fields).andExpect(status().isBadRequest())
				.andReturn().getResponse();
			Element line = Jsoup.parse(response.getContentAsString()).getElementById("t-" + SELF_HARM_PROMPT);
			assertThat(line.select(".field-error").text()).contains("Nothing was saved");
			assertThat(line.selectFirst("textarea").attr("aria-invalid")).isEqualTo("true");
		}
		Map<String, String> unknown = new java.util.HashMap<>(good);
		unknown.put("key", "question.no-such-question.prompt");
		assertThat(Jsoup.parse(postForm("/admin/translations", unknown).andExpect(status().isBadRequest()).andReturn()
			.getResponse().getContentAsString()).getElementById("translation-refusal").text()).contains("not in the draft");
		Map<String, String> source = new java.util.HashMap<>(good);
		source.put("language", "en");
		postForm("/admin/translations", source).andExpect(status().isBadRequest());
		Map<String, String> stale = new java.util.HashMap<>(good);
		stale.put("source", "Some older English");
		postForm("/admin/translations", stale).andExpect(status().isConflict());
		assertThat(draftExists()).isFalse();
	}

	@Test
	void aLanguageGoesOffAndOnForVisitorsAndOnlyWithItsSafetyTextsTranslated() throws Exception {
		assertThat(visitorPage()).contains("lang=\"es\"").contains("class=\"language-switch\"");
		try {
			postForm("/admin/languages", Map.of("code", "es", "live", "false"))
				.andExpect(status().is3xxRedirection());
			assertThat(languages.find("es").orElseThrow().live()).isFalse();
			String english = visitorPage();
			assertThat(english).contains("<html lang=\"en\"").doesNotContain("class=\"language-switch\"");
			postForm("/admin/languages", Map.of("code", "en", "live", "false")).andExpect(status().isBadRequest());
			assertThat(languages.source().live()).isTrue();

			RuleSetEntity latest = drafts.latestPublished();
			Map<String, Object> row = jdbc.queryForMap(
					"SELECT text_key, language, body, source_text FROM text_translation WHERE rule_set_id = ? AND text_key = ? AND language = 'es'",
					latest.getId(), "crisis.1.contact");
			jdbc.update("DELETE FROM text_translation WHERE rule_set_id = ? AND text_key = ? AND language = 'es'",
					latest.getId(), "crisis.1.contact");
			try {
				assertThat(page("/admin/languages").getElementById("language-es").text())
					.contains("Missing: 1.").contains("keep people safe that need work: 1");
				String refused = postForm("/admin/languages", Map.of("code", "es", "live", "true"))
					.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
				assertThat(Jsoup.parse(refused).getElementById("language-refusal").text()).contains("crisis.1.contact");
				assertThat(languages.find("es").orElseThrow().live()).isFalse();
			}
			finally {
				jdbc.update("INSERT INTO text_translation (rule_set_id, text_key, language, body, source_text) VALUES (?, ?, ?, ?, ?)",
						latest.getId(), row.get("text_key"), row.get("language"), row.get("body"), row.get("source_text"));
			}
			postForm("/admin/languages", Map.of("code", "es", "live", "true")).andExpect(status().is3xxRedirection());
			assertThat(visitorPage()).contains("lang=\"es\"").contains("class=\"language-switch\"");
			assertThat(auditEvents.findAll()).anyMatch(e -> e.getSubject().equals("Language Español (es)")
					&& "not live for visitors".equals(e.getAfter()));
		}
		finally {
			if (!languages.find("es").orElseThrow().live()) {
				languages.setLive("es", true);
			}
		}
	}

	@Test
	void thePreviewShowsTheDraftsQuestionsInALanguage() throws Exception {
		Document preview = page("/admin/preview");
		assertThat(preview.select("#preview-languages a").eachText()).contains("English", "Español");
		assertThat(preview.getElementById("in-language")).isNull();
		Document spanish = page("/admin/preview?language=es");
		Element shown = spanish.getElementById("in-language");
		assertThat(shown.text()).contains("Pensamientos de que estaría mejor muerto(a)");
		assertThat(shown.selectFirst("[lang=es]")).isNotNull();
		assertThat(page("/admin/preview/questionnaire?language=es").getElementById("questionnaire").text())
			.contains("Pensamientos de que estaría mejor muerto(a)");
	}

	@Test
	void safetyTextsAreTheCrisisLinesUrgentSupportAndWhatSafetyCriteriaAsk() {
		RuleSetEntity seed = reader.working().ruleSet();
		transactions.executeWithoutResult(tx -> {
			RuleSetEntity r = ruleSets.findById(seed.getId()).orElseThrow();
			assertThat(SafetyTexts.isSafety(r, "crisis.3.contact")).isTrue();
			assertThat(SafetyTexts.isSafety(r, "headline.URGENT_SUPPORT")).isTrue();
			assertThat(SafetyTexts.isSafety(r, "list.NEXT_STEP_URGENT_SUPPORT.1")).isTrue();
			assertThat(SafetyTexts.isSafety(r, SELF_HARM_PROMPT)).isTrue();
			assertThat(SafetyTexts.isSafety(r, "option.self-harm.several-days.label")).isTrue();
			assertThat(SafetyTexts.isSafety(r, "headline.THERAPY")).isFalse();
			assertThat(SafetyTexts.isSafety(r, "list.NEXT_STEP_THERAPY.1")).isFalse();
			assertThat(SafetyTexts.isSafety(r, TextKeys.prompt("phq2-mood"))).isFalse();
			r.getCriteria().stream().filter(c -> c.getPathway() == org.crossroads.rules.Pathway.SAFETY)
				.forEach(c -> assertThat(SafetyTexts.isSafety(r, TextKeys.criterionTitle(c.getCode()))).isTrue());
		});
	}

	private String visitorPage() throws Exception {
		return mvc.perform(get("/").header("Accept-Language", "es-ES,es;q=0.9")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private QuestionEntity question(String key) {
		return reader.working().questions().stream().filter(q -> q.getKey().equals(key)).findFirst().orElseThrow();
	}

	private QuestionEntity ordinaryQuestionWithHelp() {
		RuleSetEntity working = reader.working().ruleSet();
		return transactions.execute(tx -> {
			RuleSetEntity r = ruleSets.findById(working.getId()).orElseThrow();
			String key = r.getSections().stream().flatMap(s -> s.getQuestions().stream())
				.filter(q -> q.getHelp() != null && !q.getHelp().isBlank()
						&& !SafetyTexts.isSafety(r, TextKeys.help(q.getKey())))
				.findFirst().orElseThrow().getKey();
			return question(key);
		});
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s", url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}
}
