package org.crossroads.assessment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.rules.AnswerOption;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Pathway;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;

/**
 * A stored result as its page shows it, read under the rule-set version that decided it: the
 * questions, thresholds and scale totals all come from that version, never from a later one.
 * {@code link} is the private address of the result; {@code printView} drops everything but
 * the result itself.
 */
public record ResultPage(String id, Instant createdAt, Outcome outcome, String headline, List<Bar> bars,
		List<Criterion> reasons, List<AnsweredSection> answers, List<ScaleTotal> totals, SiteContent site,
		int ruleSetVersion, String link, boolean printView) {

	/**
	 * One path's bar: its score, the score at which this version suggests the path, the most it
	 * could score in this version, and its label code.
	 */
	public record Bar(Pathway pathway, int score, int threshold, int max) {

		public String key() {
			return pathway.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A section of the questionnaire with the visitor's answers, in questionnaire order. */
	public record AnsweredSection(String title, List<Answered> answers) {
	}

	/** A question and the label of the chosen option; {@code null} when an optional one was skipped. */
	public record Answered(String questionKey, String prompt, @Nullable String answer) {
	}

	/** A screening scale's total as the engine scored it, and the most it can total. */
	public record ScaleTotal(String key, int total, int max) {
	}

	static ResultPage of(Assessment assessment, String link, boolean printView) {
		RuleSet rules = assessment.content().rules();
		SiteContent site = assessment.content().site();
		Evaluation evaluation = assessment.evaluation();
		Outcome outcome = evaluation.outcome();
		List<Bar> bars = List.of(
				new Bar(Pathway.THERAPY, evaluation.scores().therapy(), rules.thresholds().therapy(),
						max(rules, Pathway.THERAPY)),
				new Bar(Pathway.COACHING, evaluation.scores().coaching(), rules.thresholds().coaching(),
						max(rules, Pathway.COACHING)));
		List<AnsweredSection> answers = rules.sections().stream()
			.map(section -> new AnsweredSection(section.title(), section.questions().stream()
				.map(q -> new Answered(q.key(), q.prompt(), label(q, evaluation.answers().answers().get(q.key()))))
				.toList()))
			.toList();
		List<ScaleTotal> totals = rules.scales().stream()
			.map(scale -> new ScaleTotal(scale, evaluation.scaleScore(scale), scaleMax(rules, scale)))
			.toList();
		return new ResultPage(assessment.id().orElseThrow(), assessment.createdAt().orElseThrow(), outcome,
				site.headline(outcome), bars, evaluation.metCriteria(), answers, totals, site,
				evaluation.ruleSetVersion(), link, printView);
	}

	private static @Nullable String label(Question question, @Nullable String optionKey) {
		return optionKey == null ? null : question.option(optionKey).map(AnswerOption::label).orElse(null);
	}

	private static int scaleMax(RuleSet rules, String scale) {
		return rules.questions().stream()
			.filter(q -> q.scale().filter(scale::equals).isPresent())
			.mapToInt(q -> q.options().stream().mapToInt(AnswerOption::score).max().orElse(0))
			.sum();
	}

	/**
	 * The met criteria that suggest therapy whatever the points: signs that need a licensed
	 * professional, or what only therapy can give (the engine's own test).
	 */
	public List<Criterion> therapyRegardless() {
		return reasons.stream().filter(Criterion::needsTherapy).toList();
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
