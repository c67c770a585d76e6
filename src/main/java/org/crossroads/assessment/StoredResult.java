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
import jakarta.persistence.Table;

import org.crossroads.rules.Outcome;

/**
 * A completed assessment as the visitor's private link shows it. Deliberately holds nothing
 * that identifies the visitor: no IP address, user agent, cookie or account.
 */
@Entity
@Table(name = "assessment_result")
public class StoredResult {

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

	protected StoredResult() {
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

	public String getId() { return id; }
	public Outcome getOutcome() { return outcome; }
	public int getTherapyScore() { return therapyScore; }
	public int getCoachingScore() { return coachingScore; }
	public int getRuleSetVersion() { return ruleSetVersion; }
	public Instant getCreatedAt() { return createdAt; }
	public Map<String, String> getAnswers() { return answers; }
	public List<String> getCriterionCodes() { return criterionCodes; }
}
