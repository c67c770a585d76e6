package org.crossroads.ruleset;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of the questionnaire. */
@Entity
@Table(name = "section")
public class SectionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	@Column(name = "section_key")
	private String key;

	private String title;

	private int position;

	@Version
	private long lockVersion;

	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<QuestionEntity> questions = new ArrayList<>();

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public long getLockVersion() { return lockVersion; }
	public List<QuestionEntity> getQuestions() { return questions; }
}
