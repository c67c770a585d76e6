package org.crossroads.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entry of an ordered list of texts, such as a next step or a shared skill. */
@Entity
@Table(name = "content_item")
public class ContentItemEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	@Enumerated(EnumType.STRING)
	@Column(name = "list_key")
	private ContentList listKey;

	private int position;

	private String body;

	@Version
	private long lockVersion;

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public ContentList getListKey() { return listKey; }
	public void setListKey(ContentList listKey) { this.listKey = listKey; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public long getLockVersion() { return lockVersion; }
}
