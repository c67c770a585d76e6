package org.crossroads.admin.readability;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The Flesch–Kincaid grade level of a text: 0.39 × (words / sentences) + 11.8 × (syllables / words)
 * − 15.59, the school grade a reader needs to follow it. Public health-literacy guidance asks for
 * grade 8 or below ({@link #TARGET}).
 *
 * <p>Texts under {@link #MIN_WORDS} words get a grade but never a warning: on a label such as
 * "Not at all" or "Several days" the formula measures nothing (one long word decides it).
 */
public record ReadingGrade(int words, int sentences, int syllables, double grade) {

	/** The highest grade a visitor-facing text of our own should need. */
	public static final int TARGET = 8;

	/** Fewer words than this and the grade is shown without a warning. */
	public static final int MIN_WORDS = 5;

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

	/** A sentence ends at . ! or ? (and any run of them) followed by a space or the end of the text. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"”’)]*(\\s|$)");

	/** Abbreviations whose full stop ends no sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "dr.", "mr.", "mrs.", "ms.", "vs.",
			"no.", "st.", "approx.");

	public static ReadingGrade of(@Nullable String text) {
		String t = text == null ? "" : text.strip();
		int words = 0;
		int syllables = 0;
		int abbreviationStops = 0;
		Matcher m = TOKEN.matcher(t);
		while (m.find()) {
			String token = m.group();
			String bare = token.replaceAll("[.’'\\-]+$", "");
			if (ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)) && m.end() < t.length()) {
				abbreviationStops++;
			}
			if (bare.isEmpty()) {
				continue;
			}
			words++;
			syllables += Syllables.count(bare);
		}
		if (words == 0) {
			return new ReadingGrade(0, 0, 0, 0);
		}
		int stops = 0;
		Matcher s = SENTENCE_END.matcher(t);
		while (s.find()) {
			stops++;
		}
		// Text after the last stop (or a label, a title with none) is a sentence too.
		boolean openEnd = !t.matches("(?s).*[.!?][\"”’)]*$");
		int sentences = Math.max(1, stops - abbreviationStops + (openEnd ? 1 : 0));
		double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
		return new ReadingGrade(words, sentences, syllables, Math.round(grade * 10) / 10.0);
	}

	/** Whether the field is warned about: our own wording, long enough to measure, above the target. */
	public boolean warns(Wording wording) {
		return wording == Wording.OWN && words >= MIN_WORDS && grade > TARGET;
	}

	/** Too short for the grade to mean anything. */
	public boolean tooShort() {
		return words < MIN_WORDS;
	}
}
