package org.crossroads.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A "when to choose" statement of the article with the conditions that make it apply.
 * {@code clinical}: a sign that needs a licensed professional; {@code exclusive}: something
 * only therapy can provide. Either one keeps coaching from being recommended alone.
 * {@code reasonQuoted}: the reason is a sentence of the source article, shown as a quotation.
 */
public record Criterion(String code, Pathway pathway, String title, String reason, int weight,
		boolean clinical, boolean exclusive, boolean active, MatchMode match, List<Condition> conditions,
		boolean reasonQuoted) {

	public Criterion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(pathway, "pathway");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(match, "match");
		conditions = List.copyOf(conditions);
	}

	/** A criterion whose reason is in our own words ({@code reasonQuoted}: the reason quotes the article). */
	public Criterion(String code, Pathway pathway, String title, String reason, int weight, boolean clinical,
			boolean exclusive, boolean active, MatchMode match, List<Condition> conditions) {
		this(code, pathway, title, reason, weight, clinical, exclusive, active, match, conditions, false);
	}

	/**
	 * The title only repeats the reason: the visitor would read the same words twice. Case, quotes
	 * and punctuation do not count, since they are what an editor changes without rewording.
	 */
	public boolean titleRepeatsReason() {
		return titleRepeatsReason(title, reason);
	}

	public static boolean titleRepeatsReason(String title, String reason) {
		String words = words(title);
		return !words.isEmpty() && words.equals(words(reason));
	}

	/** The words of a text, lower case, single spaces: no quotes, apostrophes or punctuation. */
	public static String words(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Punct}\\p{P}]", " ")
			.replaceAll("\\s+", " ")
			.strip();
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
