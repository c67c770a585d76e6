package org.crossroads.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;

/**
 * A completed assessment as the visitor's private link shows it. Deliberately holds nothing
 * that identifies the visitor: no IP address, user agent, cookie or account.
 */
@Entity
@Table(name = "assessment_result")
class StoredResult implements Persistable<String> {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private int therapyScore;

	private int coachingScore;

	private int ruleSetVersion;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "result_answer", joinColumns = @JoinColumn(name = "result_id"))
	@MapKeyColumn(name = "question_key")
	@Column(name = "option_key")
	private Map<String, String> answers = new LinkedHashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "result_criterion", joinColumns = @JoinColumn(name = "result_id"))
	@OrderColumn(name = "position")
	@Column(name = "criterion_code")
	private List<String> criterionCodes = new ArrayList<>();

	/** Its id is made here, not by the database: without this, saving would first look the id up. */
	@Transient
	private boolean stored;

	protected StoredResult() {
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

	/** What a result keeps of its evaluation: the answers as read, the outcome, scores and met criteria. */
	static StoredResult of(String id, Evaluation evaluation, Instant createdAt) {
		return new StoredResult(id, evaluation.outcome(), evaluation.scores().therapy(), evaluation.scores().coaching(),
				evaluation.ruleSetVersion(), createdAt, evaluation.answers().answers(), evaluation.metCodes());
	}

	StoredResult(String id, Outcome outcome, int therapyScore, int coachingScore, int ruleSetVersion,
			Instant createdAt, Map<String, String> answers, List<String> criterionCodes) {
		this.id = id;
		this.outcome = outcome;
		this.therapyScore = therapyScore;
		this.coachingScore = coachingScore;
		this.ruleSetVersion = ruleSetVersion;
		this.createdAt = createdAt;
		this.answers.putAll(answers);
		this.criterionCodes.addAll(criterionCodes);
	}

	@Override
	public String getId() { return id; }
	Outcome getOutcome() { return outcome; }
	int getTherapyScore() { return therapyScore; }
	int getCoachingScore() { return coachingScore; }
	int getRuleSetVersion() { return ruleSetVersion; }
	Instant getCreatedAt() { return createdAt; }
	Map<String, String> getAnswers() { return answers; }
	List<String> getCriterionCodes() { return criterionCodes; }
}
