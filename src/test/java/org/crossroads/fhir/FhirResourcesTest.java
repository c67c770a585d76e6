package org.crossroads.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.crossroads.SeedAnswers;
import org.crossroads.assessment.Assessment;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.SeedRules;

/**
 * The seeded questionnaire and its results as FHIR R4, checked by the HAPI FHIR instance validator: no error or
 * warning for the named answer sets of every outcome nor for random ones, and the LOINC codes where the instruments
 * have them. The validator does check a response against its questionnaire: a made-up answer is an error.
 */
class FhirResourcesTest {

	static final FhirUrls URLS = new FhirUrls("https://crossroads.test/");

	static final FhirTexts TEXTS;

	static {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		TEXTS = new FhirTexts(messages);
	}

	static final RuleSet RULES = SeedRules.ruleSet();

	static final ContentSnapshot CONTENT = new ContentSnapshot(RULES, new SiteContent(Map.of(), List.of(), Map.of(),
			List.of(), new SiteContent.About("Author", "Sources", LocalDate.of(2026, 1, 1), "Reviewed yearly",
					"PHQ and GAD items: Kroenke, Spitzer et al., free to use.")));

	static FhirJson json;

	static FhirValidation validation;

	static String questionnaireJson;

	@BeforeAll
	static void validator() {
		json = new FhirJson();
		validation = new FhirValidation(json.context());
		questionnaireJson = json.write(FhirResources.questionnaire(CONTENT, true, URLS, TEXTS));
		validation.know(questionnaireJson);
	}

	static Assessment stored(Map<String, String> answers) {
		Evaluation evaluation = RULES.evaluate(answers);
		return new Assessment(Optional.of("r".repeat(22)), Optional.of(Instant.parse("2026-11-30T09:15:00Z")), evaluation,
				CONTENT);
	}

	/** Errors and warnings alike: the resources are meant to draw neither. */
	static List<FhirValidation.Message> problems(List<FhirValidation.Message> messages) {
		return messages.stream().filter(FhirValidation.Message::problem).toList();
	}

	@Test
	void theQuestionnaireValidatesWithoutErrorsOrWarnings() {
		List<FhirValidation.Message> messages = validation.validate(questionnaireJson);

		assertThat(problems(messages)).as("all messages: %s", messages).isEmpty();
	}

	@Test
	void theQuestionnaireKeepsKeysSectionsAndTheInstrumentsLoincCodes() {
		Questionnaire q = FhirResources.questionnaire(CONTENT, true, URLS, TEXTS);

		assertThat(q.getUrl()).isEqualTo("https://crossroads.test/api/v1/fhir/Questionnaire/1");
		assertThat(q.getItem()).extracting(i -> i.getLinkId()).containsExactly("wellbeing", "goals", "practical", "result");
		assertThat(q.getItem().get(0).getItem()).extracting(i -> i.getLinkId()).containsExactly("daily-functioning",
				"phq2-interest", "phq2-mood", "gad2-nervous", "gad2-worry", "self-harm", "diagnosed-condition",
				"grief-addiction", "trauma");
		Map<String, String> loinc = new LinkedHashMap<>();
		q.getItem().forEach(g -> g.getItem().forEach(i -> i.getCode().stream()
			.filter(c -> Loinc.SYSTEM.equals(c.getSystem())).forEach(c -> loinc.put(i.getLinkId(), c.getCode()))));
		assertThat(loinc).containsExactly(Map.entry("phq2-interest", "44250-9"), Map.entry("phq2-mood", "44255-8"),
				Map.entry("gad2-nervous", "69725-0"), Map.entry("gad2-worry", "68509-9"), Map.entry("self-harm", "44260-8"),
				Map.entry("phq2-total", "55758-7"));
		var phq = q.getItem().get(0).getItem().get(1);
		assertThat(phq.getAnswerOption()).extracting(o -> ((Coding) o.getValue()).getCode())
			.containsExactly("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
		var daily = q.getItem().get(0).getItem().get(0);
		assertThat(daily.getCode()).isEmpty();
		assertThat(daily.getAnswerOption()).extracting(o -> ((Coding) o.getValue()).getSystem() + "#" + ((Coding) o.getValue()).getCode())
			.first().isEqualTo("https://crossroads.test/api/v1/fhir/CodeSystem/option#not-at-all");
		assertThat(q.getItem().get(2).getItem()).extracting(i -> i.getLinkId() + "=" + i.getRequired())
			.containsExactly("documentation=true", "insurance=false", "format=false");
	}

	@Test
	void everyNamedAnswerSetValidatesAgainstItsQuestionnaire() {
		Map<String, Map<String, String>> sets = new LinkedHashMap<>();
		sets.put("calm", SeedAnswers.calm());
		sets.put("calm, required only", SeedAnswers.calmRequired());
		sets.put("quiet", SeedAnswers.quiet());
		sets.put("therapy", SeedAnswers.therapy());
		sets.put("coaching", SeedAnswers.coaching());
		sets.put("both", SeedAnswers.both());
		sets.put("urgent", SeedAnswers.urgent());
		sets.put("driven", SeedAnswers.driven());
		sets.forEach((name, answers) -> {
			List<FhirValidation.Message> messages = validation.validate(json.write(FhirResources.response(stored(answers), URLS, TEXTS)));
			assertThat(problems(messages)).as("%s: %s", name, messages).isEmpty();
		});
	}

	@Test
	void randomAnswerSetsValidateToo() {
		Random random = new Random(20261201);
		Set<String> outcomes = new TreeSet<>();
		for (int n = 0; n < 50; n++) {
			Map<String, String> answers = new LinkedHashMap<>();
			for (Question question : RULES.questions()) {
				if (question.required() || random.nextBoolean()) {
					answers.put(question.key(), question.options().get(random.nextInt(question.options().size())).key());
				}
			}
			Assessment assessment = stored(answers);
			outcomes.add(assessment.evaluation().outcome().name());
			List<FhirValidation.Message> messages = validation.validate(json.write(FhirResources.response(assessment, URLS, TEXTS)));
			assertThat(problems(messages)).as("%s: %s", answers, messages).isEmpty();
		}
		assertThat(outcomes).as("outcomes the random sets reached").hasSizeGreaterThan(2);
	}

	@Test
	void anAnswerTheQuestionnaireDoesNotOfferIsAnError() {
		QuestionnaireResponse r = FhirResources.response(stored(SeedAnswers.calm()), URLS, TEXTS);
		r.getItem().get(0).getItem().get(0).getAnswerFirstRep().getValueCoding().setCode("sometimes");
		r.getItem().get(1).addItem().setLinkId("made-up").setText("Made up").addAnswer()
			.setValue(new org.hl7.fhir.r4.model.StringType("x"));

		assertThat(validation.validate(json.write(r))).filteredOn(FhirValidation.Message::error)
			.extracting(FhirValidation.Message::text)
			.anySatisfy(text -> assertThat(text).contains("made-up"))
			.anySatisfy(text -> assertThat(text).contains("sometimes"));
	}

	@Test
	void aResponseCarriesTheAnswersTotalsOutcomeAndReasonsButNoOneIdentifyingIt() {
		Map<String, String> answers = SeedAnswers.with(SeedAnswers.calm(), "phq2-interest", "more-than-half", "phq2-mood",
				"several-days", "gad2-worry", "nearly-every-day", "trauma", "yes", "feeling-stuck", "yes");
		QuestionnaireResponse r = FhirResources.response(stored(answers), URLS, TEXTS);

		assertThat(r.getQuestionnaire()).isEqualTo("https://crossroads.test/api/v1/fhir/Questionnaire/1");
		assertThat(r.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		assertThat(r.getAuthored()).isEqualTo(java.util.Date.from(Instant.parse("2026-11-30T09:15:00Z")));
		assertThat(r.hasSubject()).isFalse();
		assertThat(r.hasIdElement()).isFalse();
		assertThat(r.hasIdentifier()).isFalse();
		assertThat(r.hasAuthor()).isFalse();
		assertThat(r.hasSource()).isFalse();
		Map<String, Object> byLinkId = new LinkedHashMap<>();
		collect(r.getItem(), byLinkId);
		assertThat(((Coding) byLinkId.get("phq2-interest")).getCode()).isEqualTo("LA6570-1");
		assertThat(((Coding) byLinkId.get("trauma")).getCode()).isEqualTo("yes");
		assertThat(byLinkId.get("phq2-total")).isEqualTo(3);
		assertThat(byLinkId.get("gad2-total")).isEqualTo(3);
		assertThat(((Coding) byLinkId.get("outcome")).getCode()).isEqualTo("BOTH");
		assertThat(byLinkId.get("matched-criteria")).isEqualTo(List.of("therapy.mental-health", "therapy.trauma", "coaching.stuck"));
	}

	@Test
	void unansweredOptionalQuestionsAreLeftOutAndAResultWithoutReasonsListsNone() {
		QuestionnaireResponse r = FhirResources.response(stored(SeedAnswers.calmRequired()), URLS, TEXTS);

		Map<String, Object> byLinkId = new LinkedHashMap<>();
		collect(r.getItem(), byLinkId);
		assertThat(byLinkId).containsKey("documentation").doesNotContainKeys("insurance", "format", "matched-criteria");
		assertThat(((Coding) byLinkId.get("outcome")).getCode()).isEqualTo("EXPLORE");
	}

	/** Each answered link id with its answer: a coding, a number, or the codes of a repeated answer. */
	private static void collect(List<QuestionnaireResponseItemComponent> items, Map<String, Object> into) {
		for (QuestionnaireResponseItemComponent item : items) {
			if (item.hasAnswer()) {
				List<Object> values = new ArrayList<>();
				item.getAnswer().forEach(a -> values.add(a.hasValueIntegerType() ? a.getValueIntegerType().getValue()
						: a.getValueCoding()));
				into.put(item.getLinkId(), values.size() == 1 ? values.get(0)
						: values.stream().map(v -> ((Coding) v).getCode()).toList());
			}
			collect(item.getItem(), into);
		}
	}
}
