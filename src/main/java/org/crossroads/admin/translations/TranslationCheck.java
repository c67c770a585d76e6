package org.crossroads.admin.translations;

import java.util.ArrayList;
import java.util.List;

import org.crossroads.language.Language;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.translation.Translation.Status;

/**
 * The translations a version needs before visitors get it, the one check the preview and publishing
 * share: in every live language each text that keeps people safe must be current (else publishing is
 * refused); other missing or outdated texts are only warned about, since visitors then read the English.
 */
public final class TranslationCheck {

	private TranslationCheck() {
	}

	/** A text that keeps people safe and is not current in a live language: it blocks. */
	public record Gap(String language, String languageName, String key, Status status) {
	}

	/** How many other texts of a live language need work: a warning. */
	public record Warning(String language, String languageName, long outdated, long missing) {
	}

	public record Result(List<Gap> blocking, List<Warning> warnings) {

		public boolean blocks() {
			return !blocking.isEmpty();
		}
	}

	/** {@code languages}: those to hold the version to (the live ones); the source language is skipped. */
	public static Result of(RuleSetEntity ruleSet, List<Language> languages) {
		List<Gap> blocking = new ArrayList<>();
		List<Warning> warnings = new ArrayList<>();
		for (Language language : languages) {
			if (language.source()) {
				continue;
			}
			List<TranslationStatus.Line> lines = TranslationStatus.lines(ruleSet, language.code());
			lines.stream().filter(l -> l.safety() && l.needsWork())
				.forEach(l -> blocking.add(new Gap(language.code(), language.name(), l.key(), l.status())));
			TranslationStatus.Counts others = TranslationStatus.Counts.of(lines.stream().filter(l -> !l.safety()).toList());
			if (others.outdated() + others.missing() > 0) {
				warnings.add(new Warning(language.code(), language.name(), others.outdated(), others.missing()));
			}
		}
		return new Result(List.copyOf(blocking), List.copyOf(warnings));
	}

	/** The texts that keep people safe and are not current in {@code language}: what stops it going live. */
	public static List<Gap> safetyGaps(RuleSetEntity ruleSet, Language language) {
		return of(ruleSet, List.of(language)).blocking();
	}
}
