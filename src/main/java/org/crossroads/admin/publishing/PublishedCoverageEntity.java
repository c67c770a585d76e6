package org.crossroads.admin.publishing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How well a published version's test cases covered it, as it was published; never changed afterwards. */
@Entity
@Table(name = "published_coverage")
class PublishedCoverageEntity {

	@Id
	private Long ruleSetId;

	private int covered;

	private int total;

	private int unreachable;

	protected PublishedCoverageEntity() {
	}

	PublishedCoverageEntity(Long ruleSetId, int covered, int total, int unreachable) {
		this.ruleSetId = ruleSetId;
		this.covered = covered;
		this.total = total;
		this.unreachable = unreachable;
	}

	int getCovered() { return covered; }
	int getTotal() { return total; }
	int getUnreachable() { return unreachable; }
}
