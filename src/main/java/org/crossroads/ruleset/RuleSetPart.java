package org.crossroads.ruleset;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * What every editable part of a rule set version has: a generated id, and the lock version edit
 * forms carry so that a save over someone else's change is refused.
 */
@MappedSuperclass
public abstract class RuleSetPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long lockVersion;

	public @Nullable Long getId() { return id; }
	public long getLockVersion() { return lockVersion; }
}
