package org.crossroads;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled jobs take their timing from the settings record, defaults included. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
class ScheduledSettingsTest {

	@Autowired
	ScheduledTaskHolder tasks;

	@Autowired
	CrossroadsSettings settings;

	@Test
	void thePurgeAndTheContentRefreshRunAsTheSettingsSay() {
		assertThat(tasks.getScheduledTasks()).extracting(t -> t.getTask())
			.filteredOn(CronTask.class::isInstance).map(CronTask.class::cast)
			.anySatisfy(cron -> {
				assertThat(cron.getExpression()).isEqualTo(settings.retentionPurgeCron()).isEqualTo("0 15 3 * * *");
				assertThat(cron.toString()).contains("RetentionPurge.purgeOnSchedule");
			});
		assertThat(tasks.getScheduledTasks()).extracting(t -> t.getTask())
			.filteredOn(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
			.anySatisfy(refresh -> {
				assertThat(refresh.getIntervalDuration()).isEqualTo(settings.contentRefresh()).isEqualTo(Duration.ofMillis(500));
				assertThat(refresh.getInitialDelayDuration()).isEqualTo(Duration.ofMillis(500));
				assertThat(refresh.toString()).contains("PublishedContent.refresh");
			});
	}
}
