package org.crossroads.admin.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.SiteContent;

import org.jspecify.annotations.Nullable;

/**
 * Which criteria of the standard a version's content meets: a pure function of that content, the day
 * and how old a review may be, so the standard page and publishing always agree.
 */
public final class StandardCheck {

	private StandardCheck() {
	}

	/** One criterion, met or missing; {@code why} names the message saying what is missing, null when met. */
	public record Finding(StandardCriterion criterion, @Nullable String why, List<Object> args) {

		public Finding {
			args = List.copyOf(args);
		}

		public boolean met() {
			return why == null;
		}

		public Object[] whyArgs() {
			return args.toArray();
		}
	}

	/** Every criterion in order. */
	public record Report(List<Finding> findings) {

		public Report {
			findings = List.copyOf(findings);
		}

		/** The certifying criteria not met: any of them refuses a publish. */
		public List<StandardCriterion> unmetCertifying() {
			return findings.stream().filter(f -> !f.met() && f.criterion().certifying()).map(Finding::criterion).toList();
		}

		public boolean allMet() {
			return findings.stream().allMatch(Finding::met);
		}
	}

	/**
	 * @param reviewMonths a review older than this many months before {@code today} no longer counts
	 */
	public static Report of(SiteContent site, LocalDate today, int reviewMonths) {
		SiteContent.About about = site.about();
		List<Finding> findings = new ArrayList<>();
		findings.add(missingIf(StandardCriterion.DECISION_STATED, site.list(ContentList.COMPARISON_INTRO).isEmpty(),
				"admin.standard.why.no-decision"));
		findings.add(missingIf(StandardCriterion.OPTIONS_DESCRIBED,
				site.list(ContentList.THERAPY_CAN).isEmpty() || site.list(ContentList.COACHING_CAN).isEmpty(),
				"admin.standard.why.no-options"));
		findings.add(features(site.comparison()));
		if (about == null) {
			for (StandardCriterion c : List.of(StandardCriterion.SOURCES_WITH_DATES, StandardCriterion.REVIEW_DATE_AND_POLICY,
					StandardCriterion.AUTHORS_FUNDING_CONFLICTS, StandardCriterion.LIMITS_STATED)) {
				findings.add(new Finding(c, "admin.standard.why.no-about", List.of()));
			}
			return new Report(findings);
		}
		findings.add(missingIf(StandardCriterion.SOURCES_WITH_DATES, about.citations().isEmpty(),
				"admin.standard.why.no-sources"));
		findings.add(review(about, today, reviewMonths));
		findings.add(disclosure(about));
		findings.add(missingIf(StandardCriterion.LIMITS_STATED, blank(about.limits()), "admin.standard.why.no-limits"));
		return new Report(findings);
	}

	private static Finding features(List<SiteContent.ComparisonRow> rows) {
		if (rows.isEmpty()) {
			return new Finding(StandardCriterion.FEATURES_IN_EQUAL_DETAIL, "admin.standard.why.no-rows", List.of());
		}
		List<String> oneSided = rows.stream()
			.filter(r -> blank(r.therapy()) || blank(r.coaching()))
			.map(SiteContent.ComparisonRow::feature)
			.toList();
		return oneSided.isEmpty() ? met(StandardCriterion.FEATURES_IN_EQUAL_DETAIL)
				: new Finding(StandardCriterion.FEATURES_IN_EQUAL_DETAIL, "admin.standard.why.one-sided",
						List.of(String.join(", ", oneSided)));
	}

	private static Finding review(SiteContent.About about, LocalDate today, int reviewMonths) {
		StandardCriterion c = StandardCriterion.REVIEW_DATE_AND_POLICY;
		if (blank(about.reviewPolicy())) {
			return new Finding(c, "admin.standard.why.no-policy", List.of());
		}
		LocalDate oldest = today.minusMonths(reviewMonths);
		if (about.lastReviewed().isBefore(oldest)) {
			return new Finding(c, "admin.standard.why.stale-review", List.of(about.lastReviewed().toString(), reviewMonths));
		}
		return met(c);
	}

	private static Finding disclosure(SiteContent.About about) {
		StandardCriterion c = StandardCriterion.AUTHORS_FUNDING_CONFLICTS;
		if (blank(about.author())) {
			return new Finding(c, "admin.standard.why.no-author", List.of());
		}
		if (blank(about.funding())) {
			return new Finding(c, "admin.standard.why.no-funding", List.of());
		}
		if (blank(about.conflictsOfInterest())) {
			return new Finding(c, "admin.standard.why.no-conflicts", List.of());
		}
		return met(c);
	}

	private static Finding missingIf(StandardCriterion criterion, boolean missing, String why) {
		return missing ? new Finding(criterion, why, List.of()) : met(criterion);
	}

	private static Finding met(StandardCriterion criterion) {
		return new Finding(criterion, null, List.of());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
