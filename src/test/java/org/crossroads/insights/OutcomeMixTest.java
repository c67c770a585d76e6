package org.crossroads.insights;

import org.junit.jupiter.api.Test;

import org.crossroads.rules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeMixTest {

	@Test
	void sharesAreWholePercentsOfTheirTotal() {
		assertThat(OutcomeMix.Share.of(Outcome.THERAPY, 1, 3).percent()).isEqualTo(33);
		assertThat(OutcomeMix.Share.of(Outcome.THERAPY, 2, 3).percent()).isEqualTo(67);
		assertThat(OutcomeMix.Share.of(Outcome.THERAPY, 0, 0).percent()).isZero();
	}

	@Test
	void barsGrowInStepsOfFiveAndStayVisibleAboveZero() {
		assertThat(OutcomeMix.Share.of(Outcome.BOTH, 0, 10).barClass()).isEqualTo("bar-0");
		assertThat(OutcomeMix.Share.of(Outcome.BOTH, 1, 1000).barClass()).isEqualTo("bar-5");
		assertThat(OutcomeMix.Share.of(Outcome.BOTH, 34, 100).barClass()).isEqualTo("bar-35");
		assertThat(OutcomeMix.Share.of(Outcome.BOTH, 32, 100).barClass()).isEqualTo("bar-30");
		assertThat(OutcomeMix.Share.of(Outcome.BOTH, 7, 7).barClass()).isEqualTo("bar-100");
	}

	@Test
	void daysAreParsedStrictlyWithTheDefaultForAnythingElse() {
		assertThat(InsightsController.parseDays("7")).isEqualTo(7);
		assertThat(InsightsController.parseDays(null)).isEqualTo(InsightsController.DEFAULT_DAYS);
		assertThat(InsightsController.parseDays("0")).isEqualTo(InsightsController.DEFAULT_DAYS);
		assertThat(InsightsController.parseDays("-3")).isEqualTo(InsightsController.DEFAULT_DAYS);
		assertThat(InsightsController.parseDays("9999")).isEqualTo(InsightsController.DEFAULT_DAYS);
		assertThat(InsightsController.parseDays("7; DROP TABLE x")).isEqualTo(InsightsController.DEFAULT_DAYS);
		assertThat(InsightsController.parseDays("99999999999999999999")).isEqualTo(InsightsController.DEFAULT_DAYS);
	}
}
