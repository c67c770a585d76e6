package org.crossroads.ruleset.translation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.RuleSetEntity;

/**
 * The texts that keep people safe, in any language: the crisis lines, the urgent-support headline and
 * next steps, the SAFETY criteria, and the questions (with their options) those criteria read. A
 * visitor in crisis must read them in their language, so a live language may never lack them.
 */
public final class SafetyTexts {

	private SafetyTexts() {
	}

	/** Whether the text {@code key} of {@code ruleSet} is one that keeps people safe. */
	public static boolean isSafety(RuleSetEntity ruleSet, String key) {
		return of(ruleSet).test(key);
	}

	/** The same question for many keys of one version, its criteria read once. */
	public static Predicate<String> of(RuleSetEntity ruleSet) {
		Set<String> criteria = new HashSet<>();
		Set<String> questions = new HashSet<>();
		for (CriterionEntity c : ruleSet.getCriteria()) {
			if (c.getPathway() == Pathway.SAFETY) {
				criteria.add(c.getCode());
				c.getConditions().stream().map(cc -> cc.getQuestionKey()).filter(Objects::nonNull).forEach(questions::add);
			}
		}
		String urgentSteps = "list." + ContentList.NEXT_STEP_URGENT_SUPPORT.name() + ".";
		return key -> key.startsWith("crisis.") || key.equals(TextKeys.headline(Outcome.URGENT_SUPPORT))
				|| key.startsWith(urgentSteps)
				|| criteria.stream().anyMatch(code -> key.startsWith("criterion." + code + "."))
				|| questions.stream().anyMatch(q -> key.startsWith("question." + q + ".") || key.startsWith("option." + q + "."));
	}
}
