package org.crossroads.admin.editing;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.admin.editing.EditForms.AnswerConditionForm;
import org.crossroads.admin.editing.EditForms.CriterionForm;
import org.crossroads.admin.editing.EditForms.NewCriterionForm;
import org.crossroads.admin.editing.EditForms.ScoreConditionForm;
import org.crossroads.admin.editing.EditForms.ThresholdsForm;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.rules.Criterion;

import org.jspecify.annotations.Nullable;

/**
 * Edits of how results are decided: criteria, their conditions (always picked from the draft's
 * questions, options and scales, never typed as an expression) and the thresholds.
 */
@Service
public class RulesEditing {

	private final DraftEditing editing;

	private final Items items;

	RulesEditing(DraftEditing editing, Items items) {
		this.editing = editing;
		this.items = items;
	}

	@Transactional
	long saveThresholds(long ruleSetId, ThresholdsForm form, String actor) {
		RuleSetEntity shown = editing.find(RuleSetEntity.class, ruleSetId);
		return editing.change(items.thresholds, shown, form.lockVersion(), actor, r -> {
			r.setTherapyThreshold(form.therapy());
			r.setCoachingThreshold(form.coaching());
		}).getId();
	}

	@Transactional
	public long saveCriterion(long id, CriterionForm form, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, id);
		refuseRepeatedTitle(form.title(), form.reason());
		return editing.change(items.criterion, shown, form.lockVersion(), actor, c -> {
			c.setTitle(form.title().strip());
			if (!c.getReason().equals(form.reason().strip())) {
				c.setReasonQuoted(false); // reworded: no longer the article's sentence word for word
			}
			c.setReason(form.reason().strip());
			c.setPathway(form.pathway());
			c.setWeight(form.weight());
			c.setClinical(form.clinical());
			c.setExclusive(form.exclusive());
			c.setActive(form.active());
			c.setMatch(form.match());
			Positions.move(c.getRuleSet().getCriteria(), c, form.position());
		}).getId();
	}

	@Transactional
	long addCriterion(NewCriterionForm form, String actor) {
		refuseRepeatedTitle(form.title(), form.reason());
		return editing.add(items.criterion, actor, draft -> {
			if (draft.getCriteria().stream().anyMatch(c -> c.getCode().equals(form.code()))) {
				throw new InvalidEditException("code", "admin.error.code-taken");
			}
			CriterionEntity c = new CriterionEntity();
			c.setRuleSet(draft);
			c.setCode(form.code());
			c.setTitle(form.title().strip());
			c.setReason(form.reason().strip());
			c.setPathway(form.pathway());
			c.setWeight(form.weight());
			c.setClinical(form.clinical());
			c.setExclusive(form.exclusive());
			c.setActive(true);
			c.setMatch(form.match());
			c.setPosition(Positions.next(draft.getCriteria()));
			draft.getCriteria().add(c);
			return c;
		}).getId();
	}

	@Transactional
	void removeCriterion(long id, long lockVersion, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, id);
		editing.remove(items.criterion, shown, lockVersion, actor, c -> c.getRuleSet().getCriteria().remove(c));
	}

	/** Changes which options an answer condition accepts. {@code index} counts from 0 in the criterion's order. */
	@Transactional
	long saveAnswerCondition(long criterionId, int index, AnswerConditionForm form, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, criterionId);
		return editing.change(items.criterion, shown, form.lockVersion(), actor, c -> {
			CriterionConditionEntity condition = condition(c, index);
			if (condition.getKind() != ConditionKind.ANSWER) {
				throw EditConflictException.changed(c.getId());
			}
			setOptions(condition, question(c.getRuleSet(), condition.getQuestionKey()), form.options());
		}).getId();
	}

	@Transactional
	long addAnswerCondition(long criterionId, AnswerConditionForm form, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, criterionId);
		return editing.change(items.criterion, shown, form.lockVersion(), actor, c -> {
			QuestionEntity question = question(c.getRuleSet(), form.question());
			CriterionConditionEntity condition = newCondition(c, ConditionKind.ANSWER);
			condition.setQuestionKey(question.getKey());
			setOptions(condition, question, form.options());
			c.getConditions().add(condition);
		}).getId();
	}

	@Transactional
	long saveScoreCondition(long criterionId, int index, ScoreConditionForm form, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, criterionId);
		return editing.change(items.criterion, shown, form.lockVersion(), actor, c -> {
			CriterionConditionEntity condition = condition(c, index);
			if (condition.getKind() != ConditionKind.SCORE) {
				throw EditConflictException.changed(c.getId());
			}
			condition.setScaleKey(knownScale(c.getRuleSet(), form.scale()));
			condition.setMinScore(form.minimum());
		}).getId();
	}

	@Transactional
	long addScoreCondition(long criterionId, ScoreConditionForm form, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, criterionId);
		return editing.change(items.criterion, shown, form.lockVersion(), actor, c -> {
			CriterionConditionEntity condition = newCondition(c, ConditionKind.SCORE);
			condition.setScaleKey(knownScale(c.getRuleSet(), form.scale()));
			condition.setMinScore(form.minimum());
			c.getConditions().add(condition);
		}).getId();
	}

	@Transactional
	long removeCondition(long criterionId, int index, long lockVersion, String actor) {
		CriterionEntity shown = editing.find(CriterionEntity.class, criterionId);
		return editing.change(items.criterion, shown, lockVersion, actor, c -> {
			c.getConditions().remove(condition(c, index));
			List<CriterionConditionEntity> rest = conditions(c);
			for (int i = 0; i < rest.size(); i++) {
				rest.get(i).setPosition(i + 1);
			}
		}).getId();
	}

	static List<CriterionConditionEntity> conditions(CriterionEntity c) {
		return Items.sorted(c.getConditions(), CriterionConditionEntity::getPosition, CriterionConditionEntity::getId);
	}

	/** The scales the draft's questions add to, which score conditions may name. */
	public static List<String> scales(RuleSetEntity ruleSet) {
		return Items.questions(ruleSet).map(QuestionEntity::getScaleKey).filter(s -> s != null && !s.isBlank())
			.distinct().sorted().toList();
	}

	private static CriterionConditionEntity condition(CriterionEntity c, int index) {
		List<CriterionConditionEntity> all = conditions(c);
		if (index < 0 || index >= all.size()) {
			throw EditConflictException.changed(c.getId());
		}
		return all.get(index);
	}

	private static CriterionConditionEntity newCondition(CriterionEntity c, ConditionKind kind) {
		CriterionConditionEntity condition = new CriterionConditionEntity();
		condition.setCriterion(c);
		condition.setKind(kind);
		condition.setPosition(c.getConditions().stream().mapToInt(CriterionConditionEntity::getPosition).max().orElse(0) + 1);
		return condition;
	}

	private static QuestionEntity question(RuleSetEntity ruleSet, @Nullable String key) {
		return Items.question(ruleSet, key == null ? "" : key)
			.orElseThrow(() -> new InvalidEditException("question", "admin.error.unknown-question"));
	}

	/** The title is the reason's heading: the same words twice tell the visitor nothing. */
	private static void refuseRepeatedTitle(String title, String reason) {
		if (Criterion.titleRepeatsReason(title, reason)) {
			throw new InvalidEditException("reason", "admin.error.reason-repeats-title");
		}
	}

	private static String knownScale(RuleSetEntity ruleSet, String scale) {
		if (!scales(ruleSet).contains(scale)) {
			throw new InvalidEditException("scale", "admin.error.unknown-scale");
		}
		return scale;
	}

	/** Keeps the options in the question's order, and refuses keys the question does not have. */
	private static void setOptions(CriterionConditionEntity condition, QuestionEntity question, Set<String> chosen) {
		List<String> known = Items.sorted(question.getOptions(), AnswerOptionEntity::getPosition, AnswerOptionEntity::getId)
			.stream().map(AnswerOptionEntity::getKey).toList();
		if (!known.containsAll(chosen)) {
			throw new InvalidEditException("options", "admin.error.unknown-option");
		}
		condition.getOptionKeys().clear();
		known.stream().filter(chosen::contains).forEach(condition.getOptionKeys()::add);
	}
}
