package org.crossroads.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.RuleSet;
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
			int ruleSetVersion, @Nullable String resultUrl, @Nullable Instant createdAt, @Nullable Values values) {

		Result(@Nullable String id, Outcome outcome, Map<Pathway, Integer> scores, List<MatchedCriterion> matchedCriteria,
				int ruleSetVersion, @Nullable String resultUrl, @Nullable Instant createdAt) {
			this(id, outcome, scores, matchedCriteria, ruleSetVersion, resultUrl, createdAt, null);
		}

		/** A stored result with its values answers, when given. */
		static Result of(Assessment assessment, @Nullable String resultUrl, @Nullable ValuesAnswers values) {
			Result result = of(assessment, resultUrl);
			return values == null ? result : new Result(result.id(), result.outcome(), result.scores(),
					result.matchedCriteria(), result.ruleSetVersion(), result.resultUrl(), result.createdAt(), Values.of(values));
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
					evaluation.ruleSetVersion(), resultUrl, assessment.createdAt().orElse(null));
		}
	}

	record MatchedCriterion(String code, Pathway pathway, String title, String reason) {
	}
}
