package org.crossroads.admin.editing;

import org.crossroads.admin.NotFoundException;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.admin.publishing.Drafts;
import org.crossroads.admin.testcases.TestCaseEntity;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetStatus;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.ruleset.published.Snapshots;

/**
 * Loads what edit pages show, fully, inside one read-only transaction: pages render after it has
 * ended (open-in-view is off), so nothing may be left to load lazily.
 */
@Service
public class ContentReader {

	private final Drafts drafts;

	private final TestCaseRepository testCases;

	private final EntityManager entityManager;

	private final Items items;

	ContentReader(Drafts drafts, TestCaseRepository testCases, EntityManager entityManager, Items items) {
		this.drafts = drafts;
		this.testCases = testCases;
		this.entityManager = entityManager;
		this.items = items;
	}

	/** A rule set with everything it holds, and its test cases. {@code draft}: not yet published. */
	public record Loaded(RuleSetEntity ruleSet, List<TestCaseEntity> testCases) {

		public boolean draft() {
			return ruleSet.getStatus() == RuleSetStatus.DRAFT;
		}

		public List<SectionEntity> sections() {
			return Items.sorted(ruleSet.getSections(), SectionEntity::getPosition, SectionEntity::getId);
		}

		public List<QuestionEntity> questions(SectionEntity section) {
			return Items.sorted(section.getQuestions(), QuestionEntity::getPosition, QuestionEntity::getId);
		}

		public List<QuestionEntity> questions() {
			return Items.questions(ruleSet).toList();
		}

		public List<CriterionEntity> criteria() {
			return Items.sorted(ruleSet.getCriteria(), CriterionEntity::getPosition, CriterionEntity::getId);
		}

		public List<ContentItemEntity> items(ContentList list) {
			return Items.sorted(ruleSet.getContentItems().stream().filter(i -> i.getListKey() == list).toList(),
					ContentItemEntity::getPosition, ContentItemEntity::getId);
		}

		public List<HelpLinkEntity> helpLinks(HelpTopic topic) {
			return Items.sameTopic(ruleSet, topic);
		}

		public List<String> scales() {
			return RulesEditing.scales(ruleSet);
		}
	}

	/** An item with the whole rule set it belongs to. */
	public record Located<T>(T item, Loaded loaded) {
	}

	/** What editors work on: the draft, or the latest published version while there is none. */
	@Transactional(readOnly = true)
	public Loaded working() {
		return load(drafts.working());
	}

	@Transactional(readOnly = true)
	public <T> Located<T> locate(Class<T> type, long id, Function<T, RuleSetEntity> ruleSet) {
		T item = entityManager.find(type, id);
		if (item == null) {
			throw new NotFoundException();
		}
		return new Located<>(item, load(ruleSet.apply(item)));
	}

	public Loaded load(RuleSetEntity r) {
		r.getSections().forEach(s -> s.getQuestions().forEach(q -> q.getOptions().size()));
		r.getCriteria().forEach(c -> c.getConditions().forEach(condition -> condition.getOptionKeys().size()));
		r.getOutcomeTexts().size();
		r.getComparisonRows().size();
		r.getValueStatements().size();
		r.getContentItems().size();
		r.getCrisisResources().size();
		r.getHelpLinks().size();
		r.getAbout();
		r.getAboutSources().size();
		r.getTranslations().size();
		return new Loaded(r, testCases.findByRuleSetOrderByPositionAscIdAsc(r));
	}

	/** The draft as the engine would read it, or empty when it cannot even be built (see {@link DraftCheck}). */
	public static Optional<ContentSnapshot> snapshot(RuleSetEntity ruleSet, int number) {
		try {
			return Optional.of(Snapshots.of(ruleSet, number));
		}
		catch (RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/**
	 * A digest of everything a rule set holds. The publish form carries the draft's, so a draft
	 * that changed after the editor reviewed the preview is not published unseen.
	 */
	public String fingerprint(Loaded loaded) {
		StringBuilder all = new StringBuilder();
		RuleSetEntity r = loaded.ruleSet();
		all.append(items.thresholds.describe(r)).append('\n');
		loaded.sections().forEach(s -> all.append(s.getKey()).append(items.section.describe(s)).append('\n'));
		loaded.questions().forEach(q -> all.append(q.getKey()).append(items.question.describe(q)).append('\n'));
		loaded.criteria().forEach(c -> all.append(c.getCode()).append(items.criterion.describe(c)).append('\n'));
		r.getOutcomeTexts().stream().sorted(java.util.Comparator.comparing(OutcomeTextEntity::getOutcome))
			.forEach(t -> all.append(t.getOutcome()).append(items.headline.describe(t)).append('\n'));
		Items.sorted(r.getComparisonRows(), ComparisonRowEntity::getPosition, ComparisonRowEntity::getId)
			.forEach(x -> all.append(items.comparisonRow.describe(x)).append('\n'));
		r.getContentItems().stream()
			.sorted(java.util.Comparator.comparing(ContentItemEntity::getListKey)
				.thenComparingInt(ContentItemEntity::getPosition))
			.forEach(x -> all.append(items.contentItem.describe(x)).append('\n'));
		Items.sorted(r.getCrisisResources(), CrisisResourceEntity::getPosition, CrisisResourceEntity::getId)
			.forEach(x -> all.append(items.crisisResource.describe(x)).append('\n'));
		for (HelpTopic topic : HelpTopic.values()) {
			Items.sameTopic(r, topic).forEach(x -> all.append(items.helpLink.describe(x)).append('\n'));
		}
		if (r.getAbout() != null) {
			all.append(items.about.describe(r.getAbout())).append('\n');
		}
		Items.sorted(r.getAboutSources(), AboutSourceEntity::getPosition, AboutSourceEntity::getId)
			.forEach(x -> all.append(items.aboutSource.describe(x)).append('\n'));
		loaded.testCases().forEach(t -> all.append(items.testCase.describe(t)).append('\n'));
		// translations too: one saved after the preview was shown must not be published unseen
		r.getTranslations().stream()
			.map(t -> t.getLanguage() + " " + t.getTextKey() + " " + t.getBody() + " " + t.getSourceText())
			.sorted().forEach(t -> all.append(t).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
