package org.crossroads.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossroads.rules.Question;
import org.crossroads.rules.Section;

import org.jspecify.annotations.Nullable;

/**
 * What one questionnaire step page shows: its section, the answers so far (the draft keeps the
 * other steps' answers, so the form holds this step's radios only), the message code per
 * unanswered or rejected question, whether crisis help goes first, where the form posts, the
 * published version the page is of (the form sends it back, so a post is read under the questions
 * it showed) and whether to say that the questions changed since the visitor's last step.
 */
public record StepPage(int number, int total, Section section, Map<String, String> answers,
		Map<String, String> errors, boolean inputRejected, boolean crisis, String formAction, int version,
		boolean questionsChanged) {

	static final String MISSING = "questionnaire.error.missing";

	static final String UNKNOWN_OPTION = "questionnaire.error.unknown-option";

	public StepPage {
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public List<Question> questions() {
		return section.questions();
	}

	public boolean first() {
		return number == 1;
	}

	public boolean last() {
		return number == total;
	}

	public boolean chosen(String questionKey, String optionKey) {
		return optionKey.equals(answers.get(questionKey));
	}

	public @Nullable String errorFor(String questionKey) {
		return errors.get(questionKey);
	}

	/** The ids a question's fieldset is described by: its help text and its error, if any. */
	public @Nullable String describedBy(Question question) {
		String ids = (question.help() != null && !question.help().isBlank() ? question.key() + "-hint " : "")
				+ (errors.containsKey(question.key()) ? question.key() + "-error" : "");
		return ids.isBlank() ? null : ids.trim();
	}

	public boolean hasErrors() {
		return !errors.isEmpty() || inputRejected;
	}

	/** The questions with an error, in page order, for the summary at the top. */
	public List<Question> questionsWithErrors() {
		return section.questions().stream().filter(q -> errors.containsKey(q.key())).toList();
	}
}
