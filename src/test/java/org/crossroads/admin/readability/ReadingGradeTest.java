package org.crossroads.admin.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The grade against hand-computed values: grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 */
class ReadingGradeTest {

	@Test
	void aShortPlainSentence() {
		// The(1) cat(1) sat(1) on(1) the(1) mat(1): 6 words, 1 sentence, 6 syllables
		// 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
		assertGrade("The cat sat on the mat.", 6, 1, 6, -1.45);
	}

	@Test
	void twoSentences() {
		// Ther-a-py(3) can(1) help(1) you(1) heal(1). Coach-ing(2) can(1) help(1) you(1) grow(1).
		// 10 words, 2 sentences, 13 syllables: 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.95 + 15.34 − 15.59 = 1.70
		assertGrade("Therapy can help you heal. Coaching can help you grow.", 10, 2, 13, 1.70);
	}

	@Test
	void longWordsRaiseTheGrade() {
		// Li-censed(2) ther-a-pists(3) can(1) di-ag-nose(3) and(1) treat(1) men-tal(2) health(1) con-di-tions(3)
		// 9 words, 1 sentence, 17 syllables: 0.39 × 9 + 11.8 × 17 / 9 − 15.59 = 3.51 + 22.29 − 15.59 = 10.21
		assertGrade("Licensed therapists can diagnose and treat mental health conditions.", 9, 1, 17, 10.21);
	}

	@Test
	void aQuestion() {
		// Do(1) you(1) feel(1) stuck(1)? 4 words, 1 sentence, 4 syllables: 0.39 × 4 + 11.8 − 15.59 = −2.23
		assertGrade("Do you feel stuck?", 4, 1, 4, -2.23);
	}

	@Test
	void silentEndings() {
		// Some-one(2) who(1) needs(1) struc-ture(2) will(1) of-ten(2) thrive(1) with(1) coach-ing(2)
		// 9 words, 1 sentence, 13 syllables: 0.39 × 9 + 11.8 × 13 / 9 − 15.59 = 3.51 + 17.04 − 15.59 = 4.96
		assertGrade("Someone who needs structure will often thrive with coaching.", 9, 1, 13, 4.96);
	}

	@Test
	void aLabelWithoutAStopIsOneSentenceAndAnAbbreviationEndsNone() {
		assertThat(ReadingGrade.of("More than half the days").sentences()).isEqualTo(1);
		assertThat(ReadingGrade.of("Ask a body, e.g. the ICF, first. Then decide").sentences()).isEqualTo(2);
		assertThat(ReadingGrade.of("   ").words()).isZero();
		assertThat(ReadingGrade.of(null).grade()).isZero();
	}

	@Test
	void onlyOwnWordingOfEnoughWordsAboveTheTargetIsWarned() {
		ReadingGrade hard = ReadingGrade.of("Therapists are authorized to supply medical documentation needed for insurance claims.");
		assertThat(hard.grade()).isGreaterThan(ReadingGrade.TARGET);
		assertThat(hard.warns(Wording.OWN)).isTrue();
		assertThat(hard.warns(Wording.QUOTATION)).isFalse();
		assertThat(hard.warns(Wording.FIXED)).isFalse();
		assertThat(hard.warns(Wording.NAME)).isFalse();

		ReadingGrade label = ReadingGrade.of("Documentation");
		assertThat(label.grade()).isGreaterThan(ReadingGrade.TARGET);
		assertThat(label.tooShort()).isTrue();
		assertThat(label.warns(Wording.OWN)).isFalse();
	}

	private static void assertGrade(String text, int words, int sentences, int syllables, double exact) {
		ReadingGrade grade = ReadingGrade.of(text);
		assertThat(grade.words()).as("words").isEqualTo(words);
		assertThat(grade.sentences()).as("sentences").isEqualTo(sentences);
		assertThat(grade.syllables()).as("syllables").isEqualTo(syllables);
		assertThat(grade.grade()).as("grade, to one decimal").isCloseTo(exact, within(0.051));
	}
}
