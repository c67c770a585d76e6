package org.crossroads.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.Evaluation;

/**
 * A result with what is needed to show it: the evaluation (with the answers it read) and the
 * published version that decided it. {@code id} and {@code createdAt} are empty for an unsaved
 * evaluation.
 */
public record Assessment(Optional<String> id, Optional<Instant> createdAt, Evaluation evaluation,
		ContentSnapshot content) {

	public Assessment {
		Objects.requireNonNull(evaluation, "evaluation");
		Objects.requireNonNull(content, "content");
		if (id.isPresent() != createdAt.isPresent()) {
			throw new IllegalArgumentException("a stored result has both an id and a creation time, an unsaved one neither");
		}
	}

	static Assessment unsaved(Evaluation evaluation, ContentSnapshot content) {
		return new Assessment(Optional.empty(), Optional.empty(), evaluation, content);
	}

	static Assessment stored(String id, Instant createdAt, Evaluation evaluation, ContentSnapshot content) {
		return new Assessment(Optional.of(id), Optional.of(createdAt), evaluation, content);
	}

	/** The answers in questionnaire order. */
	public Map<String, String> answers() {
		return evaluation.answers().answers();
	}
}
