package org.crossroads.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.RuleSet;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of API version 1, exactly as questionnaire.md names them. */
final class ApiJson {

	private ApiJson() {
	}

	record Questionnaire(int version, List<Section> sections) {
		static Questionnaire of(RuleSet rules) {
			return new Questionnaire(rules.version(), rules.sections().stream()
				.map(s -> new Section(s.key(), s.title(), s.questions().stream()
					.map(q -> new Question(q.key(), q.prompt(), q.help(), q.required(),
							q.options().stream().map(o -> new Option(o.key(), o.label())).toList()))
					.toList()))
				.toList());
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
			int ruleSetVersion, @Nullable String resultUrl, @Nullable Instant createdAt) {

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
