package org.crossroads.assessment.api;

import org.crossroads.assessment.values.SureItem;
import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.values.ValueRating;
import org.crossroads.assessment.values.ValuesAnswers;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Stability;
import org.crossroads.ruleset.published.SiteContent;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of API version 1, exactly as questionnaire.md names them. */
final class ApiJson {

	private ApiJson() {
	}

	record Questionnaire(int version, List<Section> sections, ValuesQuestions values) {
		/** {@code text}: a message by its key, for the fixed texts of the values step. */
		static Questionnaire of(RuleSet rules, List<SiteContent.ValueStatement> statements, Function<String, String> text) {
			return new Questionnaire(rules.version(), rules.sections().stream()
				.map(s -> new Section(s.key(), s.title(), s.questions().stream()
					.map(q -> new Question(q.key(), q.prompt(), q.help(), q.required(),
							q.options().stream().map(o -> new Option(o.key(), o.label())).toList()))
					.toList()))
				.toList(), ValuesQuestions.of(statements, text));
		}
	}

	/**
	 * The optional step after a stored result: the statements to rate, the ratings, and the SURE items,
	 * whose wording is the validated instrument's, fixed.
	 */
	record ValuesQuestions(List<Statement> statements, List<Option> ratings, List<SureQuestion> sure) {
		static ValuesQuestions of(List<SiteContent.ValueStatement> statements, Function<String, String> text) {
			return new ValuesQuestions(
					statements.stream().map(v -> new Statement(v.key(), v.text(), v.therapyFit(), v.coachingFit())).toList(),
					java.util.Arrays.stream(ValueRating.values())
						.map(r -> new Option(r.key(), text.apply("values.rating." + r.key())))
						.toList(),
					java.util.Arrays.stream(SureItem.values())
						.map(i -> new SureQuestion(i.key(), text.apply("values.sure." + i.key() + ".name"),
								text.apply("values.sure." + i.key() + ".question")))
						.toList());
		}
	}

	record Statement(String key, String text, String therapyFit, String coachingFit) {
	}

	record SureQuestion(String key, String name, String question) {
	}

	/** Values answers as given: ratings by statement key, SURE answers by item key, the score and what it means. */
	record Values(Map<String, String> ratings, Map<String, Boolean> sure, int sureScore, boolean readyToDecide) {
		static Values of(ValuesAnswers answers) {
			Map<String, String> ratings = new LinkedHashMap<>();
			answers.ratings().forEach((k, r) -> ratings.put(k, r.key()));
			Map<String, Boolean> sure = new LinkedHashMap<>();
			answers.sure().forEach((i, yes) -> sure.put(i.key(), yes));
			return new Values(ratings, sure, answers.sureScore(), answers.readyToDecide());
		}
	}

	record Section(String key, String title, List<Question> questions) {
	}

	record Question(String key, String prompt, @Nullable String help, boolean required, List<Option> options) {
	}

	record Option(String key, String label) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Result(@Nullable String id, Outcome outcome, Map<Pathway, Integer> scores, List<MatchedCriterion> matchedCriteria,
			int ruleSetVersion, @Nullable String resultUrl, @Nullable Instant createdAt,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StabilityJson stability, @Nullable Values values) {

		/** A stored result with its values answers, when given. */
		static Result of(Assessment assessment, @Nullable String resultUrl, @Nullable ValuesAnswers values) {
			Result result = of(assessment, resultUrl);
			return values == null ? result : new Result(result.id(), result.outcome(), result.scores(),
					result.matchedCriteria(), result.ruleSetVersion(), result.resultUrl(), result.createdAt(),
					result.stability(), Values.of(values));
		}

		static Result of(Assessment assessment, @Nullable String resultUrl) {
			var evaluation = assessment.evaluation();
			Map<Pathway, Integer> scores = new LinkedHashMap<>();
			scores.put(Pathway.THERAPY, evaluation.scores().therapy());
			scores.put(Pathway.COACHING, evaluation.scores().coaching());
			return new Result(assessment.id().orElse(null), evaluation.outcome(), scores,
					evaluation.metCriteria().stream()
						.map(c -> new MatchedCriterion(c.code(), c.pathway(), c.title(), c.reason()))
						.toList(),
					evaluation.ruleSetVersion(), resultUrl, assessment.createdAt().orElse(null),
					StabilityJson.of(assessment).orElse(null), null);
		}
	}

	record MatchedCriterion(String code, Pathway pathway, String title, String reason) {
	}

	/**
	 * How settled the result is, under the version that decided it; {@code null} for
	 * URGENT_SUPPORT, where there is nothing to weigh up. {@code tippingPairs} is filled only
	 * when no single change tips the result.
	 */
	record StabilityJson(String verdict, Map<Pathway, PathScoreJson> scores, List<ChangeJson> tipping,
			List<PairJson> tippingPairs) {

		static Optional<StabilityJson> of(Assessment assessment) {
			return Stability.of(assessment.content().rules(), assessment.evaluation().answers()).map(s -> {
				Map<Pathway, PathScoreJson> scores = new LinkedHashMap<>();
				scores.put(Pathway.THERAPY, new PathScoreJson(s.therapy().score(), s.therapy().threshold()));
				scores.put(Pathway.COACHING, new PathScoreJson(s.coaching().score(), s.coaching().threshold()));
				return new StabilityJson(s.verdict().name().toLowerCase(Locale.ROOT), scores,
						s.tipping().stream()
							.map(t -> ChangeJson.of(t.changes().get(0), t.outcome()))
							.toList(),
						s.tippingPairs().stream()
							.map(t -> new PairJson(t.changes().stream().map(c -> ChangeJson.of(c, null)).toList(),
									t.outcome()))
							.toList());
			});
		}
	}

	record PathScoreJson(int score, int threshold) {
	}

	/**
	 * One changed answer; {@code from} or {@code to} is null for "no answer" to an optional
	 * question. {@code outcome} only on a single change: a pair carries it once for both.
	 */
	record ChangeJson(String question, @Nullable String from, @Nullable String to,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Outcome outcome) {

		static ChangeJson of(Stability.Change change, @Nullable Outcome outcome) {
			return new ChangeJson(change.questionKey(), change.from(), change.to(), outcome);
		}
	}

	record PairJson(List<ChangeJson> changes, Outcome outcome) {
	}
}
