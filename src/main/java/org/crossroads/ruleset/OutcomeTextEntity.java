package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crossroads.rules.Outcome;

/** The one-sentence headline a result page opens with, per outcome. */
@Entity
@Table(name = "outcome_text")
public class OutcomeTextEntity extends RuleSetChild {

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String headline;

	public Outcome getOutcome() { return outcome; }
	public void setOutcome(Outcome outcome) { this.outcome = outcome; }
	public String getHeadline() { return headline; }
	public void setHeadline(String headline) { this.headline = headline; }
}
