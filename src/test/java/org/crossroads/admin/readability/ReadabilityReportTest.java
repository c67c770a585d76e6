package org.crossroads.admin.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import org.crossroads.admin.AdminTestSupport;

/**
 * Prints the reading grades of the seeded visitor-facing texts (the published version a fresh
 * install serves) before and after the plain-language migration, and holds the seeded own wording
 * to the target grade. "Before" puts back the text each rewrite of V58 replaced.
 */
class ReadabilityReportTest extends AdminTestSupport {

	private static final Pattern REWRITE = Pattern
		.compile("UPDATE (\\w+) SET (\\w+) = '((?:[^']|'')*)'\\s+WHERE \\2 = '((?:[^']|'')*)';");

	@Test
	void printsTheSeededTextsBeforeAndAfterAndNoOwnTextIsAboveTheTarget() throws IOException {
		List<VisitorText> after = VisitorTexts.of(reader.working().ruleSet());
		Map<String, String> replaced = rewrites();
		List<VisitorText> before = after.stream()
			.map(t -> replaced.containsKey(t.text()) ? new VisitorText(t.area(), t.item(), t.field(), t.editPath(),
					replaced.get(t.text()), t.wording()) : t)
			.sorted(VisitorTexts.HARDEST_FIRST).toList();

		report("BEFORE V58", before);
		report("AFTER V58", after);

		assertThat(replaced).hasSizeGreaterThan(90);
		assertThat(before.stream().filter(VisitorText::warns)).hasSizeGreaterThan(90);
		assertThat(after).isSortedAccordingTo(VisitorTexts.HARDEST_FIRST);
		assertThat(after.stream().filter(VisitorText::warns).map(t -> t.grade().grade() + " " + t.text())).isEmpty();
	}

	private static void report(String when, List<VisitorText> texts) {
		long above = texts.stream().filter(t -> t.grade().grade() > ReadingGrade.TARGET).count();
		List<VisitorText> own = texts.stream()
			.filter(t -> t.wording() == Wording.OWN && !t.grade().tooShort()).toList();
		System.out.printf("%s: %d visitor-facing texts, %d above grade %d, highest grade %.1f; "
				+ "own wording of %d+ words: %d texts, %d above grade %d, highest %.1f%n", when, texts.size(), above,
				ReadingGrade.TARGET, texts.get(0).grade().grade(), ReadingGrade.MIN_WORDS, own.size(),
				own.stream().filter(VisitorText::warns).count(), ReadingGrade.TARGET, own.get(0).grade().grade());
		own.stream().limit(15).forEach(t -> System.out.printf("  %5.1f %3d words  %-16s %-28s %-24s %s%n",
				t.grade().grade(), t.grade().words(), t.area(), t.item(), t.field(), t.text()));
	}

	/** The texts V58 wrote, each to the seeded text it replaced. */
	private static Map<String, String> rewrites() throws IOException {
		String sql = new ClassPathResource("db/migration/V58__plain_language.sql").getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> map = new HashMap<>();
		Matcher m = REWRITE.matcher(sql);
		while (m.find()) {
			map.put(m.group(3).replace("''", "'"), m.group(4).replace("''", "'"));
		}
		return map;
	}
}
