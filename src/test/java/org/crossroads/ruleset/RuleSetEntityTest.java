package org.crossroads.ruleset;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A draft becomes a version in one step, and a version never changes afterwards. */
class RuleSetEntityTest {

	private static final Instant STARTED = Instant.parse("2026-01-01T10:00:00Z");

	private static final Instant PUBLISHED = Instant.parse("2026-01-02T10:00:00Z");

	@Test
	void aDraftIsPublishedWithNumberTimeAuthorAndNoteTogether() {
		RuleSetEntity draft = new RuleSetEntity(STARTED, 4, 5);
		assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.DRAFT);
		assertThat(draft.getNumber()).isNull();

		draft.publishAs(2, PUBLISHED, "editor", "Clearer wording");

		assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);
		assertThat(draft.getNumber()).isEqualTo(2);
		assertThat(draft.getPublishedAt()).isEqualTo(PUBLISHED);
		assertThat(draft.getPublishedBy()).isEqualTo("editor");
		assertThat(draft.getNote()).isEqualTo("Clearer wording");
		assertThat(draft.getCreatedAt()).isEqualTo(STARTED);
	}

	@Test
	void aPublishedVersionIsNeitherPublishedAgainNorChanged() {
		RuleSetEntity version = new RuleSetEntity(STARTED, 4, 5);
		version.publishAs(2, PUBLISHED, "editor", "note");

		assertThatThrownBy(() -> version.publishAs(3, PUBLISHED, "other", "again"))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> version.setTherapyThreshold(1)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> version.setCoachingThreshold(1)).isInstanceOf(IllegalStateException.class);
		assertThat(version.getNumber()).isEqualTo(2);
		assertThat(version.getTherapyThreshold()).isEqualTo(4);
	}
}
