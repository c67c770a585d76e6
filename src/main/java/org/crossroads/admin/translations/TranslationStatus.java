package org.crossroads.admin.translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.published.Snapshots;
import org.crossroads.ruleset.translation.SafetyTexts;
import org.crossroads.ruleset.translation.Translation;
import org.crossroads.ruleset.translation.Translation.Status;

import org.jspecify.annotations.Nullable;

/**
 * How every text of a version stands in one language, in page order. What has to be translated is
 * what the version's snapshot shows ({@link Snapshots#sourceTexts}), never a list of its own.
 */
public final class TranslationStatus {

	private TranslationStatus() {
	}

	/**
	 * One text: {@code translation} is what visitors of the language read instead of the English
	 * (null when missing); {@code safety}: one of the texts that keep people safe ({@link SafetyTexts}).
	 */
	public record Line(String key, String english, @Nullable String translation, Status status, boolean safety) {

		/** The first part of the key (question, option, crisis…), named in words under {@code admin.translations.area.}. */
		public String area() {
			int dot = key.indexOf('.');
			return dot < 0 ? key : key.substring(0, dot);
		}

		/** The rest of the key: the item and its field. */
		public String place() {
			int dot = key.indexOf('.');
			return dot < 0 ? "" : key.substring(dot + 1);
		}

		public boolean needsWork() {
			return status != Status.CURRENT;
		}
	}

	/** How many texts stand each way. */
	public record Counts(long current, long outdated, long missing) {

		public static Counts of(List<Line> lines) {
			return new Counts(count(lines, Status.CURRENT), count(lines, Status.OUTDATED), count(lines, Status.MISSING));
		}

		private static long count(List<Line> lines, Status status) {
			return lines.stream().filter(l -> l.status() == status).count();
		}

		public long total() {
			return current + outdated + missing;
		}
	}

	/**
	 * Every text of {@code ruleSet} in {@code language}.
	 *
	 * @throws RuntimeException when the version cannot even be read (a broken draft: see the preview's problems)
	 */
	public static List<Line> lines(RuleSetEntity ruleSet, String language) {
		Map<String, String> texts = Snapshots.sourceTexts(ruleSet);
		Translation translation = Translation.of(ruleSet, language);
		Predicate<String> safety = SafetyTexts.of(ruleSet);
		List<Line> lines = new ArrayList<>(texts.size());
		texts.forEach((key, english) -> lines.add(new Line(key, english, translation.translated(key, english),
				translation.status(key, english), safety.test(key))));
		return List.copyOf(lines);
	}
}
