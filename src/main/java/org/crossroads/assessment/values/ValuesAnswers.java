package org.crossroads.assessment.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossroads.ruleset.published.SiteContent.ValueStatement;

/**
 * What a visitor said matters to them after their result: a rating per statement they rated (the
 * step is optional, so a statement may be left out), and all four SURE answers (true = yes), which
 * the SURE score needs. Statement keys are those of the result's own version.
 */
public record ValuesAnswers(Map<String, ValueRating> ratings, Map<SureItem, Boolean> sure) {

	public ValuesAnswers {
		ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
		Map<SureItem, Boolean> copy = new EnumMap<>(SureItem.class);
		copy.putAll(sure);
		if (copy.size() != SureItem.values().length) {
			throw new IllegalArgumentException("every SURE item needs an answer");
		}
		sure = Collections.unmodifiableMap(copy);
	}

	/** The SURE score: how many items were answered yes (0 to 4). */
	public int sureScore() {
		return (int) sure.values().stream().filter(Boolean::booleanValue).count();
	}

	/** A score of 4: the person feels ready to decide; below 4 signals decisional conflict. */
	public boolean readyToDecide() {
		return sureScore() == SureItem.values().length;
	}

	/** What is wrong with an answer, named by the statement key or SURE item key it concerns. */
	public record Problem(Part part, String key, Kind kind) {

		public enum Part {
			RATINGS, SURE
		}

		public enum Kind {
			UNKNOWN_STATEMENT, UNKNOWN_RATING, UNKNOWN_SURE_ITEM, NOT_YES_OR_NO, MISSING_SURE_ANSWER
		}
	}

	/** The answers could not be used; nothing is stored. */
	public static final class InvalidValuesException extends RuntimeException {

		private final List<Problem> problems;

		InvalidValuesException(List<Problem> problems) {
			super(problems.size() + " problem(s) with the values answers");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

		/** Only SURE items left unanswered: the form can say so beside each, as for any required question. */
		boolean onlyMissing() {
			return problems.stream().allMatch(p -> p.kind() == Problem.Kind.MISSING_SURE_ANSWER);
		}
	}

	/**
	 * Reads raw answers: {@code ratings} by statement key ({@code not-important}, {@code somewhat},
	 * {@code very}), {@code sure} by item key ({@code yes} or {@code no}), checked against the statements
	 * of the result's version. Every problem is listed at once.
	 */
	static ValuesAnswers read(Map<String, String> ratings, Map<String, String> sure, List<ValueStatement> statements) {
		List<Problem> problems = new ArrayList<>();
		Map<String, ValueRating> rated = new LinkedHashMap<>();
		ratings.forEach((key, value) -> {
			if (statements.stream().noneMatch(s -> s.key().equals(key))) {
				problems.add(new Problem(Problem.Part.RATINGS, key, Problem.Kind.UNKNOWN_STATEMENT));
				return;
			}
			Optional<ValueRating> rating = ValueRating.ofKey(value);
			if (rating.isEmpty()) {
				problems.add(new Problem(Problem.Part.RATINGS, key, Problem.Kind.UNKNOWN_RATING));
				return;
			}
			rated.put(key, rating.get());
		});
		Map<SureItem, Boolean> answered = new EnumMap<>(SureItem.class);
		sure.forEach((key, value) -> {
			Optional<SureItem> item = SureItem.ofKey(key);
			if (item.isEmpty()) {
				problems.add(new Problem(Problem.Part.SURE, key, Problem.Kind.UNKNOWN_SURE_ITEM));
			}
			else if (!"yes".equals(value) && !"no".equals(value)) {
				problems.add(new Problem(Problem.Part.SURE, key, Problem.Kind.NOT_YES_OR_NO));
			}
			else {
				answered.put(item.get(), "yes".equals(value));
			}
		});
		for (SureItem item : SureItem.values()) {
			if (!answered.containsKey(item) && !sure.containsKey(item.key())) {
				problems.add(new Problem(Problem.Part.SURE, item.key(), Problem.Kind.MISSING_SURE_ANSWER));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidValuesException(problems);
		}
		// in the statements' order, so pages and the API list them as the version does
		Map<String, ValueRating> ordered = new LinkedHashMap<>();
		statements.forEach(s -> {
			ValueRating r = rated.get(s.key());
			if (r != null) {
				ordered.put(s.key(), r);
			}
		});
		return new ValuesAnswers(ordered, answered);
	}
}
