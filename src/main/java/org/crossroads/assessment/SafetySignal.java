package org.crossroads.assessment;

import java.util.HashMap;
import java.util.Map;

import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

/**
 * Whether the answers given so far already meet a SAFETY criterion. The engine only reads
 * complete answer sets, but crisis help must appear on the very next page, mid-questionnaire,
 * so the published safety criteria are checked here against partial answers.
 */
final class SafetySignal {

	private SafetySignal() {
	}

	static boolean raisedBy(RuleSet rules, Map<String, String> answers) {
		Map<String, Integer> scales = new HashMap<>();
		for (Question q : rules.questions()) {
			String chosen = answers.get(q.key());
			if (chosen != null && q.scaleKey() != null) {
				q.option(chosen).ifPresent(o -> scales.merge(q.scaleKey(), o.score(), Integer::sum));
			}
		}
		return rules.criteria().stream()
			.filter(c -> c.pathway() == Pathway.SAFETY && c.active() && !c.conditions().isEmpty())
			.anyMatch(c -> met(c, answers, scales));
	}

	private static boolean met(Criterion criterion, Map<String, String> answers, Map<String, Integer> scales) {
		if (criterion.match() == MatchMode.ALL) {
			return criterion.conditions().stream().allMatch(c -> holds(c, answers, scales));
		}
		return criterion.conditions().stream().anyMatch(c -> holds(c, answers, scales));
	}

	private static boolean holds(Condition condition, Map<String, String> answers, Map<String, Integer> scales) {
		if (condition instanceof Condition.AnswerIn in) {
			String chosen = answers.get(in.questionKey());
			return chosen != null && in.optionKeys().contains(chosen);
		}
		if (condition instanceof Condition.ScoreAtLeast score) {
			return scales.getOrDefault(score.scaleKey(), 0) >= score.minimum();
		}
		return false;
	}
}
