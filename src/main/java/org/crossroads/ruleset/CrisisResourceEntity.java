package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "crisis_resource")
public class CrisisResourceEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	private int position;

	private String region;

	private String label;

	private String contact;

	private String url;

	@Version
	private long lockVersion;

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getContact() { return contact; }
	public void setContact(String contact) { this.contact = contact; }
	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public long getLockVersion() { return lockVersion; }
}
