package org.crossroads.ruleset;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Pathway;

@Entity
@Table(name = "criterion")
public class CriterionEntity extends RuleSetChild implements Positioned {

	private String code;

	@Enumerated(EnumType.STRING)
	private Pathway pathway;

	private String title;

	private String reason;

	/** The reason quotes the source article word for word: shown as a quotation, never reworded. */
	@Column(name = "reason_quoted")
	private boolean reasonQuoted;

	private int weight;

	private boolean clinical;

	private boolean exclusive;

	private boolean active;

	@Enumerated(EnumType.STRING)
	@Column(name = "match_mode")
	private MatchMode match;

	private int position;

	@OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CriterionConditionEntity> conditions = new ArrayList<>();

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public Pathway getPathway() { return pathway; }
	public void setPathway(Pathway pathway) { this.pathway = pathway; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public boolean isReasonQuoted() { return reasonQuoted; }
	public void setReasonQuoted(boolean reasonQuoted) { this.reasonQuoted = reasonQuoted; }
	public int getWeight() { return weight; }
	public void setWeight(int weight) { this.weight = weight; }
	public boolean isClinical() { return clinical; }
	public void setClinical(boolean clinical) { this.clinical = clinical; }
	public boolean isExclusive() { return exclusive; }
	public void setExclusive(boolean exclusive) { this.exclusive = exclusive; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }
	public MatchMode getMatch() { return match; }
	public void setMatch(MatchMode match) { this.match = match; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public List<CriterionConditionEntity> getConditions() { return conditions; }
}
