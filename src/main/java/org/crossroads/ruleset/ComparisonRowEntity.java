package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the article's comparison table: one feature, therapy's side and coaching's side. */
@Entity
@Table(name = "comparison_row")
public class ComparisonRowEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	private int position;

	private String feature;

	private String therapy;

	private String coaching;

	@Version
	private long lockVersion;

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getFeature() { return feature; }
	public void setFeature(String feature) { this.feature = feature; }
	public String getTherapy() { return therapy; }
	public void setTherapy(String therapy) { this.therapy = therapy; }
	public String getCoaching() { return coaching; }
	public void setCoaching(String coaching) { this.coaching = coaching; }
	public long getLockVersion() { return lockVersion; }
}
