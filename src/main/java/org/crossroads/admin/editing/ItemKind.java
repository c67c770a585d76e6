package org.crossroads.admin.editing;

import java.util.Optional;

import org.crossroads.ruleset.RuleSetEntity;

/** How edits find, name and describe one kind of item of a rule set version. */
interface ItemKind<T> {

	RuleSetEntity ruleSetOf(T item);

	Long idOf(T item);

	long lockVersionOf(T item);

	/** The same item in another version: by its key, or by its place where it has none. */
	Optional<T> in(RuleSetEntity ruleSet, T item);

	/** What the audit trail calls it, such as "Criterion coaching.stuck". */
	Subject subject(T item);

	/** Every field, in a fixed order: equal descriptions mean equal content. */
	String describe(T item);

	/** An item's name in the audit trail: a message code ({@code admin.audit.subject.*}) and its arguments. */
	record Subject(String code, Object... args) {
	}
}
