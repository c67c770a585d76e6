package org.crossroads.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.crossroads.rules.AnswerProblem;
import org.crossroads.rules.AnswerSheet;
import org.crossroads.rules.PartialAnswers;
import org.crossroads.rules.RuleSet;

/**
 * One posted questionnaire step, read strictly under the version its form was rendered with: what
 * the visitor asked for (step and action), the answers that are valid under the rule set, and
 * whether anything else was sent that no form of ours could send (unknown questions, unknown
 * options, repeated fields, a bad step, a version that is no number). Unknown questions and
 * options are kept apart from the rest: read under another version than the form's, they are
 * what changed, not tampering. Bad parts are dropped, never echoed, so a page can say so inline
 * instead of failing.
 */
record QuestionnaireSubmission(int step, Action action, AnswerSheet answers,
		List<String> unknownOptionKeys, boolean unknownQuestions, boolean tampered) {

	static final String ACTION = "action";

	/** The hidden field naming the published version the form was rendered with. */
	static final String VERSION = "version";

	/** The page's language, in the address the form posts to: the language module reads it. */
	static final String LANGUAGE = "lang";

	private static final Pattern VERSION_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	enum Action {
		BACK, NEXT, FINISH;

		static Optional<Action> parse(String value) {
			for (Action a : values()) {
				if (a.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
					return Optional.of(a);
				}
			}
			return Optional.empty();
		}
	}

	QuestionnaireSubmission {
		unknownOptionKeys = List.copyOf(unknownOptionKeys);
	}

	/** Anything a well-behaved browser could not have sent from one of our pages. */
	boolean invalid() {
		return tampered || unknownQuestions || !unknownOptionKeys.isEmpty();
	}

	/** The version the form says it was rendered with: empty when it names none, or no number. */
	static OptionalInt claimedVersion(Map<String, List<String>> params) {
		List<String> values = params.getOrDefault(VERSION, List.of());
		return values.size() == 1 && VERSION_NUMBER.matcher(values.get(0)).matches()
				? OptionalInt.of(Integer.parseInt(values.get(0))) : OptionalInt.empty();
	}

	/** The step comes from the address the form posts to; a bad one reads as step 1, tampered. */
	static QuestionnaireSubmission read(Map<String, List<String>> params, RuleSet rules, String stepText) {
		int steps = rules.sections().size();
		boolean tampered = false;
		int step = 1;
		OptionalInt parsedStep = parseStep(stepText, steps);
		if (parsedStep.isPresent()) {
			step = parsedStep.getAsInt();
		}
		else {
			tampered = true;
		}
		// Enter in a radio group submits without naming a button: that means "go on".
		Action action = step == steps ? Action.FINISH : Action.NEXT;
		List<String> actionValues = params.getOrDefault(ACTION, List.of());
		if (actionValues.size() == 1) {
			Optional<Action> parsed = Action.parse(actionValues.get(0));
			if (parsed.isPresent() && allowed(parsed.get(), step, steps)) {
				action = parsed.get();
			}
			else {
				tampered = true;
			}
		}
		else if (actionValues.size() > 1) {
			tampered = true;
		}
		// no version is a form from before forms named theirs: read under the version of the moment
		if (params.containsKey(VERSION) && claimedVersion(params).isEmpty()) {
			tampered = true;
		}
		// a radio group sends one value; a field sent twice is no choice of one option
		boolean unknownQuestions = false;
		Map<String, String> given = new LinkedHashMap<>();
		List<String> unknownOptions = new ArrayList<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			String key = param.getKey();
			List<String> values = param.getValue();
			if (key.equals(ACTION) || key.equals(VERSION) || key.equals(LANGUAGE)) {
				continue;
			}
			if (values.size() == 1) {
				given.put(key, values.get(0));
			}
			else if (rules.question(key).isPresent()) {
				unknownOptions.add(key);
			}
			else {
				tampered = true;
			}
		}
		PartialAnswers read = rules.readPartial(given);
		for (AnswerProblem problem : read.rejected()) {
			if (problem.kind() == AnswerProblem.Kind.UNKNOWN_QUESTION) {
				unknownQuestions = true;
			}
			else {
				unknownOptions.add(problem.questionKey());
			}
		}
		return new QuestionnaireSubmission(step, action, read.sheet(), unknownOptions, unknownQuestions, tampered);
	}

	/** A step number as our pages write it: one digit, within the questionnaire. */
	static OptionalInt parseStep(String text, int steps) {
		if (text.matches("[1-9]") && Integer.parseInt(text) <= steps) {
			return OptionalInt.of(Integer.parseInt(text));
		}
		return OptionalInt.empty();
	}

	private static boolean allowed(Action action, int step, int steps) {
		return switch (action) {
			case BACK -> step > 1;
			case NEXT -> step < steps;
			case FINISH -> step == steps;
		};
	}
}
