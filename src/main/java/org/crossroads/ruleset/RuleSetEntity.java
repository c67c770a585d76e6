package org.crossroads.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One version of everything a visitor sees and how results are decided. Published versions
 * are never changed; an editor's draft is a copy without a number until it is published.
 */
@Entity
@Table(name = "rule_set")
public class RuleSetEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "version")
	private @Nullable Integer number;

	@Enumerated(EnumType.STRING)
	private RuleSetStatus status;

	private int therapyThreshold;

	private int coachingThreshold;

	private Instant createdAt;

	private @Nullable Instant publishedAt;

	private @Nullable String publishedBy;

	private @Nullable String note;

	@Version
	private long lockVersion;

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SectionEntity> sections = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CriterionEntity> criteria = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<OutcomeTextEntity> outcomeTexts = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ComparisonRowEntity> comparisonRows = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ValueStatementEntity> valueStatements = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("listKey, position")
	private List<ContentItemEntity> contentItems = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CrisisResourceEntity> crisisResources = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("topic, position")
	private List<HelpLinkEntity> helpLinks = new ArrayList<>();

	@OneToOne(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	private @Nullable AboutPageEntity about;

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AboutSourceEntity> aboutSources = new ArrayList<>();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("language, textKey")
	private List<TextTranslationEntity> translations = new ArrayList<>();

	/** For JPA. */
	protected RuleSetEntity() {
	}

	/** A new draft: no number until it is published. */
	RuleSetEntity(Instant createdAt, int therapyThreshold, int coachingThreshold) {
		this.status = RuleSetStatus.DRAFT;
		this.createdAt = createdAt;
		this.therapyThreshold = therapyThreshold;
		this.coachingThreshold = coachingThreshold;
	}

	/**
	 * Makes this draft the published version {@code number}, with when, by whom and why, all at
	 * once: a published version has all of them, and is never changed again.
	 */
	public void publishAs(int number, Instant at, String by, String note) {
		requireDraft();
		this.number = number;
		this.status = RuleSetStatus.PUBLISHED;
		this.publishedAt = at;
		this.publishedBy = by;
		this.note = note;
	}

	private void requireDraft() {
		if (status != RuleSetStatus.DRAFT) {
			throw new IllegalStateException("version " + number + " is published and never changes");
		}
	}

	public @Nullable Long getId() { return id; }
	public @Nullable Integer getNumber() { return number; }
	public RuleSetStatus getStatus() { return status; }
	public int getTherapyThreshold() { return therapyThreshold; }
	public void setTherapyThreshold(int therapyThreshold) { requireDraft(); this.therapyThreshold = therapyThreshold; }
	public int getCoachingThreshold() { return coachingThreshold; }
	public void setCoachingThreshold(int coachingThreshold) { requireDraft(); this.coachingThreshold = coachingThreshold; }
	public Instant getCreatedAt() { return createdAt; }
	public @Nullable Instant getPublishedAt() { return publishedAt; }
	public @Nullable String getPublishedBy() { return publishedBy; }
	public @Nullable String getNote() { return note; }
	public long getLockVersion() { return lockVersion; }
	public List<SectionEntity> getSections() { return sections; }
	public List<CriterionEntity> getCriteria() { return criteria; }
	public List<OutcomeTextEntity> getOutcomeTexts() { return outcomeTexts; }
	public List<ComparisonRowEntity> getComparisonRows() { return comparisonRows; }
	public List<ValueStatementEntity> getValueStatements() { return valueStatements; }
	public List<ContentItemEntity> getContentItems() { return contentItems; }
	public List<CrisisResourceEntity> getCrisisResources() { return crisisResources; }
	public List<HelpLinkEntity> getHelpLinks() { return helpLinks; }
	public @Nullable AboutPageEntity getAbout() { return about; }
	public List<AboutSourceEntity> getAboutSources() { return aboutSources; }
	public List<TextTranslationEntity> getTranslations() { return translations; }
	void setAbout(AboutPageEntity about) { this.about = about; }
}
