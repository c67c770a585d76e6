package org.crossroads.ruleset;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.Snapshots;
import org.crossroads.ruleset.published.SiteContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;
import org.crossroads.rules.SeedRules;

/**
 * The Flyway seed, read back through the entities and {@link Snapshots}, is exactly the fresh
 * install that design/questionnaire.md describes, with the article's content beside it. Runs on
 * the database of the active profile (H2 file by default, PostgreSQL with {@code postgres}).
 */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class SeedSnapshotTest {

	private static final List<String> FREQUENCY = List.of("not-at-all", "several-days", "more-than-half",
			"nearly-every-day");

	@Autowired
	private RuleSetRepository ruleSets;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	private RuleSetEntity entity;

	private ContentSnapshot seed;

	@BeforeEach
	void readVersionOne() {
		entity = ruleSets.findByNumber(1).orElseThrow();
		seed = Snapshots.of(entity);
	}

	@Test
	void versionOneIsPublishedWithThresholdsThreeAndThree() {
		assertThat(entity.getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);
		assertThat(seed.version()).isEqualTo(1);
		assertThat(seed.rules().thresholds().therapy()).isEqualTo(3);
		assertThat(seed.rules().thresholds().coaching()).isEqualTo(3);
	}

	@Test
	void sectionsAndQuestionsInOrder() {
		assertThat(seed.rules().sections()).extracting(Section::key, Section::title).containsExactly(
				tuple("wellbeing", "How you have been feeling"),
				tuple("goals", "What you are looking for"),
				tuple("practical", "Practical needs"));
		assertThat(questionKeys("wellbeing")).containsExactly("daily-functioning", "phq2-interest", "phq2-mood",
				"gad2-nervous", "gad2-worry", "self-harm", "diagnosed-condition", "grief-addiction", "trauma");
		assertThat(questionKeys("goals")).containsExactly("understand-why", "focus", "feeling-stuck", "growth-goal",
				"performance", "accountability");
		assertThat(questionKeys("practical")).containsExactly("documentation", "insurance", "format");
	}

	@Test
	void promptsAreTheSpecsWording() {
		Map<String, String> prompts = Map.ofEntries(
				Map.entry("daily-functioning", "Over the past month, how much have your feelings got in the way of your daily life? Think of work or study, friends and family, sleep, and looking after yourself."),
				Map.entry("phq2-interest", "Over the last 2 weeks, how often have you been bothered by little interest or "
						+ "pleasure in doing things?"),
				Map.entry("phq2-mood", "Over the last 2 weeks, how often have you been bothered by feeling down, depressed, "
						+ "or hopeless?"),
				Map.entry("gad2-nervous", "Over the last 2 weeks, how often have you been bothered by feeling nervous, "
						+ "anxious, or on edge?"),
				Map.entry("gad2-worry", "Over the last 2 weeks, how often have you been bothered by not being able to stop "
						+ "or control worrying?"),
				Map.entry("self-harm", "Over the last 2 weeks, how often have you been bothered by thoughts that you would "
						+ "be better off dead, or of hurting yourself in some way?"),
				Map.entry("diagnosed-condition", "Has a doctor told you that you have a mental health problem such as depression, anxiety or PTSD? Or do you think you may have one?"),
				Map.entry("grief-addiction", "Are you grieving a loss, or do you have a problem with drink, drugs, gambling or another habit you cannot stop? And does it upset your daily life?"),
				Map.entry("trauma", "Is there a painful or traumatic experience that still affects you and that you would "
						+ "like to work through?"),
				Map.entry("understand-why", "Do you want to uncover the deeper \"why\" behind your emotions or patterns?"),
				Map.entry("focus", "Which matters more to you right now?"),
				Map.entry("feeling-stuck", "Do you feel stuck, and need clarity about your next steps?"),
				Map.entry("growth-goal", "Do you have a goal in your life or work that you want a clear plan for? For example, a new job, leading others, a project or a big change."),
				Map.entry("performance", "Is your life mostly going well, and you want to do even better?"),
				Map.entry("accountability", "Would it help you most right now to have a plan, a push, and someone to keep you on track?"),
				Map.entry("documentation", "Do you need a letter or report for time off sick, a claim, a court case or help at school or college?"),
				Map.entry("insurance", "Would you like to use health insurance to pay for support?"),
				Map.entry("format", "Which format appeals to you most?"));

		assertThat(seed.rules().questions()).hasSize(prompts.size())
			.allSatisfy(q -> assertThat(q.prompt()).as(q.key()).isEqualTo(prompts.get(q.key())));
	}

	@Test
	void everyQuestionHasAShortPlainLabel() {
		assertThat(seed.rules().questions()).extracting(Question::key, Question::shortLabel).contains(
				tuple("daily-functioning", "Daily life"), tuple("phq2-interest", "Interest or pleasure"),
				tuple("phq2-mood", "Feeling down"), tuple("gad2-nervous", "Nervous or on edge"),
				tuple("gad2-worry", "Worrying"), tuple("self-harm", "Thoughts of self-harm"));
		assertThat(seed.rules().questions()).allSatisfy(q -> assertThat(q.shortLabel()).as(q.key())
			.isNotBlank().hasSizeLessThan(40).doesNotContain("?").isNotEqualTo(q.prompt()));
		assertThat(seed.rules().questions()).extracting(Question::shortLabel).doesNotHaveDuplicates();
	}

	@Test
	void onlyInsuranceAndFormatAreOptional() {
		assertThat(seed.rules().questions()).filteredOn(q -> !q.required()).extracting(Question::key)
			.containsExactly("insurance", "format");
	}

	@Test
	void scalesAreThePhq2AndGad2Items() {
		assertThat(seed.rules().questions()).filteredOn(q -> q.scaleKey() != null)
			.extracting(Question::key, Question::scaleKey)
			.containsExactly(tuple("phq2-interest", "phq2"), tuple("phq2-mood", "phq2"), tuple("gad2-nervous", "gad2"),
					tuple("gad2-worry", "gad2"));
	}

	@Test
	void frequencyQuestionsScoreZeroToThree() {
		for (String key : List.of("phq2-interest", "phq2-mood", "gad2-nervous", "gad2-worry", "self-harm")) {
			assertThat(question(key).options()).as(key)
				.extracting(AnswerOption::key, AnswerOption::label, AnswerOption::score)
				.containsExactly(tuple("not-at-all", "Not at all", 0), tuple("several-days", "Several days", 1),
						tuple("more-than-half", "More than half the days", 2),
						tuple("nearly-every-day", "Nearly every day", 3));
		}
	}

	@Test
	void otherQuestionsHaveTheirOptionsInOrderAndScoreNothing() {
		Map<String, List<String>> options = Map.ofEntries(
				Map.entry("daily-functioning", List.of("not-at-all", "a-little", "quite-a-bit", "severely")),
				Map.entry("diagnosed-condition", List.of("yes", "not-sure", "no")),
				Map.entry("grief-addiction", List.of("yes", "no")),
				Map.entry("trauma", List.of("yes", "not-sure", "no")),
				Map.entry("understand-why", List.of("yes", "somewhat", "no")),
				Map.entry("focus", List.of("heal-past", "build-future", "both")),
				Map.entry("feeling-stuck", List.of("yes", "somewhat", "no")),
				Map.entry("growth-goal", List.of("yes", "no")),
				Map.entry("performance", List.of("yes", "no")),
				Map.entry("accountability", List.of("yes", "somewhat", "no")),
				Map.entry("documentation", List.of("yes", "no")),
				Map.entry("insurance", List.of("yes", "no", "not-sure")),
				Map.entry("format", List.of("one-to-one", "group-or-workshop", "no-preference")));

		options.forEach((key, keys) -> {
			assertThat(question(key).options()).as(key).extracting(AnswerOption::key).containsExactlyElementsOf(keys);
			assertThat(question(key).options()).as(key).extracting(AnswerOption::score).containsOnly(0);
		});
		assertThat(options.size() + 5).isEqualTo(seed.rules().questions().size());
	}

	@Test
	void labelsTheSpecSpellsOut() {
		assertThat(question("daily-functioning").options()).extracting(AnswerOption::label).containsExactly(
				"Not at all", "A little", "Quite a bit", "Severely: it is hard to get through the day");
		assertThat(question("diagnosed-condition").option("not-sure").orElseThrow().label()).isEqualTo("I'm not sure");
		assertThat(question("focus").options()).extracting(AnswerOption::label).containsExactly(
				"Healing or making sense of the past", "Building toward goals for the future", "Both equally");
		assertThat(question("format").options()).extracting(AnswerOption::label).containsExactly(
				"One-to-one sessions", "Group programs, workshops, retreats or online courses", "No preference");
		assertThat(seed.rules().questions()).allSatisfy(q -> assertThat(q.options())
			.allSatisfy(o -> assertThat(o.label()).as(q.key() + "/" + o.key()).isNotBlank()));
	}

	@Test
	void criteriaWithPathwayWeightFlagsAndMatchModeInOrder() {
		assertThat(seed.rules().criteria())
			.extracting(Criterion::code, Criterion::pathway, Criterion::weight, Criterion::clinical,
					Criterion::exclusive, Criterion::match, Criterion::active)
			.containsExactly(
					tuple("therapy.daily-life", Pathway.THERAPY, 3, true, false, MatchMode.ANY, true),
					tuple("therapy.mental-health", Pathway.THERAPY, 3, true, false, MatchMode.ANY, true),
					tuple("therapy.grief-addiction", Pathway.THERAPY, 3, true, false, MatchMode.ANY, true),
					tuple("therapy.trauma", Pathway.THERAPY, 3, true, false, MatchMode.ANY, true),
					tuple("therapy.deeper-why", Pathway.THERAPY, 3, false, false, MatchMode.ANY, true),
					tuple("therapy.documentation", Pathway.THERAPY, 3, false, true, MatchMode.ANY, true),
					tuple("therapy.insurance", Pathway.THERAPY, 1, false, false, MatchMode.ANY, true),
					tuple("coaching.stuck", Pathway.COACHING, 3, false, false, MatchMode.ANY, true),
					tuple("coaching.growth-plan", Pathway.COACHING, 3, false, false, MatchMode.ANY, true),
					tuple("coaching.performance", Pathway.COACHING, 3, false, false, MatchMode.ALL, true),
					tuple("coaching.forward-focus", Pathway.COACHING, 3, false, false, MatchMode.ANY, true),
					tuple("coaching.accountability", Pathway.COACHING, 2, false, false, MatchMode.ANY, true),
					tuple("coaching.group-formats", Pathway.COACHING, 1, false, false, MatchMode.ANY, true),
					tuple("safety.self-harm", Pathway.SAFETY, 0, false, false, MatchMode.ANY, true));
	}

	@Test
	void criteriaConditionsAreTheSpecsInOrder() {
		Map<String, List<Condition>> conditions = Map.ofEntries(
				Map.entry("therapy.daily-life", List.of(answer("daily-functioning", "quite-a-bit", "severely"))),
				Map.entry("therapy.mental-health", List.of(new Condition.ScoreAtLeast("phq2", 3),
						new Condition.ScoreAtLeast("gad2", 3), answer("diagnosed-condition", "yes"))),
				Map.entry("therapy.grief-addiction", List.of(answer("grief-addiction", "yes"))),
				Map.entry("therapy.trauma", List.of(answer("trauma", "yes"))),
				Map.entry("therapy.deeper-why", List.of(answer("understand-why", "yes"), answer("focus", "heal-past"))),
				Map.entry("therapy.documentation", List.of(answer("documentation", "yes"))),
				Map.entry("therapy.insurance", List.of(answer("insurance", "yes"))),
				Map.entry("coaching.stuck", List.of(answer("feeling-stuck", "yes"))),
				Map.entry("coaching.growth-plan", List.of(answer("growth-goal", "yes"))),
				Map.entry("coaching.performance", List.of(answer("performance", "yes"),
						answer("daily-functioning", "not-at-all", "a-little"))),
				Map.entry("coaching.forward-focus", List.of(answer("focus", "build-future"))),
				Map.entry("coaching.accountability", List.of(answer("accountability", "yes"))),
				Map.entry("coaching.group-formats", List.of(answer("format", "group-or-workshop"))),
				Map.entry("safety.self-harm", List.of(answer("self-harm", "several-days", "more-than-half",
						"nearly-every-day"))));

		assertThat(seed.rules().criteria()).hasSize(conditions.size()).allSatisfy(c -> assertThat(c.conditions())
			.as(c.code()).containsExactlyElementsOf(conditions.get(c.code())));
	}

	@Test
	void criteriaTitlesAndTheArticleSentencesBehindThem() {
		assertThat(seed.rules().criteria()).extracting(Criterion::code, Criterion::title).containsExactly(
				tuple("therapy.daily-life", "Your feelings are getting in the way of daily life"),
				tuple("therapy.mental-health", "Signs of low mood, anxiety or a mental health condition"),
				tuple("therapy.grief-addiction", "Grief or addiction is disrupting your life"),
				tuple("therapy.trauma", "A painful experience you want to work through"),
				tuple("therapy.deeper-why", "You want to understand where your feelings come from"),
				tuple("therapy.documentation", "You need a letter or report from an expert"),
				tuple("therapy.insurance", "You want to use health insurance"),
				tuple("coaching.stuck", "You feel stuck and want a clear next step"),
				tuple("coaching.growth-plan", "You have a goal and want a plan to reach it"),
				tuple("coaching.performance", "Life is going well and you want to do even better"),
				tuple("coaching.forward-focus", "Building toward the future matters most to you"),
				tuple("coaching.accountability", "Someone to keep you on track would help"),
				tuple("coaching.group-formats", "Group programs or workshops appeal to you"),
				tuple("safety.self-harm", "Thoughts of being better off dead or of hurting yourself"));
		assertThat(criterion("therapy.daily-life").reason())
			.isEqualTo("Choosing therapy is often necessary when emotional struggles interfere with daily living.");
		assertThat(criterion("therapy.documentation").reason()).isEqualTo("Therapists are authorized to supply medical "
				+ "documentation needed for insurance claims, court cases, or academic accommodations.");
		assertThat(criterion("therapy.trauma").reason()).isEqualTo("Therapists can also address unresolved trauma and "
				+ "help clients process emotional pain that interferes with daily living.");
		assertThat(criterion("therapy.deeper-why").reason()).startsWith("Therapy allows clients to process emotions");
		assertThat(seed.rules().criteria())
			.allSatisfy(c -> assertThat(c.reason()).as(c.code()).isNotBlank());
	}

	/**
	 * The title sums a criterion up; the reason quotes the article. Neither repeats the other, no
	 * reason says what another already says, and quotes and apostrophes are typographic.
	 */
	@Test
	void criteriaTitlesDifferFromTheirReasonsAndNoReasonRepeatsAnother() {
		List<Criterion> criteria = seed.rules().criteria();

		assertThat(criteria).allSatisfy(c -> {
			assertThat(c.titleRepeatsReason()).as(c.code()).isFalse();
			assertThat(Criterion.words(c.reason())).as(c.code()).doesNotContain(Criterion.words(c.title()));
			assertThat(c.title() + c.reason()).as(c.code()).doesNotContain("\"", "'");
		});
		for (Criterion a : criteria) {
			for (Criterion b : criteria) {
				if (a != b) {
					assertThat(Criterion.words(a.reason())).as(a.code() + " and " + b.code())
						.doesNotContain(Criterion.words(b.reason()));
				}
			}
		}
		assertThat(criteria).extracting(Criterion::title).doesNotHaveDuplicates();
	}

	@Test
	void equalsTheRulesEngineTestFixture() {
		RuleSet fixture = SeedRules.ruleSet();

		assertThat(seed.rules().criteria()).containsExactlyElementsOf(fixture.criteria());
		assertThat(seed.rules().thresholds()).isEqualTo(fixture.thresholds());
		// help texts are page content the spec leaves to the seed; the fixture has none
		assertThat(withoutHelp(seed.rules().sections())).containsExactlyElementsOf(withoutHelp(fixture.sections()));
	}

	@Test
	void crisisResourcesNameTheUsUkAndInternationalLines() {
		List<SiteContent.CrisisResource> crisis = seed.site().crisisResources();

		assertThat(crisis).anySatisfy(r -> {
			assertThat(r.regionCode()).isEqualTo("US");
			assertThat(r.contact()).contains("988").containsIgnoringCase("call").containsIgnoringCase("text");
			assertThat(r.telHref()).isEqualTo("tel:988");
			assertThat(r.smsHref()).isEqualTo("sms:988");
		});
		assertThat(crisis).anySatisfy(r -> {
			assertThat(r.regionCode()).isEqualTo("US");
			assertThat(r.contact()).contains("HOME").contains("741741");
			assertThat(r.smsHref()).isEqualTo("sms:741741?&body=HOME");
		});
		assertThat(crisis).anySatisfy(r -> {
			assertThat(r.regionCode()).isEqualTo("GB");
			assertThat(r.label()).isEqualTo("Samaritans");
			assertThat(r.telHref()).isEqualTo("tel:116123");
		});
		assertThat(crisis).anySatisfy(r -> {
			assertThat(r.international()).isTrue();
			assertThat(r.contact()).containsIgnoringCase("crisis lines in many countries");
			assertThat(r.url()).startsWith("https://");
			assertThat(r.hasNumber()).isFalse();
		});
		assertThat(crisis).allSatisfy(r -> assertThat(r.url()).as(r.label()).startsWith("https://"));
	}

	@Test
	void crisisResourcesCoverCanadaIrelandAustraliaNewZealandAndSpain() {
		List<SiteContent.CrisisResource> crisis = seed.site().crisisResources();

		// the lines answering in Spanish came after the directory; pages put the directory last by region
		assertThat(crisis).extracting(SiteContent.CrisisResource::regionCode)
			.containsExactly("US", "US", "GB", "GB", "CA", "IE", "AU", "NZ", "NZ", "INT", "US", "ES");
		assertThat(crisis).extracting(r -> r.telHref() + " " + r.smsHref()).containsExactly(
				"tel:988 sms:988", "null sms:741741?&body=HOME", "tel:116123 null", "null sms:85258?&body=SHOUT",
				"tel:988 sms:988", "tel:116123 null", "tel:131114 sms:0477131114", "tel:1737 sms:1737",
				"tel:0800543354 sms:4357", "null null", "tel:988 sms:988?&body=AYUDA", "tel:024 null");
	}

	@Test
	void everyLineAnswersInEnglishButTheSpanishLifelineAndSpainsLine024() {
		List<SiteContent.CrisisResource> crisis = seed.site().crisisResources();

		assertThat(crisis).filteredOn(r -> r.answersIn("es")).extracting(SiteContent.CrisisResource::label)
			.containsExactly("988 Suicide & Crisis Lifeline (Spanish)", "Línea 024 (suicide prevention line)");
		assertThat(crisis).filteredOn(r -> !r.answersIn("es"))
			.allSatisfy(r -> assertThat(r.language()).as(r.label()).isEqualTo("en"));
		assertThat(crisis).filteredOn(r -> r.regionCode().equals("ES"))
			.singleElement().satisfies(r -> assertThat(r.region()).isEqualTo("Spain"));
		assertThat(entity.getCrisisResources()).filteredOn(r -> r.getLanguage().equals("es"))
			.extracting(CrisisResourceEntity::getPosition).containsExactly(11, 12);
		assertThat(RuleSetCopy.draftOf(entity, java.time.Instant.now()).getCrisisResources())
			.extracting(CrisisResourceEntity::getLanguage).containsExactly("en", "en", "en", "en", "en", "en", "en",
					"en", "en", "en", "es", "es");
	}

	@Test
	void theSpanishLinesTextsHaveTheirSpanish() {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager.createNativeQuery("SELECT text_key, body, source_text FROM text_translation"
				+ " WHERE rule_set_id = ?1 AND language = 'es' AND text_key LIKE 'crisis.%' ORDER BY text_key")
			.setParameter(1, entity.getId()).getResultList();

		assertThat(rows).extracting(r -> r[0] + "=" + r[1] + " <- " + r[2]).contains(
				"crisis.11.region=Estados Unidos <- United States",
				"crisis.11.label=988 Suicide & Crisis Lifeline (en español) <- 988 Suicide & Crisis Lifeline (Spanish)",
				"crisis.11.contact=Llama al 988 y marca el 2, o envía AYUDA por mensaje al 988"
						+ " <- Call 988 and press 2, or text AYUDA to 988",
				"crisis.12.region=España <- Spain",
				"crisis.12.label=Línea 024 de atención a la conducta suicida <- Línea 024 (suicide prevention line)",
				"crisis.12.contact=Llama al 024, gratis, a cualquier hora <- Call 024, free, any time");
	}

	@Test
	void comparisonRowsAreTheArticlesTable() {
		assertThat(seed.site().comparison())
			.extracting(SiteContent.ComparisonRow::feature, SiteContent.ComparisonRow::therapy,
					SiteContent.ComparisonRow::coaching)
			.containsExactly(
					tuple("Purpose", "Healing from past & managing mental health", "Achieving goals & improving performance"),
					tuple("Licensing & Regulation", "Strictly licensed and regulated", "Unregulated, voluntary certification"),
					tuple("Scope of Work", "Mental illness, past harm that still hurts, emotional pain", "Life goals, productivity, mindset"),
					tuple("Payment Structure", "Per session, often insurance-based", "Prepaid packages, flexible pricing"),
					// the article's "state boards", made region-neutral
					tuple("Legal Protection & Oversight", "Yes, through boards and official lists",
							"Very little: you can complain as you would about any business"));
	}

	@Test
	void everyContentListHeadlineAndTheAboutPageHaveContent() {
		for (ContentList list : ContentList.values()) {
			assertThat(seed.site().list(list)).as(list.name()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
		}
		for (Outcome outcome : Outcome.values()) {
			assertThat(seed.site().headline(outcome)).as(outcome.name()).isNotBlank();
			assertThat(seed.site().nextSteps(outcome)).as(outcome.name()).isNotEmpty();
		}
		assertThat(seed.site().list(ContentList.SHARED_SKILL)).containsExactly(
				"A safe, private place to think things through",
				"Help to set goals you can really reach",
				"Checking progress so you keep going and stay on track",
				"Help to grow, to cope with hard times and to know yourself",
				"A warm working bond that helps you trust them");
		assertThat(seed.site().list(ContentList.BOTH_TOGETHER))
			.contains("Therapy and coaching can work well together when each keeps to its own role.");
		SiteContent.About about = seed.site().about();
		assertThat(about).isNotNull();
		assertThat(about.author()).contains("Anita Kantar");
		assertThat(about.lastReviewed()).isNotNull();
		assertThat(about.reviewPolicy()).isNotBlank();
		assertThat(about.instruments()).contains("PHQ").contains("GAD").contains("Spitzer");
	}

	/**
	 * The article's image captions carry unsourced statistics ("Reading for just 6 minutes can reduce
	 * stress levels by up to 68%" and the like): none of them, and no percentage at all, is seeded.
	 */
	@Test
	void noImageCaptionStatisticIsSeeded() {
		List<String> texts = allTexts(seed);

		assertThat(texts).hasSizeGreaterThan(150);
		assertThat(texts).allSatisfy(text -> {
			assertThat(text).doesNotContain("%").doesNotContainIgnoringCase("percent");
			for (String fragment : CaptionStatistics.FRAGMENTS) {
				assertThat(text).doesNotContainIgnoringCase(fragment);
			}
		});
	}

	// ------------------------------------------------------------------ helpers

	private List<String> questionKeys(String section) {
		return seed.rules().section(section).orElseThrow().questions().stream().map(Question::key).toList();
	}

	private Question question(String key) {
		return seed.rules().question(key).orElseThrow(() -> new AssertionError("no question " + key));
	}

	private Criterion criterion(String code) {
		return seed.rules().criterion(code).orElseThrow(() -> new AssertionError("no criterion " + code));
	}

	private static Condition answer(String question, String... options) {
		return new Condition.AnswerIn(question, Set.of(options));
	}

	private static List<Section> withoutHelp(List<Section> sections) {
		return sections.stream()
			.map(s -> new Section(s.key(), s.title(), s.questions().stream()
				.map(q -> new Question(q.key(), q.prompt(), q.shortLabel(), null, q.required(), q.scaleKey(), q.options()))
				.toList()))
			.toList();
	}

	/** Every text of a version that a visitor could read. */
	static List<String> allTexts(ContentSnapshot snapshot) {
		List<String> texts = new ArrayList<>();
		for (Section s : snapshot.rules().sections()) {
			texts.add(s.title());
			for (Question q : s.questions()) {
				texts.add(q.prompt());
				texts.add(q.shortLabel());
				if (q.help() != null) {
					texts.add(q.help());
				}
				q.options().forEach(o -> texts.add(o.label()));
			}
		}
		snapshot.rules().criteria().forEach(c -> {
			texts.add(c.title());
			texts.add(c.reason());
		});
		SiteContent site = snapshot.site();
		texts.addAll(site.headlines().values());
		site.comparison().forEach(r -> texts.addAll(List.of(r.feature(), r.therapy(), r.coaching())));
		site.lists().values().forEach(texts::addAll);
		site.crisisResources().forEach(r -> texts.addAll(List.of(r.region(), r.label(), r.contact(), r.url())));
		SiteContent.About about = site.about();
		texts.addAll(List.of(about.author(), about.sources(), about.reviewPolicy(), about.instruments()));
		return texts;
	}
}
