package org.crossroads.admin.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.SiteContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard check as a pure function: content, today and the allowed age of a review in, findings out. */
class StandardCheckTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 26);

	@Test
	void completeContentMeetsEveryCriterion() {
		StandardCheck.Report report = StandardCheck.of(site(about("None.", "None.", "It is no diagnosis."), row("a", "b")),
				REVIEWED, 12);
		assertThat(report.findings()).extracting(StandardCheck.Finding::criterion)
			.containsExactly(StandardCriterion.values());
		assertThat(report.allMet()).isTrue();
		assertThat(report.unmetCertifying()).isEmpty();
	}

	@Test
	void anExplicitNoneIsAStatementButEmptyIsNot() {
		assertThat(StandardCheck.of(site(about("None.", "None.", "Limits"), row("a", "b")), REVIEWED, 12).allMet()).isTrue();
		StandardCheck.Report noFunding = StandardCheck.of(site(about(" ", "None.", "Limits"), row("a", "b")), REVIEWED, 12);
		assertThat(noFunding.unmetCertifying()).containsExactly(StandardCriterion.AUTHORS_FUNDING_CONFLICTS);
		assertThat(noFunding.findings().get(5).why()).isEqualTo("admin.standard.why.no-funding");
		StandardCheck.Report noConflicts = StandardCheck.of(site(about("None.", null, "Limits"), row("a", "b")), REVIEWED, 12);
		assertThat(noConflicts.unmetCertifying()).containsExactly(StandardCriterion.AUTHORS_FUNDING_CONFLICTS);
		StandardCheck.Report noLimits = StandardCheck.of(site(about("None.", "None.", null), row("a", "b")), REVIEWED, 12);
		assertThat(noLimits.unmetCertifying()).containsExactly(StandardCriterion.LIMITS_STATED);
	}

	@Test
	void aReviewOlderThanTheAllowedMonthsNoLongerCounts() {
		SiteContent site = site(about("None.", "None.", "Limits"), row("a", "b"));
		assertThat(StandardCheck.of(site, REVIEWED.plusMonths(12), 12).allMet()).isTrue();
		StandardCheck.Report stale = StandardCheck.of(site, REVIEWED.plusMonths(12).plusDays(1), 12);
		assertThat(stale.unmetCertifying()).containsExactly(StandardCriterion.REVIEW_DATE_AND_POLICY);
		assertThat(stale.findings().get(4).args()).containsExactly("2026-11-26", 12);
		assertThat(StandardCheck.of(site, REVIEWED.plusMonths(12).plusDays(1), 13).allMet()).isTrue();
	}

	@Test
	void aComparisonRowWithAnEmptySideIsNotEqualDetail() {
		StandardCheck.Report report = StandardCheck.of(site(about("None.", "None.", "Limits"), row("a", "b"),
				new SiteContent.ComparisonRow("Cost", "Per session", " ")), REVIEWED, 12);
		assertThat(report.unmetCertifying()).containsExactly(StandardCriterion.FEATURES_IN_EQUAL_DETAIL);
		assertThat(report.findings().get(2).args()).containsExactly("Cost");
		assertThat(StandardCheck.of(site(about("None.", "None.", "Limits")), REVIEWED, 12).unmetCertifying())
			.containsExactly(StandardCriterion.FEATURES_IN_EQUAL_DETAIL);
	}

	@Test
	void qualifyingCriteriaShowButDoNotRefuse() {
		SiteContent site = new SiteContent(Map.of(), List.of(row("a", "b")), Map.of(), List.of(),
				about("None.", "None.", "Limits"));
		StandardCheck.Report report = StandardCheck.of(site, REVIEWED, 12);
		assertThat(report.allMet()).isFalse();
		assertThat(report.findings()).filteredOn(f -> !f.met()).extracting(StandardCheck.Finding::criterion)
			.containsExactly(StandardCriterion.DECISION_STATED, StandardCriterion.OPTIONS_DESCRIBED);
		assertThat(report.unmetCertifying()).isEmpty();
	}

	@Test
	void noSourcesAndNoAboutFactsAreMissing() {
		SiteContent.About uncited = new SiteContent.About("Editors", "The article", REVIEWED, "Yearly", "PHQ", null,
				"None.", "None.", "Limits", List.of());
		assertThat(StandardCheck.of(site(uncited, row("a", "b")), REVIEWED, 12).unmetCertifying())
			.containsExactly(StandardCriterion.SOURCES_WITH_DATES);
		assertThat(StandardCheck.of(site(null, row("a", "b")), REVIEWED, 12).unmetCertifying()).containsExactly(
				StandardCriterion.SOURCES_WITH_DATES, StandardCriterion.REVIEW_DATE_AND_POLICY,
				StandardCriterion.AUTHORS_FUNDING_CONFLICTS, StandardCriterion.LIMITS_STATED);
	}

	private static SiteContent.ComparisonRow row(String therapy, String coaching) {
		return new SiteContent.ComparisonRow("Purpose", therapy, coaching);
	}

	private static SiteContent.About about(String funding, String conflicts, String limits) {
		return new SiteContent.About("Editors", "The article", REVIEWED, "Yearly", "PHQ", null, funding, conflicts, limits,
				List.of(new SiteContent.Source("The article", "Its author", null, REVIEWED, null)));
	}

	private static SiteContent site(SiteContent.About about, SiteContent.ComparisonRow... rows) {
		return new SiteContent(Map.of(),
				List.of(rows), Map.of(ContentList.COMPARISON_INTRO, List.of("Therapy or coaching?"),
						ContentList.THERAPY_CAN, List.of("Treat"), ContentList.COACHING_CAN, List.of("Coach")),
				List.of(), about);
	}
}
