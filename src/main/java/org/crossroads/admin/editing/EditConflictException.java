package org.crossroads.admin.editing;

import org.jspecify.annotations.Nullable;

/**
 * An editor saved an item that changed since their page showed it. Nothing was saved; the page is
 * shown again with the current values ({@code currentId}), or without, when the item is gone.
 */
public class EditConflictException extends RuntimeException {

	/** Why the save was refused; each has a message under {@code admin.conflict.}. */
	public enum Reason {
		CHANGED, REMOVED, STALE_VERSION
	}

	private final Reason reason;

	private final @Nullable Long currentId;

	EditConflictException(Reason reason, @Nullable Long currentId) {
		super("edit conflict: " + reason);
		this.reason = reason;
		this.currentId = currentId;
	}

	static EditConflictException changed(Long currentId) {
		return new EditConflictException(Reason.CHANGED, currentId);
	}

	static EditConflictException removed() {
		return new EditConflictException(Reason.REMOVED, null);
	}

	static EditConflictException staleVersion() {
		return new EditConflictException(Reason.STALE_VERSION, null);
	}

	public Reason reason() {
		return reason;
	}

	public @Nullable Long currentId() {
		return currentId;
	}
}
