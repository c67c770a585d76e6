package org.crossroads.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.SiteContent.ValueStatement;
import org.crossroads.ruleset.published.Snapshots;

/** The seeded "What matters to you" statements: in every version, in order, copied into a draft. */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class ValueStatementSeedTest {

	static final List<String> KEYS = List.of("licensed-professional", "insurance-pays", "past-and-pain", "concrete-goal",
			"results-soon", "diagnosis", "accountability");

	@Autowired
	private RuleSetRepository ruleSets;

	@Test
	void versionOneHasTheStatementsInOrderEachWithBothSides() {
		List<ValueStatement> statements = Snapshots.of(ruleSets.findByNumber(1).orElseThrow()).site().valueStatements();

		assertThat(statements).extracting(ValueStatement::key).containsExactlyElementsOf(KEYS);
		assertThat(statements).allSatisfy(v -> {
			assertThat(v.text()).isNotBlank();
			assertThat(v.therapyFit()).isNotBlank().isNotEqualTo(v.coachingFit());
			assertThat(v.coachingFit()).isNotBlank();
		});
		assertThat(statements.get(1).therapyFit()).contains("Insurance often pays");
		assertThat(statements.get(0).coachingFit()).contains("No law controls who may coach");
	}

	@Test
	void everyStoredVersionHasTheStatements() {
		assertThat(ruleSets.findAll()).isNotEmpty().allSatisfy(r -> assertThat(r.getValueStatements())
			.extracting(ValueStatementEntity::getKey).containsExactlyElementsOf(KEYS));
	}

	@Test
	void aDraftCopiesTheStatementsAsNewRows() {
		RuleSetEntity version = ruleSets.findByNumber(1).orElseThrow();
		RuleSetEntity draft = RuleSetCopy.draftOf(version, Instant.now());
		ContentSnapshot copy = Snapshots.of(draft, 2);

		assertThat(copy.site().valueStatements()).containsExactlyElementsOf(Snapshots.of(version).site().valueStatements());
		assertThat(draft.getValueStatements()).hasSize(KEYS.size()).allSatisfy(v -> {
			assertThat(v.getId()).isNull();
			assertThat(v.getRuleSet()).isSameAs(draft);
		});
		assertThat(copy.site().valueStatement("diagnosis")).map(ValueStatement::therapyFit).get().asString()
			.contains("mental health problem and treat it");
	}
}
