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

/** Turns the entities of one version into the immutable snapshot the engine and pages read. */
public final class Snapshots {

	private Snapshots() {
	}

	/** A draft has no number yet; it is shown as {@code draftNumber} in previews. */
	public static ContentSnapshot of(RuleSetEntity entity, int number) {
		return new ContentSnapshot(rules(entity, number), site(entity));
	}

	public static ContentSnapshot of(RuleSetEntity entity) {
		return of(entity, entity.getNumber() == null ? 0 : entity.getNumber());
	}

	static RuleSet rules(RuleSetEntity entity, int number) {
		List<Section> sections = entity.getSections().stream()
			.map(s -> new Section(s.getKey(), s.getTitle(), s.getQuestions().stream().map(Snapshots::question).toList()))
			.toList();
		List<Criterion> criteria = entity.getCriteria().stream().map(Snapshots::criterion).toList();
		return new RuleSet(number, sections, criteria,
				new Thresholds(entity.getTherapyThreshold(), entity.getCoachingThreshold()));
	}

	private static Question question(QuestionEntity q) {
		List<AnswerOption> options = q.getOptions().stream()
			.map(o -> new AnswerOption(o.getKey(), o.getLabel(), o.getScore()))
			.toList();
		return new Question(q.getKey(), q.getPrompt(), q.getShortLabel(), q.getHelp(), q.isRequired(), q.getScaleKey(), options);
	}

	private static Criterion criterion(CriterionEntity c) {
		List<Condition> conditions = c.getConditions().stream().map(Snapshots::condition).toList();
		return new Criterion(c.getCode(), c.getPathway(), c.getTitle(), c.getReason(), c.getWeight(), c.isClinical(),
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
		Map<Outcome, String> headlines = new EnumMap<>(Outcome.class);
		entity.getOutcomeTexts().forEach(t -> headlines.put(t.getOutcome(), t.getHeadline()));
		Map<ContentList, List<String>> lists = new EnumMap<>(ContentList.class);
		entity.getContentItems().stream()
			.sorted(java.util.Comparator.comparingInt(ContentItemEntity::getPosition))
			.forEach(i -> lists.computeIfAbsent(i.getListKey(), k -> new ArrayList<>()).add(i.getBody()));
		List<SiteContent.ComparisonRow> comparison = entity.getComparisonRows().stream()
			.map(r -> new SiteContent.ComparisonRow(r.getFeature(), r.getTherapy(), r.getCoaching()))
			.toList();
		List<SiteContent.CrisisResource> crisis = entity.getCrisisResources().stream()
			.map(r -> new SiteContent.CrisisResource(r.getRegion(), r.getLabel(), r.getContact(), r.getUrl(),
					r.getRegionCode(), r.getPhone(), r.getSmsNumber(), r.getSmsKeyword(), r.getLanguage()))
			.toList();
		List<SiteContent.HelpLink> help = entity.getHelpLinks().stream()
			.sorted(java.util.Comparator.comparing(HelpLinkEntity::getTopic).thenComparingInt(HelpLinkEntity::getPosition))
			.map(l -> new SiteContent.HelpLink(l.getTopic(), l.getRegionCode(), l.getLabel(), l.getUrl(), l.getNote()))
			.toList();
		List<SiteContent.ValueStatement> values = entity.getValueStatements().stream()
			.sorted(java.util.Comparator.comparingInt(ValueStatementEntity::getPosition))
			.map(v -> new SiteContent.ValueStatement(v.getKey(), v.getBody(), v.getTherapyFit(), v.getCoachingFit()))
			.toList();
		AboutPageEntity a = entity.getAbout();
		SiteContent.About about = a == null ? null
				: new SiteContent.About(a.getAuthor(), a.getSources(), a.getLastReviewed(), a.getReviewPolicy(),
						a.getInstruments(), a.getSourceUrl(), a.getFunding(), a.getConflictsOfInterest(), a.getLimits(),
						entity.getAboutSources().stream()
							.sorted(java.util.Comparator.comparingInt(AboutSourceEntity::getPosition))
							.map(x -> new SiteContent.Source(x.getTitle(), x.getPublisher(), x.getPublishedOn(),
									x.getAccessedOn(), x.getUrl()))
							.toList());
		return new SiteContent(headlines, comparison, lists, crisis, about, help, values);
	}
}
