package org.crossroads.admin.publishing;

import org.crossroads.admin.testcases.TestCaseEntity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossroads.admin.publishing.Change.Area;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Condition;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.Section;

import org.jspecify.annotations.Nullable;

/** The readable difference between two versions: which item changed, in which field, from what to what. */
final class VersionDiff {

	/** A test case as the diff compares it. */
	record CaseData(String name, Outcome expected, Map<String, String> answers) {

		static CaseData of(TestCaseEntity t) {
			return new CaseData(t.getName(), t.getExpectedOutcome(), new TreeMap<>(t.getAnswers()));
		}
	}

	private final List<Change> changes = new ArrayList<>();

	private VersionDiff() {
	}

	static List<Change> between(ContentSnapshot from, ContentSnapshot to, List<CaseData> fromCases, List<CaseData> toCases) {
		VersionDiff diff = new VersionDiff();
		diff.thresholds(from, to);
		diff.sections(from.rules().sections(), to.rules().sections());
		diff.questions(from.rules().questions(), to.rules().questions(), from, to);
		diff.criteria(from.rules().criteria(), to.rules().criteria());
		diff.site(from.site(), to.site());
		diff.cases(fromCases, toCases);
		return List.copyOf(diff.changes);
	}

	private void thresholds(ContentSnapshot from, ContentSnapshot to) {
		field(Area.THRESHOLDS, "therapy", "therapyThreshold", from.rules().thresholds().therapy(), to.rules().thresholds().therapy());
		field(Area.THRESHOLDS, "coaching", "coachingThreshold", from.rules().thresholds().coaching(), to.rules().thresholds().coaching());
	}

	private void sections(List<Section> from, List<Section> to) {
		keyed(Area.SECTION, from, to, Section::key, Section::title, (a, b) -> field(Area.SECTION, a.key(), "title", a.title(), b.title()));
		order(Area.SECTION, "", from, to, Section::key);
	}

	private void questions(List<Question> from, List<Question> to, ContentSnapshot fromSnapshot, ContentSnapshot toSnapshot) {
		keyed(Area.QUESTION, from, to, Question::key, Question::prompt, (a, b) -> {
			field(Area.QUESTION, a.key(), "section", sectionOf(fromSnapshot, a.key()), sectionOf(toSnapshot, b.key()));
			field(Area.QUESTION, a.key(), "prompt", a.prompt(), b.prompt());
			field(Area.QUESTION, a.key(), "shortLabel", a.shortLabel(), b.shortLabel());
			field(Area.QUESTION, a.key(), "help", a.help(), b.help());
			field(Area.QUESTION, a.key(), "required", a.required(), b.required());
			field(Area.QUESTION, a.key(), "scale", a.scaleKey(), b.scaleKey());
			String item = a.key();
			keyed(Area.OPTION, a.options(), b.options(), AnswerOption::key, AnswerOption::label, item + " / ", (x, y) -> {
				field(Area.OPTION, item + " / " + x.key(), "label", x.label(), y.label());
				field(Area.OPTION, item + " / " + x.key(), "score", x.score(), y.score());
			});
			order(Area.OPTION, item, a.options(), b.options(), AnswerOption::key);
		});
		for (Section section : toSnapshot.rules().sections()) {
			fromSnapshot.rules().section(section.key()).ifPresent(old -> order(Area.QUESTION, section.key(),
					old.questions(), section.questions(), Question::key));
		}
	}

	private static @Nullable String sectionOf(ContentSnapshot snapshot, String question) {
		return snapshot.rules().sections().stream()
			.filter(s -> s.questions().stream().anyMatch(q -> q.key().equals(question)))
			.map(Section::key)
			.findFirst()
			.orElse(null);
	}

	private void criteria(List<Criterion> from, List<Criterion> to) {
		keyed(Area.CRITERION, from, to, Criterion::code, Criterion::title, (a, b) -> {
			String code = a.code();
			field(Area.CRITERION, code, "title", a.title(), b.title());
			field(Area.CRITERION, code, "reason", a.reason(), b.reason());
			field(Area.CRITERION, code, "pathway", a.pathway(), b.pathway());
			field(Area.CRITERION, code, "weight", a.weight(), b.weight());
			field(Area.CRITERION, code, "clinical", a.clinical(), b.clinical());
			field(Area.CRITERION, code, "exclusive", a.exclusive(), b.exclusive());
			field(Area.CRITERION, code, "active", a.active(), b.active());
			field(Area.CRITERION, code, "match", a.match(), b.match());
			field(Area.CRITERION, code, "conditions", conditions(a), conditions(b));
		});
		order(Area.CRITERION, "", from, to, Criterion::code);
	}

	/** How the pages show a criterion's conditions: "daily-functioning: quite-a-bit, severely; score phq2 ≥ 3". */
	static String conditions(Criterion c) {
		return c.conditions().stream().map(VersionDiff::condition).collect(Collectors.joining("; "));
	}

	static String condition(Condition condition) {
		if (condition instanceof Condition.AnswerIn a) {
			return a.questionKey() + ": " + String.join(", ", a.optionKeys().stream().sorted().toList());
		}
		Condition.ScoreAtLeast s = (Condition.ScoreAtLeast) condition;
		return "score " + s.scaleKey() + " \u2265 " + s.minimum();
	}

	private void site(SiteContent from, SiteContent to) {
		for (Outcome outcome : Outcome.values()) {
			String a = from.headlines().get(outcome);
			String b = to.headlines().get(outcome);
			if (a == null || b == null) {
				if (!Objects.equals(a, b)) {
					changes.add(new Change(Area.HEADLINE, outcome.name(), "item", a, b));
				}
			}
			else {
				field(Area.HEADLINE, outcome.name(), "headline", a, b);
			}
		}
		placed(Area.COMPARISON_ROW, "", from.comparison(), to.comparison(), SiteContent.ComparisonRow::feature, (item, a, b) -> {
			field(Area.COMPARISON_ROW, item, "feature", a.feature(), b.feature());
			field(Area.COMPARISON_ROW, item, "therapy", a.therapy(), b.therapy());
			field(Area.COMPARISON_ROW, item, "coaching", a.coaching(), b.coaching());
		});
		keyed(Area.VALUE_STATEMENT, from.valueStatements(), to.valueStatements(), SiteContent.ValueStatement::key,
				SiteContent.ValueStatement::text, (a, b) -> {
					field(Area.VALUE_STATEMENT, a.key(), "text", a.text(), b.text());
					field(Area.VALUE_STATEMENT, a.key(), "therapyFit", a.therapyFit(), b.therapyFit());
					field(Area.VALUE_STATEMENT, a.key(), "coachingFit", a.coachingFit(), b.coachingFit());
				});
		order(Area.VALUE_STATEMENT, "", from.valueStatements(), to.valueStatements(), SiteContent.ValueStatement::key);
		for (ContentList list : ContentList.values()) {
			placed(Area.TEXT_LIST, list.name() + " ", from.list(list), to.list(list), Function.identity(),
					(item, a, b) -> field(Area.TEXT_LIST, item, "text", a, b));
		}
		placed(Area.CRISIS_RESOURCE, "", from.crisisResources(), to.crisisResources(), SiteContent.CrisisResource::label,
				(item, a, b) -> {
					field(Area.CRISIS_RESOURCE, item, "region", a.region(), b.region());
					field(Area.CRISIS_RESOURCE, item, "regionCode", a.regionCode(), b.regionCode());
					field(Area.CRISIS_RESOURCE, item, "language", a.language(), b.language());
					field(Area.CRISIS_RESOURCE, item, "label", a.label(), b.label());
					field(Area.CRISIS_RESOURCE, item, "contact", a.contact(), b.contact());
					field(Area.CRISIS_RESOURCE, item, "url", a.url(), b.url());
					field(Area.CRISIS_RESOURCE, item, "phone", a.phone(), b.phone());
					field(Area.CRISIS_RESOURCE, item, "smsNumber", a.smsNumber(), b.smsNumber());
					field(Area.CRISIS_RESOURCE, item, "smsKeyword", a.smsKeyword(), b.smsKeyword());
				});
		for (HelpTopic topic : HelpTopic.values()) {
			placed(Area.HELP_LINK, topic.name() + " ", from.helpLinks(topic), to.helpLinks(topic), SiteContent.HelpLink::label,
					(item, x, y) -> {
						field(Area.HELP_LINK, item, "region", x.regionCode(), y.regionCode());
						field(Area.HELP_LINK, item, "label", x.label(), y.label());
						field(Area.HELP_LINK, item, "url", x.url(), y.url());
						field(Area.HELP_LINK, item, "note", x.note(), y.note());
					});
		}
		SiteContent.About a = from.about();
		SiteContent.About b = to.about();
		if (a != null && b != null) {
			field(Area.ABOUT, "", "author", a.author(), b.author());
			field(Area.ABOUT, "", "sources", a.sources(), b.sources());
			field(Area.ABOUT, "", "lastReviewed", a.lastReviewed(), b.lastReviewed());
			field(Area.ABOUT, "", "reviewPolicy", a.reviewPolicy(), b.reviewPolicy());
			field(Area.ABOUT, "", "instruments", a.instruments(), b.instruments());
			field(Area.ABOUT, "", "sourceUrl", a.sourceUrl(), b.sourceUrl());
			field(Area.ABOUT, "", "funding", a.funding(), b.funding());
			field(Area.ABOUT, "", "conflictsOfInterest", a.conflictsOfInterest(), b.conflictsOfInterest());
			field(Area.ABOUT, "", "limits", a.limits(), b.limits());
		}
		placed(Area.ABOUT_SOURCE, "", a == null ? List.of() : a.citations(), b == null ? List.of() : b.citations(),
				SiteContent.Source::title, (item, x, y) -> {
					field(Area.ABOUT_SOURCE, item, "title", x.title(), y.title());
					field(Area.ABOUT_SOURCE, item, "publisher", x.publisher(), y.publisher());
					field(Area.ABOUT_SOURCE, item, "publishedOn", x.publishedOn(), y.publishedOn());
					field(Area.ABOUT_SOURCE, item, "accessedOn", x.accessedOn(), y.accessedOn());
					field(Area.ABOUT_SOURCE, item, "url", x.url(), y.url());
				});
	}

	private void cases(List<CaseData> from, List<CaseData> to) {
		keyed(Area.TEST_CASE, from, to, CaseData::name, c -> c.expected().name(), (a, b) -> {
			field(Area.TEST_CASE, a.name(), "expected", a.expected(), b.expected());
			field(Area.TEST_CASE, a.name(), "answers", answers(a.answers()), answers(b.answers()));
		});
	}

	private static String answers(Map<String, String> answers) {
		return answers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
	}

	private void field(Area area, String item, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(area, item, field, text(before), text(after)));
		}
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private <T> void keyed(Area area, Collection<T> from, Collection<T> to, Function<T, String> key,
			Function<T, String> label, Both<T> compare) {
		keyed(area, from, to, key, label, "", compare);
	}

	/** Items with a key: added, removed, or compared field by field. */
	private <T> void keyed(Area area, Collection<T> from, Collection<T> to, Function<T, String> key,
			Function<T, String> label, String prefix, Both<T> compare) {
		Map<String, T> before = index(from, key);
		Map<String, T> after = index(to, key);
		before.forEach((k, a) -> {
			T b = after.get(k);
			if (b == null) {
				changes.add(new Change(area, prefix + k, "item", label.apply(a), null));
			}
			else {
				compare.accept(a, b);
			}
		});
		after.forEach((k, b) -> {
			if (!before.containsKey(k)) {
				changes.add(new Change(area, prefix + k, "item", null, label.apply(b)));
			}
		});
	}

	/** Items without a key, compared by place: "2" is the second in the list. */
	private <T> void placed(Area area, String prefix, List<T> from, List<T> to, Function<T, String> label, Placed<T> compare) {
		for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
			String item = prefix + (i + 1);
			if (i >= to.size()) {
				changes.add(new Change(area, item, "item", label.apply(from.get(i)), null));
			}
			else if (i >= from.size()) {
				changes.add(new Change(area, item, "item", null, label.apply(to.get(i))));
			}
			else {
				compare.accept(item, from.get(i), to.get(i));
			}
		}
	}

	/** A change of order among the items both versions have, shown as the two key lists. */
	private <T> void order(Area area, String item, List<T> from, List<T> to, Function<T, String> key) {
		List<String> a = from.stream().map(key).filter(k -> to.stream().map(key).anyMatch(k::equals)).toList();
		List<String> b = to.stream().map(key).filter(k -> from.stream().map(key).anyMatch(k::equals)).toList();
		if (!a.equals(b)) {
			changes.add(new Change(area, item, "order", String.join(", ", a), String.join(", ", b)));
		}
	}

	private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
		Map<String, T> index = new LinkedHashMap<>();
		items.forEach(i -> index.putIfAbsent(key.apply(i), i));
		return index;
	}

	@FunctionalInterface
	private interface Both<T> {
		void accept(T before, T after);
	}

	@FunctionalInterface
	private interface Placed<T> {
		void accept(String item, T before, T after);
	}

	/**
	 * The translations that differ between two versions, one change per language and text: snapshots are
	 * compared in the source language, so a version that only translates more is still a change.
	 */
	static List<Change> translations(org.crossroads.ruleset.RuleSetEntity before, org.crossroads.ruleset.RuleSetEntity after) {
		Map<String, String> old = new TreeMap<>();
		before.getTranslations().forEach(t -> old.put(t.getLanguage() + " " + t.getTextKey(), t.getBody()));
		Map<String, String> now = new TreeMap<>();
		after.getTranslations().forEach(t -> now.put(t.getLanguage() + " " + t.getTextKey(), t.getBody()));
		List<Change> changes = new ArrayList<>();
		now.forEach((item, body) -> {
			if (!body.equals(old.get(item))) {
				changes.add(new Change(Area.TRANSLATION, item, "translation", old.get(item), body));
			}
		});
		old.forEach((item, body) -> {
			if (!now.containsKey(item)) {
				changes.add(new Change(Area.TRANSLATION, item, "translation", body, null));
			}
		});
		return List.copyOf(changes);
	}
}
