package org.crossroads.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule set n times larger than the seed, made deterministically from it: every section,
 * question, scale and criterion repeated under suffixed keys, each copy's criteria reading only its
 * own questions and scales. Copy 0 keeps the seed's keys. The seed's thresholds stay, so an answer
 * set repeated in every copy still leads to the seed's outcome, with scores that many times higher.
 */
final class TenfoldRules {

	private TenfoldRules() {
	}

	static RuleSet of(RuleSet seed, int copies) {
		List<Section> sections = new ArrayList<>();
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			int copy = i;
			for (Section s : seed.sections()) {
				sections.add(new Section(key(s.key(), copy), s.title(), s.questions().stream()
					.map(q -> question(q, copy))
					.toList()));
			}
			for (Criterion c : seed.criteria()) {
				criteria.add(criterion(c, copy));
			}
		}
		return new RuleSet(seed.version(), sections, criteria, seed.thresholds());
	}

	/** The seed's answers given in every copy, in questionnaire order. */
	static Map<String, String> answers(Map<String, String> seedAnswers, int copies) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int copy = 0; copy < copies; copy++) {
			for (Map.Entry<String, String> answer : seedAnswers.entrySet()) {
				answers.put(key(answer.getKey(), copy), answer.getValue());
			}
		}
		return answers;
	}

	private static Question question(Question q, int copy) {
		String scale = q.scaleKey() == null ? null : key(q.scaleKey(), copy);
		return new Question(key(q.key(), copy), q.prompt(), q.shortLabel(), q.help(), q.required(), scale, q.options());
	}

	private static Criterion criterion(Criterion c, int copy) {
		List<Condition> conditions = c.conditions().stream().map(condition -> condition(condition, copy)).toList();
		return new Criterion(key(c.code(), copy), c.pathway(), c.title(), c.reason(), c.weight(), c.clinical(),
				c.exclusive(), c.active(), c.match(), conditions);
	}

	private static Condition condition(Condition condition, int copy) {
		if (condition instanceof Condition.AnswerIn in) {
			return new Condition.AnswerIn(key(in.questionKey(), copy), in.optionKeys());
		}
		Condition.ScoreAtLeast at = (Condition.ScoreAtLeast) condition;
		return new Condition.ScoreAtLeast(key(at.scaleKey(), copy), at.minimum());
	}

	private static String key(String key, int copy) {
		return copy == 0 ? key : key + "-" + copy;
	}
}
