package org.crossroads.admin.editing;

import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.admin.editing.ItemKind.Subject;
import org.crossroads.admin.testcases.TestCaseEntity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.ruleset.ValueStatementEntity;

import org.jspecify.annotations.Nullable;

/** The kinds of item editors change, each with its key for finding it in another version. */
@Component
public class Items {

	final ItemKind<RuleSetEntity> thresholds = new Kind<>(r -> r, RuleSetEntity::getId, RuleSetEntity::getLockVersion,
			(rs, r) -> Optional.of(rs), r -> new Subject("admin.audit.subject.thresholds"),
			r -> Description.of().add("therapy", r.getTherapyThreshold()).add("coaching", r.getCoachingThreshold()).toString());

	final ItemKind<SectionEntity> section = new Kind<>(SectionEntity::getRuleSet, SectionEntity::getId,
			SectionEntity::getLockVersion,
			(rs, s) -> rs.getSections().stream().filter(o -> o.getKey().equals(s.getKey())).findFirst(),
			s -> new Subject("admin.audit.subject.section", s.getKey()),
			s -> Description.of().add("title", s.getTitle()).add("position", s.getPosition()).toString());

	final ItemKind<QuestionEntity> question = new Kind<>(q -> q.getSection().getRuleSet(), QuestionEntity::getId,
			QuestionEntity::getLockVersion, (rs, q) -> question(rs, q.getKey()),
			q -> new Subject("admin.audit.subject.question", q.getKey()), Items::describe);

	final ItemKind<CriterionEntity> criterion = new Kind<>(CriterionEntity::getRuleSet, CriterionEntity::getId,
			CriterionEntity::getLockVersion,
			(rs, c) -> rs.getCriteria().stream().filter(o -> o.getCode().equals(c.getCode())).findFirst(),
			c -> new Subject("admin.audit.subject.criterion", c.getCode()), Items::describe);

	final ItemKind<OutcomeTextEntity> headline = new Kind<>(OutcomeTextEntity::getRuleSet, OutcomeTextEntity::getId,
			OutcomeTextEntity::getLockVersion,
			(rs, t) -> rs.getOutcomeTexts().stream().filter(o -> o.getOutcome() == t.getOutcome()).findFirst(),
			t -> new Subject("admin.audit.subject.headline", t.getOutcome()),
			t -> Description.of().add("headline", t.getHeadline()).toString());

	final ItemKind<ComparisonRowEntity> comparisonRow = new Kind<>(ComparisonRowEntity::getRuleSet,
			ComparisonRowEntity::getId, ComparisonRowEntity::getLockVersion,
			(rs, r) -> samePlace(r.getRuleSet().getComparisonRows(), rs.getComparisonRows(), r,
					ComparisonRowEntity::getPosition, ComparisonRowEntity::getId),
			r -> new Subject("admin.audit.subject.comparison-row", r.getFeature()),
			r -> Description.of().add("feature", r.getFeature()).add("therapy", r.getTherapy())
				.add("coaching", r.getCoaching()).add("position", r.getPosition()).toString());

	final ItemKind<ValueStatementEntity> valueStatement = new Kind<>(ValueStatementEntity::getRuleSet,
			ValueStatementEntity::getId, ValueStatementEntity::getLockVersion,
			(rs, v) -> rs.getValueStatements().stream().filter(o -> o.getKey().equals(v.getKey())).findFirst(),
			v -> new Subject("admin.audit.subject.value-statement", v.getKey()),
			v -> Description.of().add("text", v.getBody()).add("therapyFit", v.getTherapyFit())
				.add("coachingFit", v.getCoachingFit()).add("position", v.getPosition()).toString());

	final ItemKind<ContentItemEntity> contentItem = new Kind<>(ContentItemEntity::getRuleSet, ContentItemEntity::getId,
			ContentItemEntity::getLockVersion,
			(rs, i) -> samePlace(inList(i.getRuleSet(), i), inList(rs, i), i, ContentItemEntity::getPosition,
					ContentItemEntity::getId),
			i -> new Subject("admin.audit.subject.content-item", i.getListKey()),
			i -> Description.of().add("list", i.getListKey()).add("body", i.getBody()).add("position", i.getPosition())
				.toString());

	final ItemKind<CrisisResourceEntity> crisisResource = new Kind<>(CrisisResourceEntity::getRuleSet,
			CrisisResourceEntity::getId, CrisisResourceEntity::getLockVersion,
			(rs, r) -> samePlace(r.getRuleSet().getCrisisResources(), rs.getCrisisResources(), r,
					CrisisResourceEntity::getPosition, CrisisResourceEntity::getId),
			r -> new Subject("admin.audit.subject.crisis-resource", r.getLabel()),
			r -> Description.of().add("region", r.getRegion()).add("regionCode", r.getRegionCode())
				.add("language", r.getLanguage()).add("label", r.getLabel()).add("contact", r.getContact()).add("phone", r.getPhone())
				.add("smsNumber", r.getSmsNumber()).add("smsKeyword", r.getSmsKeyword())
				.add("url", r.getUrl()).add("position", r.getPosition()).toString());

	final ItemKind<HelpLinkEntity> helpLink = new Kind<>(HelpLinkEntity::getRuleSet, HelpLinkEntity::getId,
			HelpLinkEntity::getLockVersion,
			(rs, l) -> samePlace(sameTopic(l.getRuleSet(), l.getTopic()), sameTopic(rs, l.getTopic()), l,
					HelpLinkEntity::getPosition, HelpLinkEntity::getId),
			l -> new Subject("admin.audit.subject.help-link", l.getLabel()),
			l -> Description.of().add("topic", l.getTopic()).add("region", l.getRegionCode()).add("label", l.getLabel())
				.add("url", l.getUrl()).add("note", l.getNote()).add("position", l.getPosition()).toString());

	final ItemKind<AboutPageEntity> about = new Kind<>(AboutPageEntity::getRuleSet, AboutPageEntity::getId,
			AboutPageEntity::getLockVersion, (rs, a) -> Optional.ofNullable(rs.getAbout()),
			a -> new Subject("admin.audit.subject.about"),
			a -> Description.of().add("author", a.getAuthor()).add("sources", a.getSources())
				.add("lastReviewed", a.getLastReviewed()).add("reviewPolicy", a.getReviewPolicy())
				.add("instruments", a.getInstruments()).add("sourceUrl", a.getSourceUrl()).add("funding", a.getFunding())
				.add("conflictsOfInterest", a.getConflictsOfInterest()).add("limits", a.getLimits()).toString());

	final ItemKind<AboutSourceEntity> aboutSource = new Kind<>(AboutSourceEntity::getRuleSet, AboutSourceEntity::getId,
			AboutSourceEntity::getLockVersion,
			(rs, x) -> samePlace(x.getRuleSet().getAboutSources(), rs.getAboutSources(), x, AboutSourceEntity::getPosition,
					AboutSourceEntity::getId),
			x -> new Subject("admin.audit.subject.about-source", x.getTitle()),
			x -> Description.of().add("title", x.getTitle()).add("publisher", x.getPublisher())
				.add("publishedOn", x.getPublishedOn()).add("accessedOn", x.getAccessedOn()).add("url", x.getUrl())
				.add("position", x.getPosition()).toString());

	public final ItemKind<TestCaseEntity> testCase;

	Items(TestCaseRepository testCases) {
		this.testCase = new Kind<>(TestCaseEntity::getRuleSet, TestCaseEntity::getId, TestCaseEntity::getLockVersion,
				(rs, t) -> testCases.findByRuleSetOrderByPositionAscIdAsc(rs).stream()
					.filter(o -> o.getName().equals(t.getName()))
					.findFirst(),
				t -> new Subject("admin.audit.subject.test-case", t.getName()), Items::describe);
	}

	public static Optional<QuestionEntity> question(RuleSetEntity ruleSet, String key) {
		return questions(ruleSet).filter(q -> q.getKey().equals(key)).findFirst();
	}

	public static Stream<QuestionEntity> questions(RuleSetEntity ruleSet) {
		return sorted(ruleSet.getSections(), SectionEntity::getPosition, SectionEntity::getId).stream()
			.flatMap(s -> sorted(s.getQuestions(), QuestionEntity::getPosition, QuestionEntity::getId).stream());
	}

	/** Sorted by position, then id: the order pages and the snapshot show, even inside an open session. */
	public static <T> List<T> sorted(List<T> items, ToIntFunction<T> position, Function<T, @Nullable Long> id) {
		return items.stream()
			.sorted(Comparator.comparingInt(position)
				.thenComparing(id, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	static String describe(QuestionEntity q) {
		String options = sorted(q.getOptions(), AnswerOptionEntity::getPosition, AnswerOptionEntity::getId).stream()
			.map(o -> o.getKey() + "(" + o.getScore() + ") \"" + o.getLabel() + "\"")
			.collect(Collectors.joining(", ", "[", "]"));
		return Description.of().add("section", q.getSection().getKey()).add("prompt", q.getPrompt())
			.add("shortLabel", q.getShortLabel())
			.add("help", q.getHelp()).add("position", q.getPosition()).add("required", q.isRequired())
			.add("scale", q.getScaleKey()).add("options", options).toString();
	}

	static String describe(CriterionEntity c) {
		String conditions = c.getConditions().stream()
			.sorted(Comparator.comparingInt(CriterionConditionEntity::getPosition))
			.map(Items::describe)
			.collect(Collectors.joining("; ", "[", "]"));
		return Description.of().add("title", c.getTitle()).add("reason", c.getReason()).add("pathway", c.getPathway())
			.add("weight", c.getWeight()).add("clinical", c.isClinical()).add("exclusive", c.isExclusive())
			.add("active", c.isActive()).add("match", c.getMatch()).add("position", c.getPosition())
			.add("conditions", conditions).toString();
	}

	static String describe(CriterionConditionEntity c) {
		return c.getKind() == ConditionKind.SCORE ? "score(" + c.getScaleKey() + ") >= " + c.getMinScore()
				: "answer(" + c.getQuestionKey() + ") in {" + String.join(", ", c.getOptionKeys().stream().sorted().toList())
						+ "}";
	}

	static String describe(TestCaseEntity t) {
		String answers = t.getAnswers().entrySet().stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
		return Description.of().add("name", t.getName()).add("expected", t.getExpectedOutcome())
			.add("answers", answers).toString();
	}

	/** The entries of one "Finding help" topic, in their order. */
	static List<HelpLinkEntity> sameTopic(RuleSetEntity ruleSet, HelpTopic topic) {
		return sorted(ruleSet.getHelpLinks().stream().filter(l -> l.getTopic() == topic).toList(),
				HelpLinkEntity::getPosition, HelpLinkEntity::getId);
	}

	private static List<ContentItemEntity> inList(RuleSetEntity ruleSet, ContentItemEntity item) {
		return ruleSet.getContentItems().stream().filter(i -> i.getListKey() == item.getListKey()).toList();
	}

	private static <T> Optional<T> samePlace(List<T> from, List<T> to, T item, ToIntFunction<T> position,
			Function<T, Long> id) {
		int index = sorted(from, position, id).indexOf(item);
		List<T> target = sorted(to, position, id);
		return index >= 0 && index < target.size() ? Optional.of(target.get(index)) : Optional.empty();
	}

	private record Kind<T>(Function<T, RuleSetEntity> ruleSet, Function<T, Long> id, ToLongFunction<T> lockVersion,
			BiFunction<RuleSetEntity, T, Optional<T>> counterpart, Function<T, Subject> subject,
			Function<T, String> description) implements ItemKind<T> {

		@Override
		public RuleSetEntity ruleSetOf(T item) {
			return ruleSet.apply(item);
		}

		@Override
		public Long idOf(T item) {
			return id.apply(item);
		}

		@Override
		public long lockVersionOf(T item) {
			return lockVersion.applyAsLong(item);
		}

		@Override
		public Optional<T> in(RuleSetEntity ruleSetEntity, T item) {
			return counterpart.apply(ruleSetEntity, item);
		}

		@Override
		public Subject subject(T item) {
			return subject.apply(item);
		}

		@Override
		public String describe(T item) {
			return description.apply(item);
		}
	}
}
