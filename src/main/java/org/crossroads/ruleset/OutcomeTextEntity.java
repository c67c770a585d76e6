package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.crossroads.rules.Outcome;

/** The one-sentence headline a result page opens with, per outcome. */
@Entity
@Table(name = "outcome_text")
public class OutcomeTextEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String headline;

	@Version
	private long lockVersion;

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public Outcome getOutcome() { return outcome; }
	public void setOutcome(Outcome outcome) { this.outcome = outcome; }
	public String getHeadline() { return headline; }
	public void setHeadline(String headline) { this.headline = headline; }
	public long getLockVersion() { return lockVersion; }
}
