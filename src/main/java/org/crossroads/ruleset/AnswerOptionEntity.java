package org.crossroads.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "answer_option")
public class AnswerOptionEntity extends RuleSetPart implements Positioned {

	@ManyToOne(optional = false)
	@JoinColumn(name = "question_id")
	private QuestionEntity question;

	@Column(name = "option_key")
	private String key;

	private String label;

	private int score;

	private int position;

	public QuestionEntity getQuestion() { return question; }
	public void setQuestion(QuestionEntity question) { this.question = question; }
	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public int getScore() { return score; }
	public void setScore(int score) { this.score = score; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
}
