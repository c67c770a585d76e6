package org.crossroads.assessment.values;

import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.AssessmentService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.published.SiteContent.ValueStatement;
import org.crossroads.rules.Outcome;

/**
 * The optional "What matters to you" step after a result: statements rated by importance and the SURE
 * test. It never changes the result. It is not offered after an urgent result, where crisis help is
 * the one thing the page should lead to. Ratings are read against the result's own version.
 */
@Service
public class ValuesStep {

	private final ResultValuesRepository values;

	private final AssessmentService results;

	ValuesStep(ResultValuesRepository values, AssessmentService results) {
		this.values = values;
		this.results = results;
	}

	static boolean offered(Assessment assessment) {
		return assessment.evaluation().outcome() != Outcome.URGENT_SUPPORT;
	}

	/** The statements of the result's version. */
	static List<ValueStatement> statements(Assessment assessment) {
		return assessment.content().site().valueStatements();
	}

	@Transactional(readOnly = true)
	public Optional<ValuesAnswers> find(String resultId) {
		return values.findById(resultId).map(ResultValues::answers);
	}

	/** Checks raw answers against the result's version and stores them, replacing earlier ones. */
	@Transactional
	public ValuesAnswers answer(Assessment assessment, Map<String, String> ratings, Map<String, String> sure) {
		if (!offered(assessment)) {
			throw new NotOfferedException();
		}
		ValuesAnswers answers = ValuesAnswers.read(ratings, sure, statements(assessment));
		String id = assessment.id().orElseThrow();
		// a double tap sends the answers twice at once: the second waits, then replaces the first
		if (!results.lock(id)) {
			throw new ResultGoneException();
		}
		ResultValues row = values.findById(id).orElseGet(() -> new ResultValues(id));
		row.answer(answers);
		values.save(row);
		return answers;
	}

	/** What the result page shows: whether the step is offered, and the answers if given. */
	public record Summary(boolean offered, @org.jspecify.annotations.Nullable Shown given) {
	}

	@Transactional(readOnly = true)
	public Summary summary(Assessment assessment) {
		if (!offered(assessment)) {
			return new Summary(false, null);
		}
		return new Summary(true, find(assessment.id().orElseThrow())
			.map(answers -> Shown.of(answers, statements(assessment)))
			.orElse(null));
	}

	/** The result was deleted while its answers were on their way. */
	public static final class ResultGoneException extends RuntimeException {

		ResultGoneException() {
			super("the result is gone");
		}
	}

	/** The step is not offered for this result (an urgent one). */
	public static final class NotOfferedException extends RuntimeException {

		NotOfferedException() {
			super("the values step is not offered for an urgent result");
		}
	}

	/** What a page shows of given answers: the statements rated important, with both sides, and the SURE outcome. */
	public record Shown(List<Row> important, Map<SureItem, Boolean> sure, int sureScore, boolean readyToDecide) {

		public record Row(String key, String text, ValueRating rating, String therapyFit, String coachingFit) {
		}

		static Shown of(ValuesAnswers answers, List<ValueStatement> statements) {
			List<Row> rows = statements.stream()
				.filter(s -> {
					ValueRating r = answers.ratings().get(s.key());
					return r != null && r.important();
				})
				.map(s -> new Row(s.key(), s.text(), answers.ratings().get(s.key()), s.therapyFit(), s.coachingFit()))
				.toList();
			return new Shown(rows, new LinkedHashMap<>(answers.sure()), answers.sureScore(), answers.readyToDecide());
		}
	}
}
