package org.crossroads.fhir;

import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Coding;

/**
 * The LOINC codes of the standard screening items the questionnaire uses (questionnaire.md): the PHQ-2 and
 * GAD-2 items, PHQ-9 item 9 (self-harm), the PHQ-2 total and the PHQ frequency answers. Kept in code, keyed by
 * question, option and scale key: those keys are fixed by the specification, and the codes name the instruments'
 * items, which no editor's change makes any different. Only codes confirmed against LOINC are listed; the GAD-2
 * total has none of its own (70274-6 is the GAD-7 total), so it carries the site's own scale code alone.
 */
final class Loinc {

	static final String SYSTEM = "http://loinc.org";

	/** PHQ-9 panel 44249-1 and GAD-7 panel 69737-5, with LOINC's own display names. */
	private static final Map<String, Coding> QUESTIONS = Map.of(
			"phq2-interest", coding("44250-9", "Little interest or pleasure in doing things"),
			"phq2-mood", coding("44255-8", "Feeling down, depressed, or hopeless"),
			"gad2-nervous", coding("69725-0", "Feeling nervous, anxious or on edge"),
			"gad2-worry", coding("68509-9", "Over the past 2 weeks have you not been able to stop or control worrying"),
			"self-harm", coding("44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way"));

	/** PHQ-2 panel 55757-9. */
	private static final Map<String, Coding> SCALE_TOTALS = Map.of(
			"phq2", coding("55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"));

	/** Answer list LL358-3, used by every item above. */
	private static final Map<String, String> FREQUENCY_ANSWERS = Map.of(
			"not-at-all", "LA6568-5",
			"several-days", "LA6569-3",
			"more-than-half", "LA6570-1",
			"nearly-every-day", "LA6571-9");

	private Loinc() {
	}

	static Optional<Coding> question(String questionKey) {
		return Optional.ofNullable(QUESTIONS.get(questionKey)).map(Coding::copy);
	}

	static Optional<Coding> scaleTotal(String scaleKey) {
		return Optional.ofNullable(SCALE_TOTALS.get(scaleKey)).map(Coding::copy);
	}

	/** The LOINC answer code of a frequency option of a LOINC-coded item; empty for any other option. */
	static Optional<String> answer(String questionKey, String optionKey) {
		return QUESTIONS.containsKey(questionKey) ? Optional.ofNullable(FREQUENCY_ANSWERS.get(optionKey)) : Optional.empty();
	}

	private static Coding coding(String code, String display) {
		return new Coding(SYSTEM, code, display);
	}
}
