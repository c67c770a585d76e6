package org.crossroads.assessment;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Stability;

/**
 * "How settled is this result" as the result page words it, under the version that decided the
 * result: questions by their short label, options by their label. Empty for URGENT_SUPPORT.
 */
public record StabilitySection(boolean clear, List<PathLine> scores, List<Tip> tipping, List<Tip> pairs) {

	/** A path's points against the points that suggest it; {@code key} names its message. */
	public record PathLine(String key, int score, int threshold) {
	}

	/** One changed answer in words; {@code to} is null for leaving an optional question out. */
	public record ChangeLine(String questionKey, String question, @Nullable String from, @Nullable String to) {
	}

	/** Changes (one, or a pair) and the outcome they would have given. */
	public record Tip(List<ChangeLine> changes, Outcome outcome) {

		public ChangeLine first() {
			return changes.get(0);
		}
	}

	static Optional<StabilitySection> of(Assessment assessment) {
		RuleSet rules = assessment.content().rules();
		return Stability.of(rules, assessment.evaluation().answers()).map(s -> new StabilitySection(
				s.verdict() == Stability.Verdict.CLEAR,
				List.of(new PathLine("therapy", s.therapy().score(), s.therapy().threshold()),
						new PathLine("coaching", s.coaching().score(), s.coaching().threshold())),
				tips(rules, s.tipping()), tips(rules, s.tippingPairs())));
	}

	private static List<Tip> tips(RuleSet rules, List<Stability.Tipping> tippings) {
		return tippings.stream()
			.map(t -> new Tip(t.changes().stream().map(c -> line(rules, c)).toList(), t.outcome()))
			.toList();
	}

	private static ChangeLine line(RuleSet rules, Stability.Change change) {
		Question question = rules.question(change.questionKey()).orElseThrow();
		String name = question.shortLabel().isBlank() ? question.prompt() : question.shortLabel();
		return new ChangeLine(question.key(), name, label(question, change.from()), label(question, change.to()));
	}

	private static @Nullable String label(Question question, @Nullable String optionKey) {
		return optionKey == null ? null : question.option(optionKey).map(AnswerOption::label).orElse(optionKey);
	}
}
