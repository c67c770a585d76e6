package org.crossroads.ruleset.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.ruleset.RuleSetRepository;

/**
 * A node is out of service until a published version is in memory, and stays so while loading it
 * fails. (Up once loaded: OperationsTest, against the real content.)
 */
class PublishedContentHealthIndicatorTest {

	@Test
	void outOfServiceBeforeTheFirstLoadAndWhileLoadingFails() {
		RuleSetRepository ruleSets = mock(RuleSetRepository.class);
		when(ruleSets.latestPublishedNumber()).thenReturn(Optional.empty());
		PublishedContent published = new PublishedContent(ruleSets,
				new TransactionTemplate(mock(PlatformTransactionManager.class)));
		PublishedContentHealthIndicator health = new PublishedContentHealthIndicator(published);

		assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThatThrownBy(published::refresh).isInstanceOf(IllegalStateException.class);
		assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}
}
