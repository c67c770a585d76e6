package org.crossroads.admin.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossroads.rules.Pathway;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;

import org.jspecify.annotations.Nullable;

/** Every visitor-facing text of a rule set version, with the editor it is changed in. */
public final class VisitorTexts {

	/** Hardest first; equal grades by length, then by place. */
	static final Comparator<VisitorText> HARDEST_FIRST = Comparator
		.comparingDouble((VisitorText t) -> t.grade().grade()).reversed()
		.thenComparing(Comparator.comparingInt((VisitorText t) -> t.grade().words()).reversed())
		.thenComparing(VisitorText::editPath);

	private VisitorTexts() {
	}

	/**
	 * The questions that carry a validated instrument's wording: those of a scale (PHQ-2, GAD-2) and
	 * those a SAFETY criterion asks (PHQ-9 item 9). Their prompts and option labels are never rewritten.
	 */
	public static Set<String> fixedQuestions(RuleSetEntity ruleSet) {
		Set<String> fixed = ruleSet.getSections().stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getScaleKey() != null)
			.map(QuestionEntity::getKey).collect(Collectors.toCollection(java.util.HashSet::new));
		ruleSet.getCriteria().stream().filter(c -> c.getPathway() == Pathway.SAFETY)
			.flatMap(c -> c.getConditions().stream()).map(cc -> cc.getQuestionKey())
			.filter(java.util.Objects::nonNull).forEach(fixed::add);
		return fixed;
	}

	public static List<VisitorText> of(RuleSetEntity ruleSet) {
		List<VisitorText> texts = new ArrayList<>();
		ruleSet.getSections().forEach(s -> add(texts, "SECTION", s.getKey(), "admin.field.title",
				"/admin/sections/" + s.getId(), s.getTitle(), Wording.OWN));
		Set<String> fixed = fixedQuestions(ruleSet);
		for (QuestionEntity q : ruleSet.getSections().stream().flatMap(s -> s.getQuestions().stream()).toList()) {
			Wording wording = fixed.contains(q.getKey()) ? Wording.FIXED : Wording.OWN;
			String path = "/admin/questions/" + q.getId();
			add(texts, "QUESTION", q.getKey(), "admin.field.prompt", path, q.getPrompt(), wording);
			add(texts, "QUESTION", q.getKey(), "admin.field.shortLabel", path, q.getShortLabel(), Wording.OWN);
			add(texts, "QUESTION", q.getKey(), "admin.field.help", path, q.getHelp(), Wording.OWN);
			q.getOptions().forEach(o -> add(texts, "OPTION", q.getKey() + " / " + o.getKey(), "admin.field.label", path,
					o.getLabel(), wording));
		}
		ruleSet.getCriteria().forEach(c -> {
			String path = "/admin/criteria/" + c.getId();
			add(texts, "CRITERION", c.getCode(), "admin.field.title", path, c.getTitle(), Wording.OWN);
			add(texts, "CRITERION", c.getCode(), "admin.field.reason", path, c.getReason(),
					c.isReasonQuoted() ? Wording.QUOTATION : Wording.OWN);
		});
		ruleSet.getOutcomeTexts().forEach(t -> add(texts, "HEADLINE", t.getOutcome().name(), "admin.field.headline",
				"/admin/headlines/" + t.getId(), t.getHeadline(), Wording.OWN));
		ruleSet.getComparisonRows().forEach(r -> {
			String path = "/admin/comparison-rows/" + r.getId();
			add(texts, "COMPARISON_ROW", r.getFeature(), "admin.field.feature", path, r.getFeature(), Wording.OWN);
			add(texts, "COMPARISON_ROW", r.getFeature(), "admin.field.therapySide", path, r.getTherapy(), Wording.OWN);
			add(texts, "COMPARISON_ROW", r.getFeature(), "admin.field.coachingSide", path, r.getCoaching(), Wording.OWN);
		});
		ruleSet.getValueStatements().forEach(v -> {
			String path = "/admin/value-statements/" + v.getId();
			add(texts, "VALUE_STATEMENT", v.getKey(), "admin.field.statement", path, v.getBody(), Wording.OWN);
			add(texts, "VALUE_STATEMENT", v.getKey(), "admin.field.therapyFit", path, v.getTherapyFit(), Wording.OWN);
			add(texts, "VALUE_STATEMENT", v.getKey(), "admin.field.coachingFit", path, v.getCoachingFit(), Wording.OWN);
		});
		ruleSet.getContentItems().forEach(i -> add(texts, "TEXT_LIST", i.getListKey().name() + " " + i.getPosition(),
				"admin.field.body", "/admin/content-items/" + i.getId(), i.getBody(), Wording.OWN));
		ruleSet.getCrisisResources().forEach(r -> {
			String path = "/admin/crisis-resources/" + r.getId();
			add(texts, "CRISIS_RESOURCE", r.getLabel(), "admin.field.region", path, r.getRegion(), Wording.NAME);
			add(texts, "CRISIS_RESOURCE", r.getLabel(), "admin.field.label", path, r.getLabel(), Wording.NAME);
			add(texts, "CRISIS_RESOURCE", r.getLabel(), "admin.field.contact", path, r.getContact(), Wording.OWN);
		});
		ruleSet.getHelpLinks().forEach(l -> {
			String path = "/admin/help-links/" + l.getId();
			add(texts, "HELP_LINK", l.getTopic().name() + " " + l.getRegionCode(), "admin.field.label", path, l.getLabel(),
					Wording.NAME);
			add(texts, "HELP_LINK", l.getTopic().name() + " " + l.getRegionCode(), "admin.field.help-note", path,
					l.getNote(), Wording.OWN);
		});
		AboutPageEntity about = ruleSet.getAbout();
		if (about != null) {
			add(texts, "ABOUT", "", "admin.field.author", "/admin/about", about.getAuthor(), Wording.OWN);
			add(texts, "ABOUT", "", "admin.field.sources", "/admin/about", about.getSources(), Wording.NAME);
			add(texts, "ABOUT", "", "admin.field.reviewPolicy", "/admin/about", about.getReviewPolicy(), Wording.OWN);
			add(texts, "ABOUT", "", "admin.field.instruments", "/admin/about", about.getInstruments(), Wording.OWN);
			add(texts, "ABOUT", "", "admin.field.funding", "/admin/about", about.getFunding(), Wording.OWN);
			add(texts, "ABOUT", "", "admin.field.conflictsOfInterest", "/admin/about", about.getConflictsOfInterest(),
					Wording.OWN);
			add(texts, "ABOUT", "", "admin.field.limits", "/admin/about", about.getLimits(), Wording.OWN);
		}
		ruleSet.getAboutSources().forEach(s -> {
			String path = "/admin/about-sources/" + s.getId();
			add(texts, "ABOUT_SOURCE", s.getTitle(), "admin.field.title", path, s.getTitle(), Wording.NAME);
			add(texts, "ABOUT_SOURCE", s.getTitle(), "admin.field.publisher", path, s.getPublisher(), Wording.NAME);
		});
		texts.sort(HARDEST_FIRST);
		return List.copyOf(texts);
	}

	private static void add(List<VisitorText> texts, String area, String item, String field, String path,
			@Nullable String text, Wording wording) {
		if (text != null && !text.isBlank()) {
			texts.add(new VisitorText(area, item, field, path, text, wording));
		}
	}
}
