package org.crossroads.ruleset;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "about_page")
public class AboutPageEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	private String author;

	private String sources;

	private LocalDate lastReviewed;

	private String reviewPolicy;

	private String instruments;

	@Version
	private long lockVersion;

	public Long getId() { return id; }
	public RuleSetEntity getRuleSet() { return ruleSet; }
	public void setRuleSet(RuleSetEntity ruleSet) { this.ruleSet = ruleSet; }
	public String getAuthor() { return author; }
	public void setAuthor(String author) { this.author = author; }
	public String getSources() { return sources; }
	public void setSources(String sources) { this.sources = sources; }
	public LocalDate getLastReviewed() { return lastReviewed; }
	public void setLastReviewed(LocalDate lastReviewed) { this.lastReviewed = lastReviewed; }
	public String getReviewPolicy() { return reviewPolicy; }
	public void setReviewPolicy(String reviewPolicy) { this.reviewPolicy = reviewPolicy; }
	public String getInstruments() { return instruments; }
	public void setInstruments(String instruments) { this.instruments = instruments; }
	public long getLockVersion() { return lockVersion; }
}
