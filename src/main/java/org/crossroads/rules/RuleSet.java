package org.crossroads.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An immutable snapshot of one published version of the questionnaire and its criteria. */
public record RuleSet(int version, List<Section> sections, List<Criterion> criteria, Thresholds thresholds) {

	public RuleSet {
		sections = List.copyOf(sections);
		criteria = List.copyOf(criteria);
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	/** The screening scales the questions add to, each once, in questionnaire order. */
	public List<String> scales() {
		return questions().stream().flatMap(q -> q.scale().stream()).distinct().toList();
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
		return check(answers, true).problems();
	}

	/** Checks a complete answer set and makes the sheet the engine reads. */
	public AnswerSheet read(Map<String, String> answers) throws InvalidAnswersException {
		Checked checked = check(answers, true);
		if (!checked.problems().isEmpty()) {
			throw new InvalidAnswersException(checked.problems());
		}
		return checked.sheet();
	}

	/** Checks the answers to some questions: keeps the valid ones, names the refused ones. */
	public PartialAnswers readPartial(Map<String, String> answers) {
		Checked checked = check(answers, false);
		return new PartialAnswers(checked.sheet(), checked.problems());
	}

	public Evaluation evaluate(Map<String, String> answers) throws InvalidAnswersException {
		return RulesEngine.evaluate(this, read(answers));
	}

	private record Checked(AnswerSheet sheet, List<AnswerProblem> problems) {
	}

	/**
	 * The one place answers are checked and ordered. Problems come as the API lists them: unknown
	 * questions in the order given, then the rest in questionnaire order.
	 */
	private Checked check(Map<String, String> answers, boolean complete) {
		List<Question> questions = questions();
		Set<String> known = questions.stream().map(Question::key).collect(Collectors.toSet());
		List<AnswerProblem> problems = new ArrayList<>();
		answers.keySet().stream()
			.filter(key -> !known.contains(key))
			.forEach(key -> problems.add(new AnswerProblem(key, AnswerProblem.Kind.UNKNOWN_QUESTION)));
		Map<String, String> ordered = new LinkedHashMap<>();
		Map<String, Integer> scales = new HashMap<>();
		for (Question q : questions) {
			String chosen = answers.get(q.key());
			Optional<AnswerOption> option = chosen == null ? Optional.empty() : q.option(chosen);
			if (option.isPresent()) {
				ordered.put(q.key(), chosen);
				q.scale().ifPresent(scale -> scales.merge(scale, option.get().score(), Integer::sum));
			}
			else if (chosen != null) {
				problems.add(new AnswerProblem(q.key(), AnswerProblem.Kind.UNKNOWN_OPTION));
			}
			else if (complete && q.required()) {
				problems.add(new AnswerProblem(q.key(), AnswerProblem.Kind.MISSING_REQUIRED));
			}
		}
		return new Checked(new AnswerSheet(ordered, scales), problems);
	}
}
