package org.crossroads.assessment;

import java.time.Instant;
import java.util.List;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.RuleSet;

/**
 * A stored result as its page shows it, read under the rule-set version that decided it.
 * {@code link} is the private address of the result; {@code printView} drops everything but
 * the result itself.
 */
public record ResultPage(String id, Instant createdAt, Outcome outcome, String headline, List<Bar> bars,
		List<Criterion> reasons, SiteContent site, int ruleSetVersion, String link, boolean printView) {

	/** One path's bar: its score, the most it could score in this version, and its label code. */
	public record Bar(Pathway pathway, int score, int max) {

		public String key() {
			return pathway.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	static ResultPage of(Assessment assessment, String link, boolean printView) {
		RuleSet rules = assessment.content().rules();
		SiteContent site = assessment.content().site();
		Outcome outcome = assessment.evaluation().outcome();
		List<Bar> bars = List.of(
				new Bar(Pathway.THERAPY, assessment.evaluation().scores().therapy(), max(rules, Pathway.THERAPY)),
				new Bar(Pathway.COACHING, assessment.evaluation().scores().coaching(), max(rules, Pathway.COACHING)));
		return new ResultPage(assessment.id().orElseThrow(), assessment.createdAt().orElseThrow(), outcome,
				site.headline(outcome), bars, assessment.evaluation().metCriteria(), site,
				assessment.evaluation().ruleSetVersion(), link, printView);
	}

	private static int max(RuleSet rules, Pathway pathway) {
		return rules.criteria().stream()
			.filter(c -> c.active() && c.pathway() == pathway)
			.mapToInt(c -> Math.max(0, c.weight()))
			.sum();
	}

	/** The day it was taken, as UTC shows it: no finer, the page needs no more. */
	public java.time.LocalDate takenOn() {
		return java.time.LocalDate.ofInstant(createdAt, java.time.ZoneOffset.UTC);
	}

	public boolean urgent() {
		return outcome == Outcome.URGENT_SUPPORT;
	}

	public List<String> nextSteps() {
		return site.nextSteps(outcome);
	}

	public List<String> list(String name) {
		return site.list(ContentList.valueOf(name));
	}
}
