package org.crossroads.ruleset;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** answer(questionKey) in {optionKeys}, or score(scaleKey) >= minScore, as {@link #kind} says. */
@Entity
@Table(name = "criterion_condition")
public class CriterionConditionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "criterion_id")
	private CriterionEntity criterion;

	private int position;

	@Enumerated(EnumType.STRING)
	private ConditionKind kind;

	private @Nullable String questionKey;

	private @Nullable String scaleKey;

	private @Nullable Integer minScore;

	@ElementCollection
	@CollectionTable(name = "condition_option", joinColumns = @JoinColumn(name = "condition_id"))
	@Column(name = "option_key")
	@OrderBy
	private Set<String> optionKeys = new LinkedHashSet<>();

	public @Nullable Long getId() { return id; }
	public CriterionEntity getCriterion() { return criterion; }
	public void setCriterion(CriterionEntity criterion) { this.criterion = criterion; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public ConditionKind getKind() { return kind; }
	public void setKind(ConditionKind kind) { this.kind = kind; }
	public @Nullable String getQuestionKey() { return questionKey; }
	public void setQuestionKey(@Nullable String questionKey) { this.questionKey = questionKey; }
	public @Nullable String getScaleKey() { return scaleKey; }
	public void setScaleKey(@Nullable String scaleKey) { this.scaleKey = scaleKey; }
	public @Nullable Integer getMinScore() { return minScore; }
	public void setMinScore(@Nullable Integer minScore) { this.minScore = minScore; }
	public Set<String> getOptionKeys() { return optionKeys; }
}
