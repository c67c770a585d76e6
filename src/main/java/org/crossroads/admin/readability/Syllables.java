package org.crossroads.admin.readability;

import java.util.Locale;

/**
 * Counts the syllables of an English word by rule, as readability tools do (no dictionary):
 * <ol>
 * <li>each group of vowels (a e i o u, and y after the first letter) is one syllable;</li>
 * <li>a few vowel pairs are two syllables: "ia", "iu", "ua", "uo", "io" (not in -tion, -sion,
 * -cious, -gion) and "ie" before t ("anxiety", "quiet");</li>
 * <li>a final e after a consonant is silent ("make", "whole") except in consonant + "le"
 * ("table", "people"), and so is an e before -ly, -ment, -ful, -ness or -less ("lonely");</li>
 * <li>"-ed" is silent except after t or d ("played" one, "wanted" two);</li>
 * <li>"-es" is silent except after s, x, z, c, g, ch and sh ("makes" one, "changes" two);</li>
 * <li>every word has at least one syllable.</li>
 * </ol>
 * A number ("2", "0800") is one syllable: a reader takes its figures in at a glance, and a phone
 * number read out digit by digit would say nothing about how plain its sentence is. A word of capitals ("PTSD", "GP") is spelt out: one syllable a letter, three for W. A hyphenated
 * word counts the syllables of its parts; a possessive "'s" adds none.
 */
final class Syllables {

	private Syllables() {
	}

	static int count(String word) {
		String w = word.replaceAll("['’]s$", "").replaceAll("['’]", "");
		if (w.isEmpty()) {
			return 1;
		}
		int total = 0;
		for (String part : w.split("[\\-.]+")) {
			if (!part.isEmpty()) {
				total += part(part);
			}
		}
		return Math.max(1, total);
	}

	private static int part(String part) {
		if (part.chars().anyMatch(Character::isDigit)) {
			return number(part);
		}
		if (part.length() > 1 && part.equals(part.toUpperCase(Locale.ROOT))) {
			return initials(part);
		}
		return word(part.toLowerCase(Locale.ROOT));
	}

	private static int number(String part) {
		return 1;
	}

	private static int initials(String part) {
		int n = 0;
		for (char c : part.toCharArray()) {
			n += c == 'W' ? 3 : 1;
		}
		return n;
	}

	static int word(String w) {
		int groups = 0;
		boolean inVowel = false;
		for (int i = 0; i < w.length(); i++) {
			boolean vowel = isVowel(w, i);
			if (vowel && (!inVowel || splits(w, i))) {
				groups++;
			}
			inVowel = vowel;
		}
		int n = groups;
		int len = w.length();
		if (len > 2 && w.endsWith("e") && !isVowel(w, len - 2)
				&& !(w.endsWith("le") && len > 3 && !isVowel(w, len - 3))) {
			n--; // silent final e
		}
		else if (len > 3 && w.endsWith("ed") && !isVowel(w, len - 3) && "td".indexOf(w.charAt(len - 3)) < 0) {
			n--; // "-ed" joins the syllable before it
		}
		else if (len > 3 && w.endsWith("es") && !isVowel(w, len - 3) && "sxzcg".indexOf(w.charAt(len - 3)) < 0
				&& !w.endsWith("ches") && !w.endsWith("shes")
				&& !(w.endsWith("les") && len > 4 && !isVowel(w, len - 4))) {
			n--; // "-es" joins the syllable before it
		}
		for (String suffix : new String[] { "ly", "ment", "ments", "ful", "ness", "less" }) {
			int at = len - suffix.length() - 1;
			if (w.endsWith("e" + suffix) && at > 1 && !isVowel(w, at - 1)) {
				n--; // an e silent before a suffix: "lonely", "statement"
				break;
			}
		}
		return Math.max(1, n);
	}

	/** Whether the vowel at i starts a new syllable although the letter before it is a vowel too. */
	private static boolean splits(String w, int i) {
		char prev = w.charAt(i - 1);
		char c = w.charAt(i);
		if (prev == 'i' && (c == 'a' || c == 'u')) {
			return !(i >= 2 && "tcs".indexOf(w.charAt(i - 2)) >= 0 && c == 'a' && w.startsWith("l", i + 1));
		}
		if (prev == 'i' && c == 'o') {
			return !(i >= 2 && "tscgx".indexOf(w.charAt(i - 2)) >= 0);
		}
		if (prev == 'u' && (c == 'a' || c == 'o') && !(i >= 2 && "qg".indexOf(w.charAt(i - 2)) >= 0)) {
			return true;
		}
		return prev == 'i' && c == 'e' && i + 1 < w.length() && w.charAt(i + 1) == 't';
	}

	private static boolean isVowel(String w, int i) {
		char c = w.charAt(i);
		return "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) < 0);
	}
}
