package org.crossroads.fhir;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;

import org.crossroads.assessment.Assessment;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;

/**
 * Builds the FHIR R4 resources of a published version and of a result. Questions and sections keep their keys as
 * link ids; options are codings of the site's own code systems, except the PHQ/GAD frequency answers, which are
 * LOINC's. The result group (screening totals, outcome, matched criteria) is part of the questionnaire, read-only,
 * so a response validates against the questionnaire it names. Nothing identifies the visitor: no subject, no id.
 */
final class FhirResources {

	/** R4 core extension: the score of an answer option (PHQ/GAD items score 0 to 3). */
	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	static final String RESULT_GROUP = "result";

	static final String OUTCOME = "outcome";

	static final String MATCHED_CRITERIA = "matched-criteria";

	private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private FhirResources() {
	}

	/** The link id of a screening scale's total. */
	static String totalLinkId(String scaleKey) {
		return scaleKey + "-total";
	}

	static Questionnaire questionnaire(ContentSnapshot content, boolean current, FhirUrls urls, FhirTexts texts) {
		RuleSet rules = content.rules();
		Questionnaire q = new Questionnaire();
		q.setId(String.valueOf(rules.version()));
		q.setUrl(urls.questionnaire(rules.version()));
		q.setVersion(String.valueOf(rules.version()));
		q.setName("CrossroadsSelfAssessment");
		q.setLanguage(content.language());
		q.setTitle(texts.get("fhir.questionnaire.title"));
		// a result names the version that decided it: older versions stay readable, marked as replaced
		q.setStatus(current ? PublicationStatus.ACTIVE : PublicationStatus.RETIRED);
		q.setDescription(texts.get("fhir.questionnaire.description"));
		var about = content.site().about();
		if (about != null) {
			q.setCopyright(about.instruments());
		}
		q.setText(new FhirNarrative(content.language()).heading(q.getTitle()).paragraph(q.getDescription())
			.paragraph(texts.get("fhir.narrative.version", rules.version()))
			.list(rules.sections().stream().map(Section::title).toList()).build());
		for (Section section : rules.sections()) {
			QuestionnaireItemComponent group = q.addItem().setLinkId(section.key()).setText(section.title())
				.setType(QuestionnaireItemType.GROUP);
			for (Question question : section.questions()) {
				QuestionnaireItemComponent item = group.addItem().setLinkId(question.key()).setText(question.prompt())
					.setType(QuestionnaireItemType.CHOICE).setRequired(question.required());
				Loinc.question(question.key()).ifPresent(item::addCode);
				for (AnswerOption option : question.options()) {
					Coding coding = answer(question.key(), option, urls);
					if (question.scale().isPresent()) {
						coding.addExtension(ORDINAL_VALUE, new DecimalType(option.score()));
					}
					item.addAnswerOption().setValue(coding);
				}
			}
		}
		QuestionnaireItemComponent result = q.addItem().setLinkId(RESULT_GROUP).setText(texts.get("fhir.result"))
			.setType(QuestionnaireItemType.GROUP);
		for (String scale : rules.scales()) {
			QuestionnaireItemComponent total = result.addItem().setLinkId(totalLinkId(scale))
				.setText(texts.get("fhir.total", scaleName(scale, texts))).setType(QuestionnaireItemType.INTEGER)
				.setReadOnly(true);
			Loinc.scaleTotal(scale).ifPresent(total::addCode);
			total.addCode(new Coding(urls.codeSystem(FhirUrls.SCALE), scale, scaleName(scale, texts)));
		}
		QuestionnaireItemComponent outcome = result.addItem().setLinkId(OUTCOME).setText(texts.get("fhir.outcome"))
			.setType(QuestionnaireItemType.CHOICE).setReadOnly(true);
		for (Outcome o : Outcome.values()) {
			outcome.addAnswerOption().setValue(outcome(o, urls, texts));
		}
		QuestionnaireItemComponent criteria = result.addItem().setLinkId(MATCHED_CRITERIA)
			.setText(texts.get("fhir.matched-criteria")).setType(QuestionnaireItemType.CHOICE).setReadOnly(true)
			.setRepeats(true);
		for (Criterion c : rules.criteria()) {
			criteria.addAnswerOption().setValue(criterion(c, urls));
		}
		return q;
	}

	static QuestionnaireResponse response(Assessment assessment, FhirUrls urls, FhirTexts texts) {
		Evaluation evaluation = assessment.evaluation();
		RuleSet rules = assessment.content().rules();
		Map<String, String> answers = assessment.answers();
		QuestionnaireResponse r = new QuestionnaireResponse();
		r.setQuestionnaire(urls.questionnaire(rules.version()));
		r.setLanguage(assessment.content().language());
		r.setStatus(QuestionnaireResponseStatus.COMPLETED);
		assessment.createdAt().ifPresent(at -> r.setAuthored(Date.from(at)));
		for (Section section : rules.sections()) {
			List<Question> answered = section.questions().stream().filter(q -> answers.containsKey(q.key())).toList();
			if (answered.isEmpty()) {
				continue; // an item has answers or items, never neither
			}
			QuestionnaireResponseItemComponent group = r.addItem().setLinkId(section.key()).setText(section.title());
			for (Question question : answered) {
				AnswerOption option = question.option(answers.get(question.key())).orElseThrow();
				group.addItem().setLinkId(question.key()).setText(question.prompt()).addAnswer()
					.setValue(answer(question.key(), option, urls));
			}
		}
		QuestionnaireResponseItemComponent result = r.addItem().setLinkId(RESULT_GROUP).setText(texts.get("fhir.result"));
		for (String scale : rules.scales()) {
			result.addItem().setLinkId(totalLinkId(scale)).setText(texts.get("fhir.total", scaleName(scale, texts)))
				.addAnswer().setValue(new IntegerType(evaluation.scaleScore(scale)));
		}
		result.addItem().setLinkId(OUTCOME).setText(texts.get("fhir.outcome")).addAnswer()
			.setValue(outcome(evaluation.outcome(), urls, texts));
		if (!evaluation.metCriteria().isEmpty()) {
			QuestionnaireResponseItemComponent met = result.addItem().setLinkId(MATCHED_CRITERIA)
				.setText(texts.get("fhir.matched-criteria"));
			evaluation.metCriteria().forEach(c -> met.addAnswer().setValue(criterion(c, urls)));
		}
		r.setText(narrative(assessment, texts));
		return r;
	}

	/** What a clinician reads first: outcome, totals and reasons, then every answer. */
	private static Narrative narrative(Assessment assessment, FhirTexts texts) {
		Evaluation evaluation = assessment.evaluation();
		RuleSet rules = assessment.content().rules();
		List<String[]> rows = new ArrayList<>();
		for (Question question : rules.questions()) {
			question.option(assessment.answers().getOrDefault(question.key(), ""))
				.ifPresent(option -> rows.add(new String[] { question.prompt(), option.label() }));
		}
		FhirNarrative narrative = new FhirNarrative(assessment.content().language()).heading(texts.get("fhir.questionnaire.title"))
			.paragraph(texts.get("fhir.narrative.taken", assessment.createdAt().map(TAKEN::format).orElse(""),
					rules.version()))
			.paragraph(texts.get("fhir.outcome") + ": " + texts.get("fhir.outcome." + evaluation.outcome().name()));
		for (String scale : rules.scales()) {
			narrative.paragraph(texts.get("fhir.total", scaleName(scale, texts)) + ": " + evaluation.scaleScore(scale));
		}
		if (!evaluation.metCriteria().isEmpty()) {
			narrative.paragraph(texts.get("fhir.matched-criteria") + ":")
				.list(evaluation.metCriteria().stream().map(Criterion::title).toList());
		}
		return narrative.table(texts.get("fhir.narrative.question"), texts.get("fhir.narrative.answer"), rows)
			.paragraph(texts.get("fhir.questionnaire.description")).build();
	}

	/** The same coding in the questionnaire's options and in a response's answers, so the two match. */
	private static Coding answer(String questionKey, AnswerOption option, FhirUrls urls) {
		return Loinc.answer(questionKey, option.key())
			.map(code -> new Coding(Loinc.SYSTEM, code, option.label()))
			.orElseGet(() -> new Coding(urls.codeSystem(FhirUrls.OPTION), option.key(), option.label()));
	}

	private static Coding outcome(Outcome outcome, FhirUrls urls, FhirTexts texts) {
		return new Coding(urls.codeSystem(FhirUrls.OUTCOME), outcome.name(), texts.get("fhir.outcome." + outcome.name()));
	}

	private static Coding criterion(Criterion criterion, FhirUrls urls) {
		return new Coding(urls.codeSystem(FhirUrls.CRITERION), criterion.code(), criterion.title());
	}

	private static String scaleName(String scale, FhirTexts texts) {
		return texts.messages().getMessage("fhir.scale." + scale, null, scale, Locale.ROOT);
	}
}
