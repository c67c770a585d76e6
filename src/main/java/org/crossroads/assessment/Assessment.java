package org.crossroads.assessment;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.Evaluation;

/**
 * A result with what is needed to show it: the answers, the evaluation and the published
 * version that decided it. {@code id} and {@code createdAt} are empty for an unsaved evaluation.
 */
public record Assessment(Optional<String> id, Optional<Instant> createdAt, Map<String, String> answers,
		Evaluation evaluation, ContentSnapshot content) {

	public Assessment {
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}
}
