package org.crossroads.admin.publishing.safety;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A second editor's approval of a draft's safety items as they were ({@code fingerprint}, see
 * {@link SafetyItems#fingerprint()}). Withdrawn for good by the next edit that changes them.
 */
@Entity
@Table(name = "safety_approval")
class SafetyApprovalEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Long ruleSetId;

	private String fingerprint;

	private String approvedBy;

	private Instant approvedAt;

	private @Nullable Instant withdrawnAt;

	protected SafetyApprovalEntity() {
	}

	SafetyApprovalEntity(Long ruleSetId, String fingerprint, String approvedBy, Instant approvedAt) {
		this.ruleSetId = ruleSetId;
		this.fingerprint = fingerprint;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
	}

	void withdraw(Instant at) {
		this.withdrawnAt = at;
	}

	String getFingerprint() { return fingerprint; }
	String getApprovedBy() { return approvedBy; }
	Instant getApprovedAt() { return approvedAt; }
	@Nullable Instant getWithdrawnAt() { return withdrawnAt; }
}
