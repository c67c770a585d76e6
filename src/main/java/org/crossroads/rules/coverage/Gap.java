package org.crossroads.rules.coverage;

import java.util.Map;
import java.util.Objects;

import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;

/**
 * Something the test cases should exercise. Listed as a gap while no case does; {@link #id()} names
 * it in a link, {@link #filledBy} is the one test of whether an evaluated answer set exercises it.
 */
public sealed interface Gap {

	String id();

	boolean filledBy(Map<String, String> answers, Evaluation evaluation);

	/** No case gives this outcome. */
	record OutcomeUnreached(Outcome outcome) implements Gap {
		public OutcomeUnreached {
			Objects.requireNonNull(outcome, "outcome");
		}

		@Override
		public String id() {
			return "outcome:" + outcome;
		}

		@Override
		public boolean filledBy(Map<String, String> answers, Evaluation evaluation) {
			return evaluation.outcome() == outcome;
		}
	}

	/** No case meets this active criterion. */
	record CriterionNeverMet(String code) implements Gap {
		public CriterionNeverMet {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public String id() {
			return "met:" + code;
		}

		@Override
		public boolean filledBy(Map<String, String> answers, Evaluation evaluation) {
			return evaluation.metCodes().contains(code);
		}
	}

	/** Every case meets this active criterion: none shows what happens without it. */
	record CriterionNeverUnmet(String code) implements Gap {
		public CriterionNeverUnmet {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public String id() {
			return "unmet:" + code;
		}

		@Override
		public boolean filledBy(Map<String, String> answers, Evaluation evaluation) {
			return !evaluation.metCodes().contains(code);
		}
	}

	/**
	 * No case scores {@code score} on a path: its threshold ({@code exact}) or one point below it,
	 * the two sides of the edge where the path starts being suggested.
	 */
	record ThresholdEdgeMissing(Pathway pathway, boolean exact, int score) implements Gap {
		public ThresholdEdgeMissing {
			Objects.requireNonNull(pathway, "pathway");
		}

		@Override
		public String id() {
			return "edge:" + pathway + ":" + (exact ? "exact" : "below");
		}

		@Override
		public boolean filledBy(Map<String, String> answers, Evaluation evaluation) {
			return Coverage.score(evaluation, pathway) == score;
		}
	}

	/** No case chooses this option. */
	record OptionUnused(String questionKey, String optionKey) implements Gap {
		public OptionUnused {
			Objects.requireNonNull(questionKey, "questionKey");
			Objects.requireNonNull(optionKey, "optionKey");
		}

		@Override
		public String id() {
			return "option:" + questionKey + ":" + optionKey;
		}

		@Override
		public boolean filledBy(Map<String, String> answers, Evaluation evaluation) {
			return optionKey.equals(answers.get(questionKey));
		}
	}
}
