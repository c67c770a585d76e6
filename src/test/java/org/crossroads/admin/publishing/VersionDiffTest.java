package org.crossroads.admin.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;
import org.crossroads.rules.SeedRules;
import org.crossroads.rules.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

/** The difference between two versions names the item, the field, and the values before and after. */
class VersionDiffTest {

	private static final SiteContent SITE = new SiteContent(Map.of(Outcome.THERAPY, "Therapy fits"),
			List.of(new SiteContent.ComparisonRow("Purpose", "Healing", "Goals")),
			Map.of(ContentList.SHARED_SKILL, List.of("Trust")),
			List.of(new SiteContent.CrisisResource("United Kingdom", "Samaritans", "Call 116 123",
					"https://www.samaritans.org", "GB", "116 123", null, null)),
			new SiteContent.About("Editors", "The article", LocalDate.of(2026, 1, 1), "Yearly", "PHQ"));

	@Test
	void identicalVersionsHaveNoDifferences() {
		assertThat(diff(SeedRules.ruleSet(), SITE)).isEmpty();
	}

	@Test
	void aChangedWeightThresholdAndConditionAreNamedWithBeforeAndAfter() {
		RuleSet seed = SeedRules.ruleSet();
		List<Criterion> criteria = new ArrayList<>(seed.criteria());
		Criterion stuck = seed.criterion("coaching.stuck").orElseThrow();
		criteria.set(criteria.indexOf(stuck), new Criterion(stuck.code(), stuck.pathway(), stuck.title(), stuck.reason(), 5,
				stuck.clinical(), stuck.exclusive(), stuck.active(), stuck.match(),
				List.of(new org.crossroads.rules.Condition.AnswerIn("feeling-stuck", java.util.Set.of("yes", "somewhat")))));
		RuleSet changed = new RuleSet(2, seed.sections(), criteria, new Thresholds(3, 4));

		assertThat(diff(changed, SITE)).containsExactlyInAnyOrder(
				new Change(Change.Area.THRESHOLDS, "coaching", "coachingThreshold", "3", "4"),
				new Change(Change.Area.CRITERION, "coaching.stuck", "weight", "3", "5"),
				new Change(Change.Area.CRITERION, "coaching.stuck", "conditions", "feeling-stuck: yes",
						"feeling-stuck: somewhat, yes"));
	}

	@Test
	void theAboutDisclosuresAndDatedSourcesAreCompared() {
		LocalDate read = LocalDate.of(2026, 11, 26);
		SiteContent.Source article = new SiteContent.Source("The article", "Its author", null, read, null);
		SiteContent.About disclosed = new SiteContent.About("Editors", "The article", LocalDate.of(2026, 1, 1), "Yearly", "PHQ",
				null, "None.", "None.", "No diagnosis.", List.of(article,
						new SiteContent.Source("A second", "Someone", LocalDate.of(2025, 3, 1), read, "https://example.org")));
		SiteContent site = new SiteContent(SITE.headlines(), SITE.comparison(), SITE.lists(), SITE.crisisResources(), disclosed);

		assertThat(diff(SeedRules.ruleSet(), site)).containsExactlyInAnyOrder(
				new Change(Change.Area.ABOUT, "", "funding", "", "None."),
				new Change(Change.Area.ABOUT, "", "conflictsOfInterest", "", "None."),
				new Change(Change.Area.ABOUT, "", "limits", "", "No diagnosis."),
				new Change(Change.Area.ABOUT_SOURCE, "1", "item", null, "The article"),
				new Change(Change.Area.ABOUT_SOURCE, "2", "item", null, "A second"));
	}

	@Test
	void addedAndRemovedItemsAndChangedTextsAreNamed() {
		RuleSet seed = SeedRules.ruleSet();
		List<Criterion> criteria = new ArrayList<>(seed.criteria());
		criteria.removeIf(c -> c.code().equals("coaching.group-formats"));
		List<Section> sections = new ArrayList<>(seed.sections());
		Section practical = seed.section("practical").orElseThrow();
		List<Question> questions = new ArrayList<>(practical.questions());
		Question format = questions.stream().filter(q -> q.key().equals("format")).findFirst().orElseThrow();
		List<AnswerOption> options = new ArrayList<>(format.options());
		options.set(0, new AnswerOption(options.get(0).key(), "Just me and the coach", 0));
		questions.set(questions.indexOf(format), new Question(format.key(), format.prompt(), format.shortLabel(), format.help(), format.required(),
				format.scaleKey(), options));
		sections.set(sections.indexOf(practical), new Section(practical.key(), "Practical matters", questions));
		SiteContent site = new SiteContent(Map.of(Outcome.THERAPY, "Therapy fits you"), SITE.comparison(), SITE.lists(),
				List.of(), SITE.about());

		assertThat(diff(new RuleSet(2, sections, criteria, seed.thresholds()), site)).contains(
				new Change(Change.Area.CRITERION, "coaching.group-formats", "item",
						"Group programs or workshops appeal to you", null),
				new Change(Change.Area.SECTION, "practical", "title", "Practical needs", "Practical matters"),
				new Change(Change.Area.OPTION, "format / one-to-one", "label", "One-to-one sessions", "Just me and the coach"),
				new Change(Change.Area.HEADLINE, "THERAPY", "headline", "Therapy fits", "Therapy fits you"),
				new Change(Change.Area.CRISIS_RESOURCE, "1", "item", "Samaritans", null));
	}

	@Test
	void valueStatementsAreComparedByKeyWithTheirFieldsAndOrder() {
		SiteContent.ValueStatement insurance = new SiteContent.ValueStatement("insurance-pays", "Insurance pays", "Often", "Rarely");
		SiteContent.ValueStatement goal = new SiteContent.ValueStatement("concrete-goal", "A goal", "Sometimes", "Always");
		SiteContent before = withStatements(List.of(insurance, goal));
		SiteContent after = withStatements(List.of(new SiteContent.ValueStatement("concrete-goal", "A concrete goal",
				"Sometimes", "Always"), insurance, new SiteContent.ValueStatement("results-soon", "Soon", "Later", "Now")));

		assertThat(VersionDiff.between(new ContentSnapshot(SeedRules.ruleSet(), before),
				new ContentSnapshot(SeedRules.ruleSet(), after), List.of(), List.of())).containsExactlyInAnyOrder(
						new Change(Change.Area.VALUE_STATEMENT, "concrete-goal", "text", "A goal", "A concrete goal"),
						new Change(Change.Area.VALUE_STATEMENT, "results-soon", "item", null, "Soon"),
						new Change(Change.Area.VALUE_STATEMENT, "", "order", "insurance-pays, concrete-goal",
								"concrete-goal, insurance-pays"));
	}

	@Test
	void aCrisisLinesLanguageIsCompared() {
		SiteContent.CrisisResource samaritans = SITE.crisisResources().get(0);
		SiteContent.CrisisResource inWelsh = new SiteContent.CrisisResource(samaritans.region(), samaritans.label(),
				samaritans.contact(), samaritans.url(), samaritans.regionCode(), samaritans.phone(), samaritans.smsNumber(),
				samaritans.smsKeyword(), "cy");
		SiteContent site = new SiteContent(SITE.headlines(), SITE.comparison(), SITE.lists(), List.of(inWelsh), SITE.about());

		assertThat(diff(SeedRules.ruleSet(), site)).containsExactly(
				new Change(Change.Area.CRISIS_RESOURCE, "1", "language", "en", "cy"));
	}

	private static SiteContent withStatements(List<SiteContent.ValueStatement> statements) {
		return new SiteContent(SITE.headlines(), SITE.comparison(), SITE.lists(), SITE.crisisResources(), SITE.about(),
				List.of(), statements);
	}

	private static List<Change> diff(RuleSet to, SiteContent site) {
		return VersionDiff.between(new ContentSnapshot(SeedRules.ruleSet(), SITE), new ContentSnapshot(to, site), List.of(),
				List.of());
	}
}
