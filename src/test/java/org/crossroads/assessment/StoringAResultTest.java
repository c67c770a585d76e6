package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.crossroads.SeedAnswers;
import org.crossroads.ruleset.published.PublishedContent;

/** Storing a result writes its rows in batches and reads nothing back; showing it reads one result. */
@SpringBootTest(properties = "crossroads.data-dir=./target/test-data")
class StoringAResultTest {

	@Autowired
	AssessmentService assessments;

	@Autowired
	PublishedContent published;

	@Autowired
	EntityManagerFactory entityManagers;

	@Test
	void aStoredResultIsThreeBatchedInsertsWithoutASelect() throws Exception {
		// switched on here rather than by a property, so this test shares the other tests' context
		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		published.current();
		statistics.clear();

		String id = assessments.complete(published.current(), SeedAnswers.therapy()).id().orElseThrow();

		assertThat(statistics.getEntityLoadCount()).as("entities read back").isZero();
		assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
		assertThat(statistics.getCollectionRecreateCount()).as("answers and met criteria").isEqualTo(2);
		// the result row, its answers and its criteria: one statement each, the rows of each batched
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);

		statistics.clear();
		assertThat(assessments.find(id)).isPresent();
		assertThat(statistics.getEntityLoadCount()).as("results read to show one").isEqualTo(1);
		statistics.setStatisticsEnabled(false);
	}
}
