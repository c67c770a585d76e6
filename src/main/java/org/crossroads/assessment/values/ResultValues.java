package org.crossroads.assessment.values;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The "What matters to you" answers of a stored result: one row per result, replaced when the visitor
 * answers again, deleted with the result by the database (ON DELETE CASCADE). Nothing identifies the visitor.
 */
@Entity
@Table(name = "result_values")
class ResultValues implements Persistable<String> {

	@Id
	@Column(name = "result_id")
	private String resultId;

	private boolean sureSure;

	private boolean sureUnderstand;

	private boolean sureRiskBenefit;

	private boolean sureEncouragement;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "result_value_rating", joinColumns = @JoinColumn(name = "result_id"))
	@MapKeyColumn(name = "statement_key")
	@Column(name = "rating")
	@Enumerated(EnumType.STRING)
	private Map<String, ValueRating> ratings = new LinkedHashMap<>();

	@Transient
	private boolean stored;

	protected ResultValues() {
	}

	ResultValues(String resultId) {
		this.resultId = resultId;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@Override
	public String getId() {
		return resultId;
	}

	/** Replaces whatever was given before. */
	void answer(ValuesAnswers answers) {
		ratings.clear();
		ratings.putAll(answers.ratings());
		sureSure = answers.sure().get(SureItem.SURE);
		sureUnderstand = answers.sure().get(SureItem.UNDERSTAND);
		sureRiskBenefit = answers.sure().get(SureItem.RISK_BENEFIT);
		sureEncouragement = answers.sure().get(SureItem.ENCOURAGEMENT);
	}

	ValuesAnswers answers() {
		Map<SureItem, Boolean> sure = new EnumMap<>(SureItem.class);
		sure.put(SureItem.SURE, sureSure);
		sure.put(SureItem.UNDERSTAND, sureUnderstand);
		sure.put(SureItem.RISK_BENEFIT, sureRiskBenefit);
		sure.put(SureItem.ENCOURAGEMENT, sureEncouragement);
		return new ValuesAnswers(ratings, sure);
	}
}
