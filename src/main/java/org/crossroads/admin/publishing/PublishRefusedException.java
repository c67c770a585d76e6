package org.crossroads.admin.publishing;

import java.util.List;

/**
 * Publishing, restoring or approving safety changes was refused; nothing changed. Each reason has a
 * message under {@code admin.refused.}.
 */
public class PublishRefusedException extends RuntimeException {

	public enum Reason {
		NO_DRAFT, DRAFT_CHANGED, INVALID_DRAFT, FAILING_CASES, NOTHING_CHANGED, DRAFT_EXISTS, UNKNOWN_VERSION,
		/** The draft changes safety items that no second editor has approved as they are. */
		NEEDS_APPROVAL,
		/** The approver changed some of the safety items. */
		OWN_CHANGE,
		/** The safety items changed since the approver's page was shown. */
		APPROVAL_OUTDATED,
		NOTHING_TO_APPROVE,
		/** The draft misses certifying criteria of the decision-aid standard (named in the problems). */
		STANDARD_UNMET,
		/** The test cases leave items of the draft unexercised ({@code crossroads.publish.require-full-coverage}). */
		COVERAGE_GAPS,
		/** A live language lacks a current translation of a text that keeps people safe (named in the problems). */
		TRANSLATION_SAFETY
	}

	private final Reason reason;

	private final List<DraftProblem> problems;

	private final List<String> failingCases;

	private final List<String> gaps;

	public PublishRefusedException(Reason reason, List<DraftProblem> problems, List<String> failingCases) {
		this(reason, problems, failingCases, List.of());
	}

	private PublishRefusedException(Reason reason, List<DraftProblem> problems, List<String> failingCases, List<String> gaps) {
		super("refused: " + reason);
		this.reason = reason;
		this.problems = List.copyOf(problems);
		this.failingCases = List.copyOf(failingCases);
		this.gaps = List.copyOf(gaps);
	}

	static PublishRefusedException coverageGaps(List<String> gaps) {
		return new PublishRefusedException(Reason.COVERAGE_GAPS, List.of(), List.of(), gaps);
	}

	public PublishRefusedException(Reason reason) {
		this(reason, List.of(), List.of());
	}

	public Reason reason() {
		return reason;
	}

	public List<DraftProblem> problems() {
		return problems;
	}

	public List<String> failingCases() {
		return failingCases;
	}

	/** The coverage gaps, in words. */
	public List<String> gaps() {
		return gaps;
	}
}
