package org.crossroads.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of one published version of the questionnaire and its criteria. */
public record RuleSet(int version, List<Section> sections, List<Criterion> criteria, Thresholds thresholds) {

	public RuleSet {
		sections = List.copyOf(sections);
		criteria = List.copyOf(criteria);
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	public Optional<Question> question(String key) {
		return questions().stream().filter(q -> q.key().equals(key)).findFirst();
	}

	public Optional<Section> section(String key) {
		return sections.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	public Optional<Criterion> criterion(String code) {
		return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** Problems with a complete answer set: unknown questions or options, missing required answers. */
	public List<AnswerProblem> problems(Map<String, String> answers) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (String key : answers.keySet()) {
			if (question(key).isEmpty()) {
				problems.add(new AnswerProblem(key, AnswerProblem.Kind.UNKNOWN_QUESTION));
			}
		}
		problems.addAll(problems(answers, questions()));
		return problems;
	}

	/** Problems with the answers to some questions only, as one step of the questionnaire checks them. */
	public static List<AnswerProblem> problems(Map<String, String> answers, Collection<Question> scope) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (Question q : scope) {
			String chosen = answers.get(q.key());
			if (chosen == null) {
				if (q.required()) {
					problems.add(new AnswerProblem(q.key(), AnswerProblem.Kind.MISSING_REQUIRED));
				}
			}
			else if (q.option(chosen).isEmpty()) {
				problems.add(new AnswerProblem(q.key(), AnswerProblem.Kind.UNKNOWN_OPTION));
			}
		}
		return problems;
	}

	/** Checks the answers and makes the sheet the engine reads. */
	public AnswerSheet read(Map<String, String> answers) {
		List<AnswerProblem> problems = problems(answers);
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		Map<String, Integer> scales = new HashMap<>();
		for (Question q : questions()) {
			String chosen = answers.get(q.key());
			if (chosen != null) {
				ordered.put(q.key(), chosen);
				int score = q.option(chosen).orElseThrow().score();
				q.scale().ifPresent(scale -> scales.merge(scale, score, Integer::sum));
			}
		}
		return new AnswerSheet(ordered, scales);
	}

	public Evaluation evaluate(Map<String, String> answers) {
		return RulesEngine.evaluate(this, read(answers));
	}
}
