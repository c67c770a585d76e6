package org.crossroads.ruleset;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "about_page")
public class AboutPageEntity extends RuleSetPart {

	@OneToOne(optional = false)
	@JoinColumn(name = "rule_set_id")
	private RuleSetEntity ruleSet;

	private String author;

	private String sources;

	private LocalDate lastReviewed;

	private String reviewPolicy;

	private String instruments;

	/** Where the source article can be read; none until an editor adds it. */
	private @Nullable String sourceUrl;

	/** Who pays for the product; empty when not stated. */
	private @Nullable String funding;

	/** Any conflict of interest; "none" is a statement, empty is not. */
	private @Nullable String conflictsOfInterest;

	/** What the tool cannot say. */
	private @Nullable String limits;

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
	public @Nullable String getSourceUrl() { return sourceUrl; }
	public void setSourceUrl(@Nullable String sourceUrl) { this.sourceUrl = sourceUrl; }
	public @Nullable String getFunding() { return funding; }
	public void setFunding(@Nullable String funding) { this.funding = funding; }
	public @Nullable String getConflictsOfInterest() { return conflictsOfInterest; }
	public void setConflictsOfInterest(@Nullable String conflictsOfInterest) { this.conflictsOfInterest = conflictsOfInterest; }
	public @Nullable String getLimits() { return limits; }
	public void setLimits(@Nullable String limits) { this.limits = limits; }
}
