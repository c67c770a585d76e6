package org.crossroads.admin.publishing;

import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.admin.testcases.TestCaseEntity;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.RuleSetCopy;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

/**
 * The one editors' draft: a deep copy of the latest published version, started by the first edit.
 * Starting, publishing, restoring and discarding take a row lock on the latest published version,
 * so two editors starting at once get one draft, not two.
 */
@Service
public class Drafts {

	private final RuleSetRepository ruleSets;

	private final TestCaseRepository testCases;

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	Drafts(RuleSetRepository ruleSets, TestCaseRepository testCases, EntityManager entityManager,
			AuditTrail audit, Clock clock) {
		this.ruleSets = ruleSets;
		this.testCases = testCases;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetEntity> find() {
		return ruleSets.findFirstByStatus(RuleSetStatus.DRAFT);
	}

	@Transactional(readOnly = true)
	public RuleSetEntity latestPublished() {
		return ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetStatus.PUBLISHED)
			.orElseThrow(() -> new IllegalStateException("no published rule set: the seed migration has not run"));
	}

	/** The draft, or the latest published version while there is none: what editors work on. */
	@Transactional(readOnly = true)
	public RuleSetEntity working() {
		return find().orElseGet(this::latestPublished);
	}

	/**
	 * Locks the latest published version's row until the transaction ends. Whoever waited sees the
	 * state the other transaction committed, so the checks made after this call hold.
	 */
	@Transactional
	public RuleSetEntity lockLatestPublished() {
		while (true) {
			RuleSetEntity latest = latestPublished();
			entityManager.lock(latest, LockModeType.PESSIMISTIC_WRITE);
			if (ruleSets.latestPublishedNumber().orElseThrow().equals(latest.getNumber())) {
				return latest;
			}
		}
	}

	/**
	 * Locks the draft's row until the transaction ends, if it is still the draft this transaction
	 * read: edits hold it while they change the draft, and publishing takes it before turning the
	 * draft into a version, so an edit can never land in a version that was published meanwhile.
	 * False when the row changed since it was read (published, or discarded).
	 */
	public boolean lockDraft(RuleSetEntity draft) {
		try {
			entityManager.lock(draft, LockModeType.PESSIMISTIC_WRITE);
			return draft.getStatus() == RuleSetStatus.DRAFT;
		}
		catch (OptimisticLockException | EntityNotFoundException changedMeanwhile) {
			return false;
		}
	}

	/** The draft, started now as a copy of the latest published version if there is none yet. */
	@Transactional
	public RuleSetEntity startOrGet(String actor) {
		RuleSetEntity latest = lockLatestPublished();
		Optional<RuleSetEntity> existing = find();
		if (existing.isPresent()) {
			return existing.get();
		}
		RuleSetEntity draft = ruleSets.save(RuleSetCopy.draftOf(latest, clock.instant()));
		for (TestCaseEntity testCase : testCases.findByRuleSetOrderByPositionAscIdAsc(latest)) {
			testCases.save(testCase.copyFor(draft));
		}
		entityManager.flush();
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.draft"), null,
				audit.text("admin.audit.draft.started", latest.getNumber()));
		return draft;
	}

	/** Throws the draft away; the published versions stay as they are. */
	@Transactional
	public boolean discard(String actor) {
		lockLatestPublished();
		Optional<RuleSetEntity> draft = find();
		if (draft.isEmpty() || !lockDraft(draft.get())) {
			return false;
		}
		delete(draft.get());
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.draft"),
				audit.text("admin.audit.draft.started-at", draft.get().getCreatedAt()),
				audit.text("admin.audit.draft.discarded"));
		return true;
	}

	private void delete(RuleSetEntity draft) {
		testCases.deleteAll(testCases.findByRuleSetOrderByPositionAscIdAsc(draft));
		testCases.flush();
		ruleSets.delete(draft);
		ruleSets.flush();
	}
}
