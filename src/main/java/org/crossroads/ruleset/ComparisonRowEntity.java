package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the article's comparison table: one feature, therapy's side and coaching's side. */
@Entity
@Table(name = "comparison_row")
public class ComparisonRowEntity extends RuleSetChild implements Positioned {

	private int position;

	private String feature;

	private String therapy;

	private String coaching;

	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getFeature() { return feature; }
	public void setFeature(String feature) { this.feature = feature; }
	public String getTherapy() { return therapy; }
	public void setTherapy(String therapy) { this.therapy = therapy; }
	public String getCoaching() { return coaching; }
	public void setCoaching(String coaching) { this.coaching = coaching; }
}
