package org.crossroads.admin.publishing.safety;

import org.crossroads.admin.publishing.Change;
import org.crossroads.admin.publishing.Drafts;
import org.crossroads.admin.publishing.PublishRefusedException;

import org.crossroads.accounts.AccountRepository;
import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.RuleSetEntity;

import org.jspecify.annotations.Nullable;

/**
 * Four eyes on what keeps people safe. A draft whose crisis resources, SAFETY criteria or self-harm
 * question ({@link SafetyItems}) differ from the latest published version is published only once a
 * second editor approved those items as they are now.
 * <p>
 * Who may approve: any signed-in EDITOR or ADMIN who made none of the edits that changed the safety
 * items of this draft. Every such edit is recorded with its author as it happens ({@link #watch}),
 * so an account that changed one crisis line cannot approve, even if someone else changed the items
 * after it. Who publishes does not matter once the items are approved: the author may publish the
 * approved draft. A draft whose safety items differ but that records no author (changed outside the
 * editing pages) may be approved by any editor.
 * <p>
 * An approval is for a fingerprint of the items; the next edit that changes them withdraws it for
 * good (audited), and the draft needs approval again. Approvals and withdrawals are audited.
 */
@Service
public class SafetyReview {

	private final SafetyChangeRepository changes;

	private final SafetyApprovalRepository approvals;

	private final Drafts drafts;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	SafetyReview(SafetyChangeRepository changes, SafetyApprovalRepository approvals, Drafts drafts,
			AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.changes = changes;
		this.approvals = approvals;
		this.drafts = drafts;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who approved, and when. */
	public record Approval(String by, Instant at) {
	}

	/**
	 * The safety side of a draft against the latest published version. {@code changes}: the
	 * differences that concern safety items; {@code approval}: the one that holds now, if any;
	 * {@code withdrawn}: an earlier approval that a later change withdrew; {@code authors}: who may
	 * not approve; {@code approvers}: enabled accounts other than the authors, who could approve.
	 */
	public record Status(boolean needsApproval, String fingerprint, List<Change> changes, List<String> authors,
			@Nullable Approval approval, @Nullable Approval withdrawn, long approvers) {

		public static Status none() {
			return new Status(false, "", List.of(), List.of(), null, null, 0);
		}

		public boolean approved() {
			return approval != null;
		}

		/** Publishing waits for an approval that is not there yet. */
		public boolean waiting() {
			return needsApproval && approval == null;
		}

		public boolean mayApprove(@Nullable String account) {
			return waiting() && account != null && !authors.contains(account);
		}

		/** Nobody could approve: a site with one account, or whose accounts all changed the items. */
		public boolean noSecondEditor() {
			return waiting() && approvers == 0;
		}
	}

	/**
	 * Runs an edit of the draft and notes whether it changed the safety items: if so, the author is
	 * recorded and any approval is withdrawn. Called inside the edit's transaction, with the draft locked.
	 */
	public <T> T watch(RuleSetEntity draft, String actor, Supplier<T> edit) {
		SafetyItems before = SafetyItems.of(draft);
		T result = edit.get();
		noteChange(draft, before, SafetyItems.of(draft), actor);
		return result;
	}

	public void noteChange(RuleSetEntity draft, SafetyItems before, SafetyItems after, String actor) {
		List<String> changed = after.changedSince(before);
		if (changed.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		String items = String.join(", ", changed);
		changes.save(new SafetyChangeEntity(draft.getId(), actor, now, items));
		for (SafetyApprovalEntity approval : approvals.findByRuleSetIdOrderByIdAsc(draft.getId())) {
			if (approval.getWithdrawnAt() == null) {
				approval.withdraw(now);
				audit.record(actor, AuditKind.SAFETY_APPROVAL_WITHDRAWN, audit.text("admin.audit.safety"),
						audit.text("admin.audit.safety.approved", approval.getApprovedBy(), approval.getFingerprint()),
						audit.text("admin.audit.safety.withdrawn", items));
			}
		}
	}

	/** The safety side of {@code draft} against {@code published}; call inside a transaction. */
	public Status status(RuleSetEntity draft, RuleSetEntity published, List<Change> allChanges) {
		SafetyItems now = SafetyItems.of(draft);
		List<String> changed = now.changedSince(SafetyItems.of(published));
		if (changed.isEmpty()) {
			return Status.none();
		}
		String fingerprint = now.fingerprint();
		List<String> authors = authors(draft);
		List<SafetyApprovalEntity> all = approvals.findByRuleSetIdOrderByIdAsc(draft.getId());
		Approval holding = holding(all, fingerprint, authors).orElse(null);
		Approval withdrawn = all.stream().filter(a -> a.getWithdrawnAt() != null).reduce((a, b) -> b)
			.map(a -> new Approval(a.getApprovedBy(), a.getApprovedAt())).orElse(null);
		long approvers = accounts.findAll().stream()
			.filter(a -> a.isEnabled() && !authors.contains(a.getUsername()))
			.count();
		return new Status(true, fingerprint, SafetyItems.concerning(allChanges, changed), authors, holding, withdrawn,
				approvers);
	}

	/**
	 * Refuses publishing {@code draft} over {@code published} while its safety items differ and no
	 * approval holds; returns the approval that does, if they differ. Call with both rows locked.
	 */
	public Optional<Approval> requireApproval(RuleSetEntity draft, RuleSetEntity published) {
		SafetyItems now = SafetyItems.of(draft);
		if (now.changedSince(SafetyItems.of(published)).isEmpty()) {
			return Optional.empty();
		}
		Optional<Approval> approval = holding(approvals.findByRuleSetIdOrderByIdAsc(draft.getId()), now.fingerprint(),
				authors(draft));
		if (approval.isEmpty()) {
			throw new PublishRefusedException(PublishRefusedException.Reason.NEEDS_APPROVAL);
		}
		return approval;
	}

	/**
	 * Approves the draft's safety items as they are, if they are still those the approver saw
	 * ({@code fingerprint}; null: as they are now) and the approver changed none of them.
	 */
	@Transactional
	public void approve(@Nullable String fingerprint, String actor) {
		RuleSetEntity latest = drafts.lockLatestPublished();
		RuleSetEntity draft = drafts.find().orElseThrow(() -> new PublishRefusedException(PublishRefusedException.Reason.NO_DRAFT));
		if (!drafts.lockDraft(draft)) {
			throw new PublishRefusedException(PublishRefusedException.Reason.APPROVAL_OUTDATED);
		}
		SafetyItems now = SafetyItems.of(draft);
		List<String> changed = now.changedSince(SafetyItems.of(latest));
		if (changed.isEmpty()) {
			throw new PublishRefusedException(PublishRefusedException.Reason.NOTHING_TO_APPROVE);
		}
		String current = now.fingerprint();
		if (fingerprint != null && !fingerprint.equals(current)) {
			throw new PublishRefusedException(PublishRefusedException.Reason.APPROVAL_OUTDATED);
		}
		List<String> authors = authors(draft);
		if (authors.contains(actor)) {
			throw new PublishRefusedException(PublishRefusedException.Reason.OWN_CHANGE);
		}
		if (holding(approvals.findByRuleSetIdOrderByIdAsc(draft.getId()), current, authors).isPresent()) {
			return;
		}
		approvals.save(new SafetyApprovalEntity(draft.getId(), current, actor, clock.instant()));
		audit.record(actor, AuditKind.SAFETY_APPROVAL, audit.text("admin.audit.safety"), null,
				audit.text("admin.audit.safety.approved-items", String.join(", ", changed), String.join(", ", authors),
						current));
	}

	/** The approval a published version went out with, if its safety items needed one. */
	public Optional<Approval> approvalOf(RuleSetEntity version) {
		return approvals.findByRuleSetIdOrderByIdAsc(version.getId()).stream()
			.filter(a -> a.getWithdrawnAt() == null)
			.reduce((a, b) -> b)
			.map(a -> new Approval(a.getApprovedBy(), a.getApprovedAt()));
	}

	/** Who changed the safety items of this draft, each once, in the order of their first change. */
	List<String> authors(RuleSetEntity draft) {
		return changes.findByRuleSetIdOrderByIdAsc(draft.getId()).stream().map(SafetyChangeEntity::getChangedBy)
			.distinct().toList();
	}

	private static Optional<Approval> holding(List<SafetyApprovalEntity> all, String fingerprint, List<String> authors) {
		return all.stream()
			.filter(a -> a.getWithdrawnAt() == null && a.getFingerprint().equals(fingerprint)
					&& !authors.contains(a.getApprovedBy()))
			.reduce((a, b) -> b)
			.map(a -> new Approval(a.getApprovedBy(), a.getApprovedAt()));
	}
}
