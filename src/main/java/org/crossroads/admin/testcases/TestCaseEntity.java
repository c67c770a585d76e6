package org.crossroads.admin.testcases;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.crossroads.ruleset.Positioned;
import org.crossroads.ruleset.RuleSetChild;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.rules.Outcome;

/**
 * A named answer set with the outcome an editor expects. Belongs to one rule set version, so the
 * cases travel with the rules: a draft copies them, and publishing keeps them with the new version.
 */
@Entity
@Table(name = "test_case")
public class TestCaseEntity extends RuleSetChild implements Positioned {

	private String name;

	@Enumerated(EnumType.STRING)
	private Outcome expectedOutcome;

	private int position;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "test_case_answer", joinColumns = @JoinColumn(name = "test_case_id"))
	@MapKeyColumn(name = "question_key")
	@Column(name = "option_key")
	private Map<String, String> answers = new LinkedHashMap<>();

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Outcome getExpectedOutcome() { return expectedOutcome; }
	public void setExpectedOutcome(Outcome expectedOutcome) { this.expectedOutcome = expectedOutcome; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public Map<String, String> getAnswers() { return answers; }

	/** An unsaved copy for another rule set version. */
	public TestCaseEntity copyFor(RuleSetEntity owner) {
		TestCaseEntity copy = new TestCaseEntity();
		copy.setRuleSet(owner);
		copy.name = name;
		copy.expectedOutcome = expectedOutcome;
		copy.position = position;
		copy.answers.putAll(answers);
		return copy;
	}
}
