package org.crossroads.admin.publishing.safety;

import org.crossroads.admin.publishing.Change;
import org.crossroads.admin.publishing.DraftCheck;

import org.crossroads.admin.editing.Items;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.crossroads.admin.publishing.Change.Area;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.TextTranslationEntity;
import org.crossroads.ruleset.translation.SafetyTexts;
import org.crossroads.rules.Pathway;

import org.jspecify.annotations.Nullable;

/**
 * What keeps people safe in one version, each item rendered canonically: every crisis resource (by
 * its place in the list, as the history's diff compares them), every SAFETY criterion (by code) and
 * the self-harm question with its options, and the translations of the texts that keep people safe
 * (a wrong number in Spanish is as dangerous as in English). A change to any of them needs a second editor's approval
 * before it is published. Reads entities, field by field and null-tolerant, so it also works on a
 * draft the engine cannot read yet, and in the middle of an edit, before anything is flushed.
 * Positions count only as order: moving another question around does not touch the self-harm one.
 */
public final class SafetyItems {

	/** Item names, such as "CRISIS_RESOURCE 2", to their rendering; in a fixed order. */
	private final Map<String, String> items;

	private SafetyItems(Map<String, String> items) {
		this.items = items;
	}

	/** The version's safety items, and the translations of its texts that keep people safe, per language. */
	public static SafetyItems of(RuleSetEntity ruleSet) {
		SafetyItems english = of(Items.sorted(ruleSet.getCrisisResources(), CrisisResourceEntity::getPosition,
				CrisisResourceEntity::getId), ruleSet.getCriteria(), Items.questions(ruleSet).toList());
		Map<String, String> items = new LinkedHashMap<>(english.items);
		java.util.function.Predicate<String> safety = SafetyTexts.of(ruleSet);
		ruleSet.getTranslations().stream()
			.filter(t -> safety.test(t.getTextKey()))
			.sorted(Comparator.comparing(TextTranslationEntity::getLanguage).thenComparing(TextTranslationEntity::getTextKey))
			.forEach(t -> items.put(translation(t.getLanguage() + " " + t.getTextKey()), fields().add("text", t.getBody()).toString()));
		return new SafetyItems(items);
	}

	/** The item name of a translated text; {@code item} is the language and the text's key, as the diff names it. */
	private static String translation(String item) {
		return Area.TRANSLATION + " " + item;
	}

	/** {@code crisisResources} in the order visitors see them; criteria and questions in any order. */
	public static SafetyItems of(List<CrisisResourceEntity> crisisResources, Collection<CriterionEntity> criteria,
			List<QuestionEntity> questions) {
		Map<String, String> items = new LinkedHashMap<>();
		for (int i = 0; i < crisisResources.size(); i++) {
			items.put(Area.CRISIS_RESOURCE + " " + (i + 1), render(crisisResources.get(i)));
		}
		criteria.stream()
			.filter(c -> c.getPathway() == Pathway.SAFETY)
			.sorted(Comparator.comparing(CriterionEntity::getCode, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach(c -> items.merge(Area.CRITERION + " " + c.getCode(), render(c), (a, b) -> a + "\n" + b));
		questions.stream()
			.filter(q -> DraftCheck.SELF_HARM.equals(q.getKey()))
			.forEach(q -> items.merge(Area.QUESTION + " " + q.getKey(), render(q), (a, b) -> a + "\n" + b));
		return new SafetyItems(items);
	}

	/** SHA-256 over every item's name and rendering: what an approval is for. */
	String fingerprint() {
		StringBuilder all = new StringBuilder();
		items.forEach((name, text) -> all.append(name).append('\n').append(text).append("\n\n"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** The names of the items added, removed or changed since {@code before}; empty when none. */
	public List<String> changedSince(SafetyItems before) {
		Set<String> names = new LinkedHashSet<>(items.keySet());
		names.addAll(before.items.keySet());
		return names.stream().filter(name -> !Objects.equals(items.get(name), before.items.get(name))).toList();
	}

	/**
	 * Of the differences between two versions, those about the items named in {@code changed}
	 * (as {@link #changedSince} names them): what the preview lists as the safety changes.
	 */
	static List<Change> concerning(List<Change> changes, Collection<String> changed) {
		List<Change> safety = new ArrayList<>();
		for (Change c : changes) {
			String name = switch (c.area()) {
				case CRISIS_RESOURCE -> Area.CRISIS_RESOURCE + " " + c.item();
				case CRITERION -> c.field().equals("order") ? null : Area.CRITERION + " " + c.item();
				case QUESTION -> c.field().equals("order") ? null : Area.QUESTION + " " + c.item();
				// an option change names "question / option"; a change of their order names the question
				case OPTION -> Area.QUESTION + " " + c.item().split(" / ", 2)[0];
				case TRANSLATION -> translation(c.item());
				default -> null;
			};
			if (name != null && changed.contains(name)) {
				safety.add(c);
			}
		}
		return List.copyOf(safety);
	}

	private static String render(CrisisResourceEntity r) {
		return fields().add("region", r.getRegion()).add("regionCode", r.getRegionCode())
			.add("language", r.getLanguage()).add("label", r.getLabel())
			.add("contact", r.getContact()).add("url", r.getUrl()).add("phone", r.getPhone())
			.add("smsNumber", r.getSmsNumber()).add("smsKeyword", r.getSmsKeyword()).toString();
	}

	private static String render(CriterionEntity c) {
		String conditions = c.getConditions().stream()
			.sorted(Comparator.comparingInt(CriterionConditionEntity::getPosition))
			.map(SafetyItems::render)
			.collect(Collectors.joining("; "));
		return fields().add("title", c.getTitle()).add("reason", c.getReason()).add("pathway", c.getPathway())
			.add("weight", c.getWeight()).add("clinical", c.isClinical()).add("exclusive", c.isExclusive())
			.add("active", c.isActive()).add("match", c.getMatch()).add("conditions", conditions).toString();
	}

	private static String render(CriterionConditionEntity condition) {
		return condition.getKind() == ConditionKind.SCORE
				? "score " + condition.getScaleKey() + " >= " + condition.getMinScore()
				: condition.getQuestionKey() + ": " + String.join(", ", condition.getOptionKeys().stream().sorted().toList());
	}

	private static String render(QuestionEntity q) {
		String options = Items.sorted(q.getOptions(), AnswerOptionEntity::getPosition, AnswerOptionEntity::getId).stream()
			.map(o -> fields().add("key", o.getKey()).add("label", o.getLabel()).add("score", o.getScore()).toString())
			.collect(Collectors.joining(", ", "[", "]"));
		return fields().add("section", q.getSection() == null ? null : q.getSection().getKey())
			.add("prompt", q.getPrompt()).add("shortLabel", q.getShortLabel()).add("help", q.getHelp())
			.add("required", q.isRequired()).add("scale", q.getScaleKey()).add("options", options).toString();
	}

	private static Fields fields() {
		return new Fields();
	}

	/** name="value" pairs, quoted so that no value can pass for another field. */
	private static final class Fields {

		private final StringJoiner joined = new StringJoiner("; ");

		Fields add(String name, @Nullable Object value) {
			joined.add(name + "=" + (value == null ? "null"
					: "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
			return this;
		}

		@Override
		public String toString() {
			return joined.toString();
		}
	}
}
