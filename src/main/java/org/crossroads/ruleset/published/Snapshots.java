package org.crossroads.ruleset.published;

import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.ValueStatementEntity;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CriterionConditionEntity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;
import org.crossroads.rules.Thresholds;
import org.crossroads.ruleset.translation.TextKeys;
import org.crossroads.ruleset.translation.Translation;

/** Turns the entities of one version into the immutable snapshot the engine and pages read. */
public final class Snapshots {

	private Snapshots() {
	}

	/** A draft has no number yet; it is shown as {@code draftNumber} in previews. */
	public static ContentSnapshot of(RuleSetEntity entity, int number) {
		return of(entity, number, Translation.source(ContentSnapshot.SOURCE_LANGUAGE));
	}

	/**
	 * Every text of the version that has a translation, key to English, in page order: what the snapshot
	 * shows, so exactly what a translator has to translate.
	 */
	public static Map<String, String> sourceTexts(RuleSetEntity entity) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		of(entity, 0, Translation.noting(ContentSnapshot.SOURCE_LANGUAGE, texts));
		return java.util.Collections.unmodifiableMap(texts);
	}

	/** The version with its texts in the language of {@code texts}; keys, scores and rules are the same. */
	public static ContentSnapshot of(RuleSetEntity entity, int number, Translation texts) {
		return new ContentSnapshot(rules(entity, number, texts), site(entity, texts), texts.language());
	}

	public static ContentSnapshot of(RuleSetEntity entity) {
		return of(entity, entity.getNumber() == null ? 0 : entity.getNumber());
	}

	static RuleSet rules(RuleSetEntity entity, int number) {
		return rules(entity, number, Translation.source(ContentSnapshot.SOURCE_LANGUAGE));
	}

	private static RuleSet rules(RuleSetEntity entity, int number, Translation t) {
		List<Section> sections = entity.getSections().stream()
			.map(s -> new Section(s.getKey(), t.text(TextKeys.sectionTitle(s.getKey()), s.getTitle()),
					s.getQuestions().stream().map(q -> question(q, t)).toList()))
			.toList();
		List<Criterion> criteria = entity.getCriteria().stream().map(c -> criterion(c, t)).toList();
		return new RuleSet(number, sections, criteria,
				new Thresholds(entity.getTherapyThreshold(), entity.getCoachingThreshold()));
	}

	private static Question question(QuestionEntity q, Translation t) {
		List<AnswerOption> options = q.getOptions().stream()
			.map(o -> new AnswerOption(o.getKey(), t.text(TextKeys.option(q.getKey(), o.getKey()), o.getLabel()), o.getScore()))
			.toList();
		return new Question(q.getKey(), t.text(TextKeys.prompt(q.getKey()), q.getPrompt()),
				t.text(TextKeys.shortLabel(q.getKey()), q.getShortLabel()), t.optional(TextKeys.help(q.getKey()), q.getHelp()),
				q.isRequired(), q.getScaleKey(), options);
	}

	private static Criterion criterion(CriterionEntity c, Translation t) {
		List<Condition> conditions = c.getConditions().stream().map(Snapshots::condition).toList();
		return new Criterion(c.getCode(), c.getPathway(), t.text(TextKeys.criterionTitle(c.getCode()), c.getTitle()),
				t.text(TextKeys.criterionReason(c.getCode()), c.getReason()), c.getWeight(), c.isClinical(),
				c.isExclusive(), c.isActive(), c.getMatch(), conditions, c.isReasonQuoted());
	}

	private static Condition condition(CriterionConditionEntity c) {
		return switch (c.getKind()) {
			case ANSWER -> new Condition.AnswerIn(c.getQuestionKey(), c.getOptionKeys());
			case SCORE -> new Condition.ScoreAtLeast(c.getScaleKey(), c.getMinScore());
		};
	}

	/** The page texts alone: readable even where the rules of a draft are not. */
	public static SiteContent site(RuleSetEntity entity) {
		return site(entity, Translation.source(ContentSnapshot.SOURCE_LANGUAGE));
	}

	public static SiteContent site(RuleSetEntity entity, Translation t) {
		Map<Outcome, String> headlines = new EnumMap<>(Outcome.class);
		entity.getOutcomeTexts().forEach(x -> headlines.put(x.getOutcome(), t.text(TextKeys.headline(x.getOutcome()), x.getHeadline())));
		Map<ContentList, List<String>> lists = new EnumMap<>(ContentList.class);
		entity.getContentItems().stream()
			.sorted(java.util.Comparator.comparingInt(ContentItemEntity::getPosition))
			.forEach(i -> lists.computeIfAbsent(i.getListKey(), k -> new ArrayList<>())
				.add(t.text(TextKeys.listItem(i.getListKey(), i.getPosition()), i.getBody())));
		List<SiteContent.ComparisonRow> comparison = entity.getComparisonRows().stream()
			.map(r -> new SiteContent.ComparisonRow(t.text(TextKeys.comparison(r.getPosition(), "feature"), r.getFeature()),
					t.text(TextKeys.comparison(r.getPosition(), "therapy"), r.getTherapy()),
					t.text(TextKeys.comparison(r.getPosition(), "coaching"), r.getCoaching())))
			.toList();
		List<SiteContent.CrisisResource> crisis = entity.getCrisisResources().stream()
			.map(r -> new SiteContent.CrisisResource(t.text(TextKeys.crisis(r.getPosition(), "region"), r.getRegion()),
					t.text(TextKeys.crisis(r.getPosition(), "label"), r.getLabel()),
					t.text(TextKeys.crisis(r.getPosition(), "contact"), r.getContact()), r.getUrl(),
					r.getRegionCode(), r.getPhone(), r.getSmsNumber(), r.getSmsKeyword(), r.getLanguage()))
			.toList();
		List<SiteContent.HelpLink> help = entity.getHelpLinks().stream()
			.sorted(java.util.Comparator.comparing(HelpLinkEntity::getTopic).thenComparingInt(HelpLinkEntity::getPosition))
			.map(l -> new SiteContent.HelpLink(l.getTopic(), l.getRegionCode(),
					t.text(TextKeys.helpLink(l.getTopic(), l.getRegionCode(), l.getPosition(), "label"), l.getLabel()), l.getUrl(),
					t.optional(TextKeys.helpLink(l.getTopic(), l.getRegionCode(), l.getPosition(), "note"), l.getNote())))
			.toList();
		List<SiteContent.ValueStatement> values = entity.getValueStatements().stream()
			.sorted(java.util.Comparator.comparingInt(ValueStatementEntity::getPosition))
			.map(v -> new SiteContent.ValueStatement(v.getKey(), t.text(TextKeys.value(v.getKey(), "body"), v.getBody()),
					t.text(TextKeys.value(v.getKey(), "therapyFit"), v.getTherapyFit()),
					t.text(TextKeys.value(v.getKey(), "coachingFit"), v.getCoachingFit())))
			.toList();
		AboutPageEntity a = entity.getAbout();
		SiteContent.About about = a == null ? null
				: new SiteContent.About(t.text(TextKeys.about("author"), a.getAuthor()),
						t.text(TextKeys.about("sources"), a.getSources()), a.getLastReviewed(),
						t.text(TextKeys.about("reviewPolicy"), a.getReviewPolicy()),
						t.text(TextKeys.about("instruments"), a.getInstruments()), a.getSourceUrl(),
						t.optional(TextKeys.about("funding"), a.getFunding()),
						t.optional(TextKeys.about("conflictsOfInterest"), a.getConflictsOfInterest()),
						t.optional(TextKeys.about("limits"), a.getLimits()),
						entity.getAboutSources().stream()
							.sorted(java.util.Comparator.comparingInt(AboutSourceEntity::getPosition))
							.map(x -> new SiteContent.Source(t.text(TextKeys.source(x.getPosition(), "title"), x.getTitle()),
									t.text(TextKeys.source(x.getPosition(), "publisher"), x.getPublisher()), x.getPublishedOn(),
									x.getAccessedOn(), x.getUrl()))
							.toList());
		return new SiteContent(headlines, comparison, lists, crisis, about, help, values);
	}
}
