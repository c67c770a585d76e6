package org.crossroads.rules;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Test fixture: the seeded rule set (version 1) exactly as {@code design/questionnaire.md}
 * describes a fresh install, built from the engine's records, plus helpers for edited copies.
 * The answer sets are in {@link org.crossroads.SeedAnswers}.
 */
public final class SeedRules {

	public static final int VERSION = 1;

	public static final String WELLBEING = "wellbeing";

	public static final String GOALS = "goals";

	public static final String PRACTICAL = "practical";

	private SeedRules() {
	}

	// ---------------------------------------------------------------- rule set

	public static RuleSet ruleSet() {
		return new RuleSet(VERSION, sections(), criteria(), thresholds());
	}

	public static Thresholds thresholds() {
		return new Thresholds(3, 3);
	}

	public static List<Section> sections() {
		return List.of(
				new Section(WELLBEING, "How you have been feeling", List.of(
						required("daily-functioning", "Daily life",
								"Over the past month, how much have your feelings got in the way of your daily life? Think of work or study, friends and family, sleep, and looking after yourself.",
								null,
								option("not-at-all", "Not at all"), option("a-little", "A little"),
								option("quite-a-bit", "Quite a bit"),
								option("severely", "Severely: it is hard to get through the day")),
						frequency("phq2-interest", "Interest or pleasure",
								"Over the last 2 weeks, how often have you been bothered by little interest or pleasure in doing things?",
								"phq2"),
						frequency("phq2-mood", "Feeling down",
								"Over the last 2 weeks, how often have you been bothered by feeling down, depressed, or hopeless?",
								"phq2"),
						frequency("gad2-nervous", "Nervous or on edge",
								"Over the last 2 weeks, how often have you been bothered by feeling nervous, anxious, or on edge?",
								"gad2"),
						frequency("gad2-worry", "Worrying",
								"Over the last 2 weeks, how often have you been bothered by not being able to stop or control worrying?",
								"gad2"),
						frequency("self-harm", "Thoughts of self-harm",
								"Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead, "
										+ "or of hurting yourself in some way?",
								null),
						required("diagnosed-condition", "Mental health condition",
								"Has a doctor told you that you have a mental health problem such as depression, anxiety or PTSD? Or do you think you may have one?",
								null, yes(), option("not-sure", "I'm not sure"), no()),
						required("grief-addiction", "Grief or addiction",
								"Are you grieving a loss, or do you have a problem with drink, drugs, gambling or another habit you cannot stop? And does it upset your daily life?",
								null, yes(), no()),
						required("trauma", "A painful experience",
								"Is there a painful or traumatic experience that still affects you and that you would like to work through?",
								null, yes(), notSure(), no()))),
				new Section(GOALS, "What you are looking for", List.of(
						required("understand-why", "Understanding your emotions",
								"Do you want to uncover the deeper \"why\" behind your emotions or patterns?",
								null, yes(), somewhat(), no()),
						required("focus", "What matters more now", "Which matters more to you right now?", null,
								option("heal-past", "Healing or making sense of the past"),
								option("build-future", "Building toward goals for the future"),
								option("both", "Both equally")),
						required("feeling-stuck", "Feeling stuck", "Do you feel stuck, and need clarity about your next steps?", null,
								yes(), somewhat(), no()),
						required("growth-goal", "A goal to plan for",
								"Do you have a goal in your life or work that you want a clear plan for? For example, a new job, leading others, a project or a big change.",
								null, yes(), no()),
						required("performance", "Higher performance",
								"Is your life mostly going well, and you want to do even better?",
								null, yes(), no()),
						required("accountability", "Structure and accountability",
								"Would it help you most right now to have a plan, a push, and someone to keep you on track?",
								null, yes(), somewhat(), no()))),
				new Section(PRACTICAL, "Practical needs", List.of(
						required("documentation", "Documentation",
								"Do you need a letter or report for time off sick, a claim, a court case or help at school or college?",
								null, yes(), no()),
						optional("insurance", "Health insurance", "Would you like to use health insurance to pay for support?",
								yes(), no(), notSure()),
						optional("format", "Preferred format", "Which format appeals to you most?",
								option("one-to-one", "One-to-one sessions"),
								option("group-or-workshop", "Group programs, workshops, retreats or online courses"),
								option("no-preference", "No preference")))));
	}

	public static List<Criterion> criteria() {
		return List.of(
				criterion("therapy.daily-life", Pathway.THERAPY, "Your feelings are getting in the way of daily life",
						"Choosing therapy is often necessary when emotional struggles interfere with daily living.",
						3, true, false, MatchMode.ANY,
						answerIn("daily-functioning", "quite-a-bit", "severely")),
				criterion("therapy.mental-health", Pathway.THERAPY,
						"Signs of low mood, anxiety or a mental health condition",
						"Licensed therapists can diagnose and treat mental health conditions, including depression, "
								+ "anxiety disorders and PTSD.",
						3, true, false, MatchMode.ANY,
						new Condition.ScoreAtLeast("phq2", 3), new Condition.ScoreAtLeast("gad2", 3),
						answerIn("diagnosed-condition", "yes")),
				criterion("therapy.grief-addiction", Pathway.THERAPY, "Grief or addiction is disrupting your life",
						"Symptoms tied to mental health conditions such as depression, anxiety, grief, or addiction "
								+ "call for professional treatment.",
						3, true, false, MatchMode.ANY, answerIn("grief-addiction", "yes")),
				criterion("therapy.trauma", Pathway.THERAPY, "A painful experience you want to work through",
						"Therapists can also address unresolved trauma and help clients process emotional pain that "
								+ "interferes with daily living.",
						3, true, false, MatchMode.ANY, answerIn("trauma", "yes")),
				criterion("therapy.deeper-why", Pathway.THERAPY, "You want to understand where your feelings come from",
						"Therapy allows clients to process emotions in a safe space while identifying and addressing root causes "
								+ "that influence behavior.",
						3, false, false, MatchMode.ANY,
						answerIn("understand-why", "yes"), answerIn("focus", "heal-past")),
				criterion("therapy.documentation", Pathway.THERAPY,
						"You need a letter or report from an expert",
						"Therapists are authorized to supply medical documentation needed for insurance claims, court cases, "
								+ "or academic accommodations.",
						3, false, true, MatchMode.ANY, answerIn("documentation", "yes")),
				criterion("therapy.insurance", Pathway.THERAPY, "You want to use health insurance",
						"Payment Structure: Per session, often insurance-based",
						1, false, false, MatchMode.ANY, answerIn("insurance", "yes")),
				criterion("coaching.stuck", Pathway.COACHING, "You feel stuck and want a clear next step",
						"Coaching is best suited for individuals who are functioning well but feel stuck or lack direction.",
						3, false, false, MatchMode.ANY, answerIn("feeling-stuck", "yes")),
				criterion("coaching.growth-plan", Pathway.COACHING,
						"You have a goal and want a plan to reach it",
						"Sessions are built around identifying goals, designing strategies, and implementing steps that "
								+ "bring measurable improvement.",
						3, false, false, MatchMode.ANY, answerIn("growth-goal", "yes")),
				criterion("coaching.performance", Pathway.COACHING,
						"Life is going well and you want to do even better",
						"For individuals already functioning well but striving to achieve higher levels of performance, "
								+ "coaching provides structure, motivation, and the push needed to excel.",
						3, false, false, MatchMode.ALL,
						answerIn("performance", "yes"), answerIn("daily-functioning", "not-at-all", "a-little")),
				criterion("coaching.forward-focus", Pathway.COACHING,
						"Building toward the future matters most to you",
						"Sessions focus on the future rather than the past, helping people create strategies for "
								+ "success in areas like career growth, leadership development, or personal achievement.",
						3, false, false, MatchMode.ANY, answerIn("focus", "build-future")),
				criterion("coaching.accountability", Pathway.COACHING, "Someone to keep you on track would help",
						"Someone who needs accountability, structure, or motivation will often thrive with coaching.",
						2, false, false, MatchMode.ANY, answerIn("accountability", "yes")),
				criterion("coaching.group-formats", Pathway.COACHING, "Group programs or workshops appeal to you",
						"Adaptable options such as retreats, workshops, and group coaching",
						1, false, false, MatchMode.ANY, answerIn("format", "group-or-workshop")),
				criterion("safety.self-harm", Pathway.SAFETY, "Thoughts of being better off dead or of hurting yourself",
						"Thoughts like these deserve support today from someone trained to help: you do not have to face them alone.",
						0, false, false, MatchMode.ANY,
						answerIn("self-harm", "several-days", "more-than-half", "nearly-every-day")));
	}

	public static List<String> criterionCodes() {
		return criteria().stream().map(Criterion::code).toList();
	}

	// ---------------------------------------------------------------- edited variants

	/** The seed with one criterion replaced by an edited copy, everything else unchanged. */
	public static RuleSet withCriterion(String code, UnaryOperator<Criterion> edit) {
		return withCriterion(ruleSet(), code, edit);
	}

	public static RuleSet withCriterion(RuleSet rules, String code, UnaryOperator<Criterion> edit) {
		if (rules.criterion(code).isEmpty()) {
			throw new IllegalArgumentException("no criterion " + code);
		}
		List<Criterion> criteria = rules.criteria().stream()
				.map(c -> c.code().equals(code) ? edit.apply(c) : c)
				.toList();
		return new RuleSet(rules.version(), rules.sections(), criteria, rules.thresholds());
	}

	public static RuleSet withThresholds(RuleSet rules, int therapy, int coaching) {
		return new RuleSet(rules.version(), rules.sections(), rules.criteria(), new Thresholds(therapy, coaching));
	}

	public static RuleSet withCriteria(RuleSet rules, List<Criterion> criteria) {
		return new RuleSet(rules.version(), rules.sections(), criteria, rules.thresholds());
	}

	public static Criterion weight(Criterion c, int weight) {
		return new Criterion(c.code(), c.pathway(), c.title(), c.reason(), weight, c.clinical(), c.exclusive(),
				c.active(), c.match(), c.conditions(), c.reasonQuoted());
	}

	public static Criterion flags(Criterion c, boolean clinical, boolean exclusive) {
		return new Criterion(c.code(), c.pathway(), c.title(), c.reason(), c.weight(), clinical, exclusive,
				c.active(), c.match(), c.conditions(), c.reasonQuoted());
	}

	public static Criterion active(Criterion c, boolean active) {
		return new Criterion(c.code(), c.pathway(), c.title(), c.reason(), c.weight(), c.clinical(), c.exclusive(),
				active, c.match(), c.conditions(), c.reasonQuoted());
	}

	public static Criterion match(Criterion c, MatchMode match) {
		return new Criterion(c.code(), c.pathway(), c.title(), c.reason(), c.weight(), c.clinical(), c.exclusive(),
				c.active(), match, c.conditions(), c.reasonQuoted());
	}

	public static Criterion pathway(Criterion c, Pathway pathway) {
		return new Criterion(c.code(), pathway, c.title(), c.reason(), c.weight(), c.clinical(), c.exclusive(),
				c.active(), c.match(), c.conditions(), c.reasonQuoted());
	}

	public static Criterion conditions(Criterion c, List<Condition> conditions) {
		return new Criterion(c.code(), c.pathway(), c.title(), c.reason(), c.weight(), c.clinical(), c.exclusive(),
				c.active(), c.match(), conditions, c.reasonQuoted());
	}

	// ---------------------------------------------------------------- building blocks

	public static Condition.AnswerIn answerIn(String questionKey, String... optionKeys) {
		return new Condition.AnswerIn(questionKey, Set.of(optionKeys));
	}

	public static Criterion criterion(String code, Pathway pathway, String title, String reason, int weight,
			boolean clinical, boolean exclusive, MatchMode match, Condition... conditions) {
		// Every seeded reason quotes the article except the self-harm one (SAFETY), which is ours.
		return new Criterion(code, pathway, title, reason, weight, clinical, exclusive, true, match,
				List.of(conditions), pathway != Pathway.SAFETY);
	}

	private static Question frequency(String key, String shortLabel, String prompt, String scaleKey) {
		return new Question(key, prompt, shortLabel, null, true, scaleKey, List.of(
				new AnswerOption("not-at-all", "Not at all", 0),
				new AnswerOption("several-days", "Several days", 1),
				new AnswerOption("more-than-half", "More than half the days", 2),
				new AnswerOption("nearly-every-day", "Nearly every day", 3)));
	}

	private static Question required(String key, String shortLabel, String prompt, String scaleKey,
			AnswerOption... options) {
		return new Question(key, prompt, shortLabel, null, true, scaleKey, List.of(options));
	}

	private static Question optional(String key, String shortLabel, String prompt, AnswerOption... options) {
		return new Question(key, prompt, shortLabel, null, false, null, List.of(options));
	}

	private static AnswerOption option(String key, String label) {
		return new AnswerOption(key, label, 0);
	}

	private static AnswerOption yes() {
		return option("yes", "Yes");
	}

	private static AnswerOption no() {
		return option("no", "No");
	}

	private static AnswerOption notSure() {
		return option("not-sure", "I'm not sure");
	}

	private static AnswerOption somewhat() {
		return option("somewhat", "Somewhat");
	}
}
