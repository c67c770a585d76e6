package org.crossroads.admin.publishing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.AnswerProblem;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.InvalidAnswersException;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Scores;

import org.jspecify.annotations.Nullable;

/**
 * One answer set evaluated under one version: the evaluation, or why there is none (the answers
 * do not fit that version's questions, or the draft cannot be evaluated at all).
 */
public record Run(Optional<Evaluation> evaluation, List<AnswerProblem> problems, boolean unavailable) {

	public Run {
		problems = List.copyOf(problems);
	}

	static Run of(Optional<ContentSnapshot> content, Map<String, String> answers) {
		if (content.isEmpty()) {
			return new Run(Optional.empty(), List.of(), true);
		}
		try {
			return new Run(Optional.of(content.get().rules().evaluate(answers)), List.of(), false);
		}
		catch (InvalidAnswersException e) {
			return new Run(Optional.empty(), e.problems(), false);
		}
	}

	public boolean evaluated() {
		return evaluation.isPresent();
	}

	/** Null when not evaluated, so that two unevaluated runs compare equal. */
	public @Nullable Outcome outcome() {
		return evaluation.map(Evaluation::outcome).orElse(null);
	}

	public @Nullable Scores scores() {
		return evaluation.map(Evaluation::scores).orElse(null);
	}

	public List<Criterion> met() {
		return evaluation.map(Evaluation::metCriteria).orElse(List.of());
	}
}
