package org.crossroads.rules;

import java.util.List;

/** The decision policy of the questionnaire, applied to checked answers. */
public final class RulesEngine {

	private RulesEngine() {
	}

	static Evaluation evaluate(RuleSet rules, AnswerSheet answers) {
		List<Criterion> met = met(rules, answers);
		Scores scores = Scores.of(met);
		return new Evaluation(decide(rules.thresholds(), scores, met), scores, met, rules.version(), answers);
	}

	/** The outcome alone, decided exactly as {@link #evaluate} decides it: for what-if variants. */
	static Outcome outcome(RuleSet rules, AnswerSheet answers) {
		List<Criterion> met = met(rules, answers);
		return decide(rules.thresholds(), Scores.of(met), met);
	}

	private static List<Criterion> met(RuleSet rules, AnswerSheet answers) {
		return rules.criteria().stream().filter(c -> c.isMetBy(answers)).toList();
	}

	/**
	 * Whether the answers so far already meet a SAFETY criterion. Crisis help cannot wait for the
	 * last step, so this reads a partial sheet as the complete evaluation would: unanswered
	 * questions match nothing and add nothing to a scale.
	 */
	public static boolean needsUrgentSupport(RuleSet rules, AnswerSheet answers) {
		return rules.criteria().stream().anyMatch(c -> c.pathway() == Pathway.SAFETY && c.isMetBy(answers));
	}

	static Outcome decide(Thresholds thresholds, Scores scores, List<Criterion> met) {
		if (met.stream().anyMatch(c -> c.pathway() == Pathway.SAFETY)) {
			return Outcome.URGENT_SUPPORT;
		}
		boolean therapyShown = scores.therapy() >= thresholds.therapy()
				|| met.stream().anyMatch(Criterion::needsTherapy);
		boolean coachingShown = scores.coaching() >= thresholds.coaching();
		if (therapyShown && coachingShown) {
			return Outcome.BOTH;
		}
		if (therapyShown) {
			return Outcome.THERAPY;
		}
		return coachingShown ? Outcome.COACHING : Outcome.EXPLORE;
	}
}
