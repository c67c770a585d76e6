package org.crossroads.ruleset;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "question")
public class QuestionEntity extends RuleSetPart implements Positioned {

	@ManyToOne(optional = false)
	@JoinColumn(name = "section_id")
	private SectionEntity section;

	@Column(name = "question_key")
	private String key;

	private String prompt;

	private String shortLabel;

	private @Nullable String help;

	private int position;

	private boolean required;

	private @Nullable String scaleKey;

	@OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AnswerOptionEntity> options = new ArrayList<>();

	public SectionEntity getSection() { return section; }
	public void setSection(SectionEntity section) { this.section = section; }
	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getPrompt() { return prompt; }
	public void setPrompt(String prompt) { this.prompt = prompt; }
	public String getShortLabel() { return shortLabel; }
	public void setShortLabel(String shortLabel) { this.shortLabel = shortLabel; }
	public @Nullable String getHelp() { return help; }
	public void setHelp(@Nullable String help) { this.help = help; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean required) { this.required = required; }
	public @Nullable String getScaleKey() { return scaleKey; }
	public void setScaleKey(@Nullable String scaleKey) { this.scaleKey = scaleKey; }
	public List<AnswerOptionEntity> getOptions() { return options; }
}
