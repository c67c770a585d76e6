package org.crossroads.admin.testcases;

import org.crossroads.admin.editing.Items;
import org.crossroads.admin.editing.Positions;
import org.crossroads.admin.editing.DraftEditing;
import org.crossroads.admin.editing.InvalidEditException;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;

import org.jspecify.annotations.Nullable;

/** Adds, changes and removes the draft's test cases. */
@Service
class TestCaseEditing {

	private final DraftEditing editing;

	private final Items items;

	private final TestCaseRepository testCases;

	TestCaseEditing(DraftEditing editing, Items items, TestCaseRepository testCases) {
		this.editing = editing;
		this.items = items;
		this.testCases = testCases;
	}

	@Transactional
	long save(long id, TestCaseForm form, String actor) {
		TestCaseEntity shown = editing.find(TestCaseEntity.class, id);
		return editing.change(items.testCase, shown, form.lockVersion(), actor, t -> {
			String name = form.name().strip();
			if (nameTaken(t.getRuleSet(), name, t)) {
				throw new InvalidEditException("name", "admin.error.name-taken");
			}
			t.setName(name);
			t.setExpectedOutcome(form.expected());
			Map<String, String> answers = answers(t.getRuleSet(), form.answers());
			if (!answers.equals(t.getAnswers())) {
				t.getAnswers().clear();
				t.getAnswers().putAll(answers);
			}
		}).getId();
	}

	@Transactional
	long add(TestCaseForm form, String actor) {
		return editing.add(items.testCase, actor, draft -> {
			String name = form.name().strip();
			if (nameTaken(draft, name, null)) {
				throw new InvalidEditException("name", "admin.error.name-taken");
			}
			TestCaseEntity t = new TestCaseEntity();
			t.setRuleSet(draft);
			t.setName(name);
			t.setExpectedOutcome(form.expected());
			t.getAnswers().putAll(answers(draft, form.answers()));
			t.setPosition(Positions.next(testCases.findByRuleSetOrderByPositionAscIdAsc(draft)));
			return testCases.save(t);
		}).getId();
	}

	@Transactional
	void remove(long id, long lockVersion, String actor) {
		TestCaseEntity shown = editing.find(TestCaseEntity.class, id);
		editing.remove(items.testCase, shown, lockVersion, actor, testCases::delete);
	}

	private boolean nameTaken(RuleSetEntity ruleSet, String name, @Nullable TestCaseEntity self) {
		return testCases.findByRuleSetOrderByPositionAscIdAsc(ruleSet).stream()
			.anyMatch(t -> t != self && t.getName().equals(name));
	}

	/** Only answers to the draft's questions with one of their options; blank means unanswered. */
	private static Map<String, String> answers(RuleSetEntity ruleSet, Map<String, String> submitted) {
		Map<String, String> answers = new LinkedHashMap<>();
		submitted.forEach((question, option) -> {
			if (option == null || option.isBlank()) {
				return;
			}
			QuestionEntity q = Items.question(ruleSet, question)
				.orElseThrow(() -> new InvalidEditException("answers", "admin.error.unknown-answer"));
			if (q.getOptions().stream().noneMatch(o -> o.getKey().equals(option))) {
				throw new InvalidEditException("answers", "admin.error.unknown-answer");
			}
			answers.put(question, option);
		});
		return answers;
	}
}
