package org.crossroads.admin.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			// vowel groups
			"cat, 1", "stuck, 1", "health, 1", "therapy, 3", "coaching, 2", "clarity, 3",
			// a y after a vowel is no vowel; at the start neither
			"day, 1", "yes, 1", "anxiety, 4",
			// silent final e, but consonant + le is a syllable
			"make, 1", "whole, 1", "structure, 2", "table, 2", "people, 2", "the, 1", "be, 1", "free, 1",
			// -ed silent except after t or d
			"played, 1", "based, 1", "wanted, 2", "needed, 2", "licensed, 2",
			// -es silent except after s, x, z, c, g, ch, sh
			"makes, 1", "changes, 2", "places, 2", "wishes, 2", "issues, 2", "goes, 1",
			// e silent before a suffix
			"lonely, 2", "statement, 2",
			// vowel pairs that split, and those that do not
			"period, 3", "actual, 3", "quiet, 2", "nation, 2", "social, 2", "quality, 3",
			// at least one, numbers and capitals
			"a, 1", "2, 1", "0800, 1", "PTSD, 4", "GP, 2", "WHO, 5", "one-to-one, 3", "doctor’s, 2" })
	void countsByRule(String word, int syllables) {
		assertThat(Syllables.count(word)).isEqualTo(syllables);
	}
}
