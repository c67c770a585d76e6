package org.crossroads.admin.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crossroads.admin.AdminTestSupport;

/**
 * Prints the reading grades of the seeded visitor-facing texts (the published version a fresh
 * install serves) and holds the seeded own wording to the target grade.
 */
class ReadabilityReportTest extends AdminTestSupport {

	@Test
	void printsTheSeededTextsHardestFirstAndNoOwnTextIsAboveTheTarget() {
		List<VisitorText> texts = VisitorTexts.of(reader.working().ruleSet());
		long above = texts.stream().filter(t -> t.grade().grade() > ReadingGrade.TARGET).count();
		long warned = texts.stream().filter(VisitorText::warns).count();
		System.out.printf("Visitor-facing seeded texts: %d; above grade %d: %d (warned, own wording of %d+ words: %d); highest grade: %.1f%n",
				texts.size(), ReadingGrade.TARGET, above, ReadingGrade.MIN_WORDS, warned, texts.get(0).grade().grade());
		texts.stream().forEach(t -> System.out.printf("%5.1f %3d %-9s %-16s %-28s %-22s %s%n", t.grade().grade(),
				t.grade().words(), t.wording(), t.area(), t.item(), t.field(), t.text().replace('\n', ' ')));

		assertThat(texts).isSortedAccordingTo(VisitorTexts.HARDEST_FIRST);
		assertThat(texts.stream().filter(VisitorText::warns).map(t -> t.grade().grade() + " " + t.text())).isEmpty();
	}
}
