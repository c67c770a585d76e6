package org.crossroads.rules;

import java.util.List;
import java.util.Objects;

/**
 * A "when to choose" statement of the article with the conditions that make it apply.
 * {@code clinical}: a sign that needs a licensed professional; {@code exclusive}: something
 * only therapy can provide. Either one keeps coaching from being recommended alone.
 */
public record Criterion(String code, Pathway pathway, String title, String reason, int weight,
		boolean clinical, boolean exclusive, boolean active, MatchMode match, List<Condition> conditions) {

	public Criterion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(pathway, "pathway");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(match, "match");
		conditions = List.copyOf(conditions);
	}

	boolean isMetBy(AnswerSheet answers) {
		if (!active || conditions.isEmpty()) {
			return false;
		}
		return switch (match) {
			case ANY -> conditions.stream().anyMatch(c -> c.holds(answers));
			case ALL -> conditions.stream().allMatch(c -> c.holds(answers));
		};
	}

	/**
	 * Needs a licensed professional: coaching alone is never the answer when this is met,
	 * whichever pathway an editor filed it under.
	 */
	public boolean needsTherapy() {
		return clinical || exclusive;
	}

}
