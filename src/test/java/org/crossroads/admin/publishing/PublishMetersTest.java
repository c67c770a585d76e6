package org.crossroads.admin.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.crossroads.admin.AdminTestSupport;

/** A publish and a restore each count once, and the version gauge follows the version served. */
class PublishMetersTest extends AdminTestSupport {

	@Autowired
	MeterRegistry meters;

	@Test
	void publishAndRestoreAreCountedAndTheGaugeShowsTheNewVersion() {
		double published = count("publish");
		double restored = count("restore");

		inDraft(ruleSet -> Objects.requireNonNull(ruleSet.getAbout()).setAuthor("Someone counted"));
		int version = publishing.publish("Counted", null, "editor");

		assertThat(count("publish")).isEqualTo(published + 1);
		assertThat(count("restore")).isEqualTo(restored);
		assertThat(meters.get("crossroads.ruleset.published.version").gauge().value()).isEqualTo(version);

		int back = publishing.restore(1, null, "editor").number();
		assertThat(count("restore")).isEqualTo(restored + 1);
		assertThat(meters.get("crossroads.ruleset.published.version").gauge().value()).isEqualTo(back);
	}

	private double count(String kind) {
		return meters.get("crossroads.publishes").tag("kind", kind).counter().count();
	}
}
