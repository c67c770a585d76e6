package org.crossroads.ruleset;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One step of the questionnaire. */
@Entity
@Table(name = "section")
public class SectionEntity extends RuleSetChild implements Positioned {

	@Column(name = "section_key")
	private String key;

	private String title;

	private int position;

	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<QuestionEntity> questions = new ArrayList<>();

	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public List<QuestionEntity> getQuestions() { return questions; }
}
