package org.crossroads.admin.editing;

import org.crossroads.audit.AuditKind;
import org.crossroads.admin.NotFoundException;
import org.crossroads.audit.AuditTrail;
import org.crossroads.admin.publishing.Drafts;
import org.crossroads.admin.publishing.safety.SafetyReview;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;

import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetStatus;

/**
 * The one way edits reach the database. An edit page may show the latest published version (no
 * draft yet) or the draft; either way the change lands in the draft, started on the first edit.
 * Every form carries the lock version the editor saw, and a save whose item changed since is
 * refused with {@link EditConflictException}: nothing is silently overwritten. Published versions
 * are never changed. Callers run inside a transaction, so the audit row commits with the edit.
 * Every edit is watched by {@link SafetyReview}, which records who changed what keeps people safe.
 */
@Component
public class DraftEditing {

	private final Drafts drafts;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final SafetyReview safety;

	DraftEditing(Drafts drafts, AuditTrail audit, EntityManager entityManager, SafetyReview safety) {
		this.drafts = drafts;
		this.audit = audit;
		this.entityManager = entityManager;
		this.safety = safety;
	}

	/** The draft's copy of the item an editor saw, if it is still as they saw it. */
	<T> T editable(ItemKind<T> kind, T shown, long seenLockVersion, String actor) {
		RuleSetEntity owner = kind.ruleSetOf(shown);
		if (owner.getStatus() == RuleSetStatus.DRAFT) {
			if (!drafts.lockDraft(owner)) {
				throw EditConflictException.staleVersion();
			}
			if (kind.lockVersionOf(shown) != seenLockVersion) {
				throw EditConflictException.changed(kind.idOf(shown));
			}
			return shown;
		}
		RuleSetEntity latest = drafts.lockLatestPublished();
		if (!latest.getId().equals(owner.getId())) {
			throw EditConflictException.staleVersion();
		}
		Optional<RuleSetEntity> draft = drafts.find();
		if (draft.isEmpty()) {
			RuleSetEntity started = drafts.startOrGet(actor);
			return kind.in(started, shown)
				.orElseThrow(() -> new IllegalStateException("the copy lacks " + name(kind.subject(shown))));
		}
		// Another editor started the draft since this page was shown: fine if the item is untouched.
		T counterpart = kind.in(draft.get(), shown).orElseThrow(EditConflictException::removed);
		if (!kind.describe(counterpart).equals(kind.describe(shown))) {
			throw EditConflictException.changed(kind.idOf(counterpart));
		}
		return counterpart;
	}

	/** Applies an edit to the draft's copy of an item and records it; returns the changed item. */
	public <T> T change(ItemKind<T> kind, T shown, long seenLockVersion, String actor, Consumer<T> edit) {
		T target = editable(kind, shown, seenLockVersion, actor);
		return safety.watch(kind.ruleSetOf(target), actor, () -> {
			String before = kind.describe(target);
			edit.accept(target);
			String after = kind.describe(target);
			if (!before.equals(after)) {
				// Changes to an item's parts (options, conditions) must also make other editors' forms stale.
				entityManager.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
				entityManager.flush();
				audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.item.changed", name(kind.subject(target))),
						before, after);
			}
			return target;
		});
	}

	/** Removes the draft's copy of an item. */
	public <T> void remove(ItemKind<T> kind, T shown, long seenLockVersion, String actor, Consumer<T> detach) {
		T target = editable(kind, shown, seenLockVersion, actor);
		String subject = name(kind.subject(target));
		String before = kind.describe(target);
		safety.watch(kind.ruleSetOf(target), actor, () -> {
			detach.accept(target);
			entityManager.flush();
			return target;
		});
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.item.removed", subject), before, null);
	}

	/** Adds a new item to the draft, started if needed; returns it saved, with its id. */
	public <T> T add(ItemKind<T> kind, String actor, Function<RuleSetEntity, T> create) {
		RuleSetEntity draft = drafts.startOrGet(actor);
		T item = safety.watch(draft, actor, () -> {
			T created = create.apply(draft);
			entityManager.flush();
			return created;
		});
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.item.added", name(kind.subject(item))), null,
				kind.describe(item));
		return item;
	}

	/** An item's name as the audit trail writes it. */
	private String name(ItemKind.Subject subject) {
		return audit.text(subject.code(), subject.args());
	}

	/** An item by id, in whatever version it belongs to. */
	public <T> T find(Class<T> type, long id) {
		T found = entityManager.find(type, id);
		if (found == null) {
			throw new NotFoundException();
		}
		return found;
	}
}
