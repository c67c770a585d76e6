package org.crossroads.admin.editing;

import java.util.List;

import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.QuestionEntity;

import org.jspecify.annotations.Nullable;

/**
 * A condition as the criterion page shows it: the question (or scale) by name, and every option of
 * that question as a checkbox. {@code question} is null when the draft no longer has that question.
 */
record ConditionView(int index, ConditionKind kind, @Nullable String questionKey, @Nullable QuestionEntity question,
		List<Choice> choices, @Nullable String scale, @Nullable Integer minimum) {

	/** An option and whether the condition accepts it; {@code known}: the question still has it. */
	record Choice(String key, String label, boolean checked, boolean known) {
	}

	public boolean answer() {
		return kind == ConditionKind.ANSWER;
	}

	static ConditionView of(int index, CriterionConditionEntity c, ContentReader.Loaded loaded) {
		if (c.getKind() == ConditionKind.SCORE) {
			return new ConditionView(index, c.getKind(), null, null, List.of(), c.getScaleKey(), c.getMinScore());
		}
		QuestionEntity question = Items.question(loaded.ruleSet(), c.getQuestionKey()).orElse(null);
		List<Choice> choices = new java.util.ArrayList<>(choices(question, c.getOptionKeys()));
		c.getOptionKeys().stream()
			.filter(k -> choices.stream().noneMatch(choice -> choice.key().equals(k)))
			.forEach(k -> choices.add(new Choice(k, k, true, false)));
		return new ConditionView(index, c.getKind(), c.getQuestionKey(), question, choices, null, null);
	}

	static List<Choice> choices(@Nullable QuestionEntity question, java.util.Collection<String> checked) {
		if (question == null) {
			return List.of();
		}
		return Items.sorted(question.getOptions(), AnswerOptionEntity::getPosition, AnswerOptionEntity::getId).stream()
			.map(o -> new Choice(o.getKey(), o.getLabel(), checked.contains(o.getKey()), true))
			.toList();
	}
}
