package org.crossroads.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire in progress: the answers so far, the published version they are answered under,
 * the step whose missing answers the page should point out and whether the questions changed under
 * the visitor; once finished, only the id of the result it became. Like a stored result it holds
 * nothing that identifies the visitor.
 */
@Entity
@Table(name = "assessment_draft")
class Draft {

	@Id
	private String id;

	private @Nullable Integer checkedStep;

	private Instant updatedAt;

	private @Nullable String resultId;

	/** Empty only in rows stored before drafts kept their version. */
	private @Nullable Integer ruleSetVersion;

	private boolean questionsChanged;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "question_key")
	@Column(name = "option_key")
	private Map<String, String> answers = new LinkedHashMap<>();

	protected Draft() {
	}

	Draft(String id) {
		this.id = id;
		this.updatedAt = Instant.EPOCH;
	}

	/** Replaces what the draft holds; the lifetime starts again from {@code now}. */
	void update(Map<String, String> answers, @Nullable Integer checkedStep, int ruleSetVersion,
			boolean questionsChanged, Instant now) {
		if (resultId != null) {
			throw new IllegalStateException("a finished questionnaire takes no more answers");
		}
		this.answers.clear();
		this.answers.putAll(answers);
		this.checkedStep = checkedStep;
		this.ruleSetVersion = ruleSetVersion;
		this.questionsChanged = questionsChanged;
		this.updatedAt = now;
	}

	/** The answers became the result {@code resultId}: the draft keeps nothing else. */
	void finish(String resultId, Instant now) {
		this.answers.clear();
		this.checkedStep = null;
		this.questionsChanged = false;
		this.resultId = resultId;
		this.updatedAt = now;
	}

	String getId() { return id; }
	@Nullable String getResultId() { return resultId; }
	@Nullable Integer getCheckedStep() { return checkedStep; }
	Instant getUpdatedAt() { return updatedAt; }
	Map<String, String> getAnswers() { return answers; }
	@Nullable Integer getRuleSetVersion() { return ruleSetVersion; }
	boolean isQuestionsChanged() { return questionsChanged; }
}
