package org.crossroads.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A "What matters to you" statement a visitor may rate after their result, with how therapy and how
 * coaching fit it in the article's words. {@code key} is stable: stored answers and the API refer to it.
 */
@Entity
@Table(name = "value_statement")
public class ValueStatementEntity extends RuleSetChild implements Positioned {

	private int position;

	@Column(name = "statement_key")
	private String key;

	private String body;

	private String therapyFit;

	private String coachingFit;

	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getTherapyFit() { return therapyFit; }
	public void setTherapyFit(String therapyFit) { this.therapyFit = therapyFit; }
	public String getCoachingFit() { return coachingFit; }
	public void setCoachingFit(String coachingFit) { this.coachingFit = coachingFit; }
}
