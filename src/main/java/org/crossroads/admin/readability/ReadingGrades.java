package org.crossroads.admin.readability;

import java.util.Set;

import org.springframework.stereotype.Component;

import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;

import org.jspecify.annotations.Nullable;

/** The grade the editor pages show beside a visitor-facing field ({@code @readingGrades} in templates). */
@Component("readingGrades")
public class ReadingGrades {

	/** A field's grade as shown: the grade, its word count, whose words, and whether it is warned about. */
	public record Shown(ReadingGrade grade, Wording wording) {

		public boolean warns() {
			return grade.warns(wording);
		}
	}

	/** {@code text}: the field's current value (a bound form property, so any object); {@code wording}: a {@link Wording} name. */
	public Shown of(@Nullable Object text, String wording) {
		return new Shown(ReadingGrade.of(text == null ? "" : text.toString()), Wording.valueOf(wording));
	}

	public int target() {
		return ReadingGrade.TARGET;
	}

	/** The wording of a question's prompt and option labels: a validated instrument's, or our own. */
	public String questionWording(QuestionEntity question) {
		RuleSetEntity ruleSet = question.getSection().getRuleSet();
		Set<String> fixed = VisitorTexts.fixedQuestions(ruleSet);
		return (fixed.contains(question.getKey()) ? Wording.FIXED : Wording.OWN).name();
	}
}
