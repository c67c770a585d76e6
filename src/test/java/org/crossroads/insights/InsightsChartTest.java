package org.crossroads.insights;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.crossroads.rules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping into periods, the chart's geometry, the CSV cells and the lenient parameters. */
class InsightsChartTest {

	@Test
	void weeksStartOnMondayAndAreNamedByTheirIsoWeek() {
		LocalDate newYear = LocalDate.of(2026, 1, 1); // a Thursday
		assertThat(Grouping.WEEK.start(newYear)).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(Grouping.WEEK.label(Grouping.WEEK.start(newYear))).isEqualTo("2026-W01");
		assertThat(Grouping.WEEK.label(Grouping.WEEK.start(LocalDate.of(2027, 1, 1)))).isEqualTo("2026-W53");
		assertThat(Grouping.MONTH.label(Grouping.MONTH.start(LocalDate.of(2026, 2, 28)))).isEqualTo("2026-02");
		assertThat(Grouping.DAY.label(newYear)).isEqualTo("2026-01-01");
	}

	@Test
	void daysAreSummedIntoTheirWeekWithEveryWeekOfTheRangeListed() {
		LocalDate monday = LocalDate.of(2026, 3, 2);
		OutcomeTable table = OutcomeTable.of(Grouping.WEEK, monday, monday.plusDays(20), List.of(
				new OutcomeTable.DayCount(monday, Outcome.THERAPY, 7),
				new OutcomeTable.DayCount(monday.plusDays(6), Outcome.THERAPY, 6),
				new OutcomeTable.DayCount(monday.plusDays(7), Outcome.BOTH, 9)));

		assertThat(table.periods()).extracting(OutcomeTable.Period::label).containsExactly("2026-W10", "2026-W11",
				"2026-W12");
		assertThat(table.periods().get(0).cells().get(Outcome.THERAPY.ordinal()).text()).isEqualTo("13");
		assertThat(table.periods().get(2).total().text()).isEqualTo("0");
		assertThat(table.totals().total().text()).isEqualTo("22");
	}

	@Test
	void withheldCountsAreDrawnAsOneBlockOfFixedHeightWhateverTheyAre() {
		LocalDate day = LocalDate.of(2026, 3, 2);
		OutcomeChart one = chart(day, 1);
		OutcomeChart four = chart(day, 4);

		OutcomeChart.Segment block = one.bars().get(0).segments().get(one.bars().get(0).segments().size() - 1);
		assertThat(block.outcome()).isNull();
		assertThat(block.height()).isEqualTo(OutcomeChart.WITHHELD_HEIGHT);
		assertThat(one.bars()).as("1 and 4 draw the same chart").isEqualTo(four.bars());
		assertThat(one.ticks()).isEqualTo(four.ticks());
	}

	@Test
	void gridlinesFallOnRoundNumbers() {
		assertThat(OutcomeChart.niceStep(0)).isEqualTo(1);
		assertThat(OutcomeChart.niceStep(4)).isEqualTo(1);
		assertThat(OutcomeChart.niceStep(9)).isEqualTo(2);
		assertThat(OutcomeChart.niceStep(23)).isEqualTo(5);
		assertThat(OutcomeChart.niceStep(480)).isEqualTo(100);
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreDefused() {
		assertThat(InsightsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(InsightsCsv.cell("+1")).isEqualTo("'+1");
		assertThat(InsightsCsv.cell("-1")).isEqualTo("'-1");
		assertThat(InsightsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(InsightsCsv.cell("2026-W01")).isEqualTo("2026-W01");
		assertThat(InsightsCsv.cell("fewer than 5")).isEqualTo("fewer than 5");
	}

	@Test
	void parametersAreReadStrictlyWithTheDefaultForAnythingElse() {
		assertThat(InsightsQuery.parseDays("7")).isEqualTo(7);
		assertThat(InsightsQuery.parseDays(null)).isEqualTo(InsightsQuery.DEFAULT_DAYS);
		assertThat(InsightsQuery.parseDays("0")).isEqualTo(InsightsQuery.DEFAULT_DAYS);
		assertThat(InsightsQuery.parseDays("9999")).isEqualTo(InsightsQuery.DEFAULT_DAYS);
		assertThat(InsightsQuery.parseDays("7; DROP TABLE x")).isEqualTo(InsightsQuery.DEFAULT_DAYS);
		InsightsQuery bad = InsightsQuery.parse("x", "year", "-1");
		assertThat(bad.problems()).containsExactly("insights.days.invalid", "insights.by.invalid",
				"insights.version.invalid");
		assertThat(bad.grouping()).isEqualTo(Grouping.DAY);
		assertThat(bad.version()).isNull();
		InsightsQuery good = InsightsQuery.parse("90", "month", "3");
		assertThat(good.problems()).isEmpty();
		assertThat(good.versionParam()).isEqualTo("3");
		assertThat(InsightsQuery.parse(null, null, "all").versionParam()).isEqualTo("all");
	}

	private static OutcomeChart chart(LocalDate day, long small) {
		return OutcomeChart.of(OutcomeTable.of(Grouping.DAY, day, day.plusDays(1), List.of(
				new OutcomeTable.DayCount(day, Outcome.THERAPY, small),
				new OutcomeTable.DayCount(day, Outcome.COACHING, 20),
				new OutcomeTable.DayCount(day, Outcome.EXPLORE, 12),
				new OutcomeTable.DayCount(day.plusDays(1), Outcome.THERAPY, 8),
				new OutcomeTable.DayCount(day.plusDays(1), Outcome.COACHING, 9))));
	}
}
