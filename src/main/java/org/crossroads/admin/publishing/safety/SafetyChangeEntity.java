package org.crossroads.admin.publishing.safety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One edit that changed the safety items of a draft, and who made it. Never changed after it is written. */
@Entity
@Table(name = "safety_change")
class SafetyChangeEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Long ruleSetId;

	private String changedBy;

	private Instant changedAt;

	private String items;

	protected SafetyChangeEntity() {
	}

	SafetyChangeEntity(Long ruleSetId, String changedBy, Instant changedAt, String items) {
		this.ruleSetId = ruleSetId;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.items = items;
	}

	String getChangedBy() { return changedBy; }
	Instant getChangedAt() { return changedAt; }
	String getItems() { return items; }
}
