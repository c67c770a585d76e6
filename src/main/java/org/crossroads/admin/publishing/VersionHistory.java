package org.crossroads.admin.publishing;


import org.crossroads.admin.publishing.safety.SafetyReview;

import org.crossroads.admin.NotFoundException;
import org.crossroads.admin.testcases.TestCaseRepository;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

/** The published versions, newest first, and the difference between any two. */
@Service
public class VersionHistory {

	private final RuleSetRepository ruleSets;

	private final TestCaseRepository testCases;

	private final PublishedContent published;

	private final SafetyReview safety;

	private final PublishedCoverageRepository coverages;

	VersionHistory(RuleSetRepository ruleSets, TestCaseRepository testCases, PublishedContent published,
			SafetyReview safety, PublishedCoverageRepository coverages) {
		this.coverages = coverages;
		this.ruleSets = ruleSets;
		this.testCases = testCases;
		this.published = published;
		this.safety = safety;
	}

	/** {@code safetyApproval}: the second editor who approved its changes to what keeps people safe, if it had any. */
	public record Version(int number, String publishedBy, Instant publishedAt, String note,
			SafetyReview.@Nullable Approval safetyApproval, @Nullable CoverageFigures coverage) {
	}

	/** How well the version's test cases covered it when it was published; {@code unreachable} items count in neither figure. */
	public record CoverageFigures(int covered, int total, int unreachable) {

		public int percent() {
			return total == 0 ? 100 : covered * 100 / total;
		}
	}

	@Transactional(readOnly = true)
	public List<Version> versions() {
		return ruleSets.findByStatusOrderByNumberDesc(RuleSetStatus.PUBLISHED).stream()
			.map(r -> new Version(r.getNumber(), r.getPublishedBy(), r.getPublishedAt(), r.getNote(),
					safety.approvalOf(r).orElse(null),
					coverages.findById(r.getId()).map(c -> new CoverageFigures(c.getCovered(), c.getTotal(), c.getUnreachable()))
						.orElse(null)))
			.toList();
	}

	/** What changed from version {@code from} to version {@code to}, the translations too. */
	@Transactional(readOnly = true)
	public List<Change> diff(int from, int to) {
		List<Change> changes = new java.util.ArrayList<>(
				VersionDiff.between(snapshot(from), snapshot(to), cases(from), cases(to)));
		changes.addAll(VersionDiff.translations(entity(from), entity(to)));
		return List.copyOf(changes);
	}

	private ContentSnapshot snapshot(int number) {
		return published.version(number).orElseThrow(NotFoundException::new);
	}

	private List<VersionDiff.CaseData> cases(int number) {
		return DraftPreview.caseData(testCases.findByRuleSetOrderByPositionAscIdAsc(entity(number)));
	}

	private RuleSetEntity entity(int number) {
		return ruleSets.findByNumber(number)
			.filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED)
			.orElseThrow(NotFoundException::new);
	}
}
