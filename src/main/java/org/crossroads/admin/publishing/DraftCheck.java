package org.crossroads.admin.publishing;

import org.crossroads.admin.editing.Items;
import org.crossroads.admin.editing.RulesEditing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;

import org.jspecify.annotations.Nullable;

/**
 * What makes a draft unfit to publish: anything the engine could not evaluate as meant, or that
 * would break the safety promise (a self-harm answer always brings crisis help). Reads entities,
 * not the snapshot, so it also explains drafts the snapshot cannot even be built from.
 */
public final class DraftCheck {

	/** The question whose positive answers must always lead to crisis help. */
	public static final String SELF_HARM = "self-harm";

	private DraftCheck() {
	}

	static List<DraftProblem> problems(RuleSetEntity draft) {
		List<DraftProblem> problems = new ArrayList<>();
		if (draft.getTherapyThreshold() < 1) {
			problems.add(DraftProblem.of("threshold-therapy", draft.getTherapyThreshold()));
		}
		if (draft.getCoachingThreshold() < 1) {
			problems.add(DraftProblem.of("threshold-coaching", draft.getCoachingThreshold()));
		}
		duplicates(draft.getSections(), SectionEntity::getKey)
			.forEach(k -> problems.add(DraftProblem.of("duplicate-section", k)));
		List<QuestionEntity> questions = Items.questions(draft).toList();
		duplicates(questions, QuestionEntity::getKey).forEach(k -> problems.add(DraftProblem.of("duplicate-question", k)));
		for (SectionEntity section : draft.getSections()) {
			if (section.getQuestions().isEmpty()) {
				problems.add(DraftProblem.of("empty-section", section.getKey()));
			}
		}
		for (QuestionEntity q : questions) {
			if (q.getOptions().isEmpty()) {
				problems.add(DraftProblem.of("question-without-options", q.getKey()));
			}
			duplicates(q.getOptions(), AnswerOptionEntity::getKey)
				.forEach(k -> problems.add(DraftProblem.of("duplicate-option", q.getKey(), k)));
		}
		duplicates(draft.getCriteria(), CriterionEntity::getCode)
			.forEach(k -> problems.add(DraftProblem.of("duplicate-criterion", k)));
		Set<String> scales = new HashSet<>(RulesEditing.scales(draft));
		for (CriterionEntity c : Items.sorted(draft.getCriteria(), CriterionEntity::getPosition, CriterionEntity::getId)) {
			if (c.getConditions().isEmpty()) {
				problems.add(DraftProblem.of("criterion-without-conditions", c.getCode()));
			}
			if (c.getWeight() < 0) {
				problems.add(DraftProblem.of("negative-weight", c.getCode(), c.getWeight()));
			}
			if (c.getPathway() == null || c.getMatch() == null || blank(c.getTitle()) || blank(c.getReason())) {
				problems.add(DraftProblem.of("criterion-incomplete", c.getCode()));
			}
			else if (Criterion.titleRepeatsReason(c.getTitle(), c.getReason())) {
				problems.add(DraftProblem.of("title-repeats-reason", c.getCode()));
			}
			for (CriterionConditionEntity condition : c.getConditions()) {
				conditionProblems(c, condition, questions, scales, problems);
			}
		}
		if (!hasSafetyNet(draft, questions)) {
			problems.add(DraftProblem.of("no-safety", SELF_HARM));
		}
		if (draft.getCrisisResources().isEmpty()) {
			problems.add(DraftProblem.of("no-crisis-resources"));
		}
		for (Outcome outcome : Outcome.values()) {
			boolean present = draft.getOutcomeTexts().stream()
				.anyMatch(t -> t.getOutcome() == outcome && !blank(t.getHeadline()));
			if (!present) {
				problems.add(DraftProblem.of("missing-headline", outcome));
			}
		}
		return problems;
	}

	private static void conditionProblems(CriterionEntity c, CriterionConditionEntity condition,
			List<QuestionEntity> questions, Set<String> scales, List<DraftProblem> problems) {
		if (condition.getKind() == ConditionKind.SCORE) {
			if (condition.getScaleKey() == null || !scales.contains(condition.getScaleKey())) {
				problems.add(DraftProblem.of("unknown-scale", c.getCode(), condition.getScaleKey()));
			}
			if (condition.getMinScore() == null) {
				problems.add(DraftProblem.of("score-without-minimum", c.getCode()));
			}
			return;
		}
		QuestionEntity question = questions.stream().filter(q -> q.getKey().equals(condition.getQuestionKey()))
			.findFirst().orElse(null);
		if (question == null) {
			problems.add(DraftProblem.of("unknown-question", c.getCode(), condition.getQuestionKey()));
			return;
		}
		if (condition.getOptionKeys().isEmpty()) {
			problems.add(DraftProblem.of("answer-without-options", c.getCode(), condition.getQuestionKey()));
		}
		for (String option : condition.getOptionKeys()) {
			if (question.getOptions().stream().noneMatch(o -> o.getKey().equals(option))) {
				problems.add(DraftProblem.of("unknown-option", c.getCode(), condition.getQuestionKey(), option));
			}
		}
	}

	/** An active SAFETY criterion that is met by some answer to the self-harm question. */
	private static boolean hasSafetyNet(RuleSetEntity draft, List<QuestionEntity> questions) {
		QuestionEntity selfHarm = questions.stream().filter(q -> q.getKey().equals(SELF_HARM)).findFirst().orElse(null);
		if (selfHarm == null) {
			return false;
		}
		return draft.getCriteria().stream()
			.filter(c -> c.isActive() && c.getPathway() == Pathway.SAFETY)
			.flatMap(c -> c.getConditions().stream())
			.anyMatch(condition -> condition.getKind() == ConditionKind.ANSWER
					&& SELF_HARM.equals(condition.getQuestionKey())
					&& condition.getOptionKeys().stream()
						.anyMatch(o -> selfHarm.getOptions().stream().anyMatch(known -> known.getKey().equals(o))));
	}

	private static <T> List<String> duplicates(List<T> items, Function<T, String> key) {
		Set<String> seen = new HashSet<>();
		return items.stream().map(key).filter(k -> !seen.add(k)).distinct().toList();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
