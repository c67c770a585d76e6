package org.crossroads.admin.publishing;


import org.crossroads.admin.publishing.safety.SafetyItems;
import org.crossroads.admin.publishing.safety.SafetyReview;

import org.crossroads.audit.AuditKind;
import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.standard.DecisionAidStandard;
import org.crossroads.admin.standard.StandardCriterion;
import org.crossroads.audit.AuditTrail;
import org.crossroads.admin.testcases.CaseRun;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.testcases.TestCaseCoverage;
import org.crossroads.admin.testcases.GapWords;
import org.crossroads.admin.translations.TranslationCheck;
import org.crossroads.language.Languages;
import org.crossroads.rules.coverage.Coverage;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.ruleset.RuleSetCopy;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

import org.jspecify.annotations.Nullable;

/**
 * Turns the draft into the next numbered version, or publishes an old version's content again.
 * Published versions are never changed afterwards. Visitors get the new version on their next
 * request: the in-memory snapshot is refreshed once the transaction has committed.
 */
@Service
public class Publishing {

	private final Drafts drafts;

	private final ContentReader reader;

	private final RuleSetRepository ruleSets;

	private final TestCaseRepository testCases;

	private final PublishedContent published;

	private final AuditTrail audit;

	private final SafetyReview safety;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final DecisionAidStandard standard;

	private final CoveragePolicy coverage;

	private final PublishedCoverageRepository coverages;

	private final GapWords words;

	private final Languages languages;

	/** {@code crossroads.publishes}, by kind: counted once the new version has committed. */
	private final Counter publishes;

	private final Counter restores;

	Publishing(Drafts drafts, ContentReader reader, RuleSetRepository ruleSets, TestCaseRepository testCases,
			PublishedContent published, AuditTrail audit, SafetyReview safety, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions, MeterRegistry meters, CoveragePolicy coverage,
			PublishedCoverageRepository coverages, GapWords words, DecisionAidStandard standard, Languages languages) {
		this.languages = languages;
		this.words = words;
		this.coverage = coverage;
		this.coverages = coverages;
		this.drafts = drafts;
		this.reader = reader;
		this.ruleSets = ruleSets;
		this.testCases = testCases;
		this.published = published;
		this.audit = audit;
		this.safety = safety;
		this.messages = messages;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.standard = standard;
		this.publishes = publishCounter(meters, "publish");
		this.restores = publishCounter(meters, "restore");
	}

	private static Counter publishCounter(MeterRegistry meters, String kind) {
		return Counter.builder("crossroads.publishes")
			.description("New published versions, by publish of the draft or restore of an old version")
			.tag("kind", kind)
			.register(meters);
	}

	/**
	 * Publishes the draft if it is still the one the editor reviewed ({@code fingerprint}), every
	 * check passes, every test case gives its expected outcome, and a second editor approved its
	 * changes to the safety items, if any ({@link SafetyReview}), and the draft meets the certifying
	 * criteria of the decision-aid standard ({@link DecisionAidStandard}), and every live language has the
	 * texts that keep people safe translated from their current English ({@link TranslationCheck}). Returns the new version number.
	 */
	public int publish(String note, @Nullable String fingerprint, String actor) {
		int number = transaction.execute(tx -> {
			RuleSetEntity latest = drafts.lockLatestPublished();
			RuleSetEntity draft = drafts.find().orElseThrow(() -> new PublishRefusedException(PublishRefusedException.Reason.NO_DRAFT));
			if (!drafts.lockDraft(draft)) {
				throw new PublishRefusedException(PublishRefusedException.Reason.DRAFT_CHANGED);
			}
			ContentReader.Loaded loaded = reader.load(draft);
			if (fingerprint != null && !fingerprint.equals(reader.fingerprint(loaded))) {
				throw new PublishRefusedException(PublishRefusedException.Reason.DRAFT_CHANGED);
			}
			int next = latest.getNumber() + 1;
			ContentSnapshot candidate = checked(loaded, next);
			List<StandardCriterion> unmet = standard.check(candidate.site()).unmetCertifying();
			if (!unmet.isEmpty()) {
				throw new PublishRefusedException(PublishRefusedException.Reason.STANDARD_UNMET,
						unmet.stream().map(c -> DraftProblem.of("standard." + c.name())).toList(), List.of());
			}
			TranslationCheck.Result translated = TranslationCheck.of(draft, languages.live());
			if (translated.blocks()) {
				throw new PublishRefusedException(PublishRefusedException.Reason.TRANSLATION_SAFETY,
						translated.blocking().stream().map(Publishing::problem).toList(), List.of());
			}
			List<String> failing = DraftPreview.runs(loaded.testCases(), Optional.empty(), Optional.of(candidate)).stream()
				.filter(run -> !run.passes())
				.map(CaseRun::name)
				.toList();
			if (!failing.isEmpty()) {
				throw new PublishRefusedException(PublishRefusedException.Reason.FAILING_CASES, List.of(), failing);
			}
			Coverage.Report report = TestCaseCoverage.report(candidate.rules(), loaded.testCases());
			if (coverage.requireFullCoverage() && !report.full()) {
				throw PublishRefusedException.coverageGaps(words.lines(report.gaps(), candidate.rules()).stream()
					.map(GapWords.Line::text).toList());
			}
			List<Change> changes = changesSince(latest, draft, candidate, loaded.testCases());
			Optional<SafetyReview.Approval> approval = safety.requireApproval(draft, latest);
			draft.publishAs(next, clock.instant(), actor, note.strip());
			ruleSets.flush();
			record(draft, report);
			String approved = approval.map(a -> "\n" + audit.text("admin.audit.safety.published", a.by(), a.at())).orElse("");
			audit.record(actor, AuditKind.PUBLISH, version(next), version(latest.getNumber()) + "\n" + describe(changes, true),
					note.strip() + approved + "\n" + describe(changes, false));
			return next;
		});
		publishes.increment();
		published.refresh();
		return number;
	}

	/** What a restore did: published {@code number}, or, when it needs approval, made version {@code number} the draft. */
	public record Restored(int number, boolean drafted) {
	}

	/**
	 * Publishes the content of an old version as the next version, with its test cases. When the old
	 * version differs from the latest in what keeps people safe, it is not published: its content
	 * becomes the draft, with the restorer as the author of those changes, and it is published as
	 * any draft is, once a second editor approved them.
	 */
	public Restored restore(int source, @Nullable String note, String actor) {
		Restored done = transaction.execute(tx -> {
			RuleSetEntity latest = drafts.lockLatestPublished();
			if (drafts.find().isPresent()) {
				throw new PublishRefusedException(PublishRefusedException.Reason.DRAFT_EXISTS);
			}
			RuleSetEntity old = ruleSets.findByNumber(source)
				.filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED)
				.orElseThrow(() -> new PublishRefusedException(PublishRefusedException.Reason.UNKNOWN_VERSION));
			List<TestCaseEntity> oldCases = testCases.findByRuleSetOrderByPositionAscIdAsc(old);
			SafetyItems current = SafetyItems.of(latest);
			SafetyItems restoring = SafetyItems.of(old);
			if (!restoring.changedSince(current).isEmpty()) {
				RuleSetEntity draft = ruleSets.save(RuleSetCopy.draftOf(old, clock.instant()));
				oldCases.forEach(t -> testCases.save(t.copyFor(draft)));
				ruleSets.flush();
				safety.noteChange(draft, current, restoring, actor);
				audit.record(actor, AuditKind.RESTORE, audit.text("admin.audit.draft"), version(latest.getNumber()),
						audit.text("admin.audit.restore.drafted", source));
				return new Restored(source, true);
			}
			// Not held to the decision-aid standard: a restore is the way back to a version known to work,
			// in an emergency, and must not wait for a review to be recorded first.
			int next = latest.getNumber() + 1;
			RuleSetEntity copy = RuleSetCopy.draftOf(old, clock.instant());
			String fullNote = messages.getMessage("admin.restore.note", new Object[] { source },
					LocaleContextHolder.getLocale())
					+ (note == null || note.isBlank() ? "" : ": " + note.strip());
			copy.publishAs(next, clock.instant(), actor, fullNote);
			ruleSets.save(copy);
			oldCases.forEach(t -> testCases.save(t.copyFor(copy)));
			ContentReader.Loaded loaded = reader.load(copy);
			ContentSnapshot candidate = checked(loaded, next);
			List<Change> changes = changesSince(latest, copy, candidate, oldCases);
			ruleSets.flush();
			// never refused for coverage: the old version was published as it is, and restoring is the
			// way back from a bad publish, which must not wait for new test cases
			record(copy, TestCaseCoverage.report(candidate.rules(), oldCases));
			audit.record(actor, AuditKind.RESTORE, version(next), version(latest.getNumber()) + "\n" + describe(changes, true),
					fullNote + "\n" + describe(changes, false));
			return new Restored(next, false);
		});
		if (!done.drafted()) {
			restores.increment();
			published.refresh();
		}
		return done;
	}

	/** The engine's view of a version about to be published, after every check that can refuse it. */
	private static ContentSnapshot checked(ContentReader.Loaded loaded, int number) {
		List<DraftProblem> problems = DraftCheck.problems(loaded.ruleSet());
		Optional<ContentSnapshot> snapshot = ContentReader.snapshot(loaded.ruleSet(), number);
		if (!problems.isEmpty() || snapshot.isEmpty()) {
			throw new PublishRefusedException(PublishRefusedException.Reason.INVALID_DRAFT,
					problems.isEmpty() ? List.of(DraftProblem.of("unreadable")) : problems, List.of());
		}
		return snapshot.get();
	}

	/** A text of a live language that keeps people safe and is not current, as the refusal names it. */
	private static DraftProblem problem(TranslationCheck.Gap gap) {
		return DraftProblem.of("translation-" + gap.status().name().toLowerCase(java.util.Locale.ROOT), gap.languageName(),
				gap.key());
	}

	private List<Change> changesSince(RuleSetEntity latest, RuleSetEntity next, ContentSnapshot candidate,
			List<TestCaseEntity> cases) {
		ContentSnapshot current = published.version(latest.getNumber()).orElseThrow();
		List<Change> changes = new java.util.ArrayList<>(VersionDiff.between(current, candidate,
				DraftPreview.caseData(testCases.findByRuleSetOrderByPositionAscIdAsc(latest)), DraftPreview.caseData(cases)));
		changes.addAll(VersionDiff.translations(latest, next));
		if (changes.isEmpty()) {
			throw new PublishRefusedException(PublishRefusedException.Reason.NOTHING_CHANGED);
		}
		return changes;
	}

	/** The coverage of a version as it is published, shown in its history entry. */
	private void record(RuleSetEntity version, Coverage.Report report) {
		coverages.save(new PublishedCoverageEntity(Objects.requireNonNull(version.getId()), report.coveredCount(), report.total(),
				report.unreachable().size()));
	}

	private String version(int number) {
		return audit.text("admin.audit.version", number);
	}

	/** The changes as audit text: one line per change, with the old or the new values. */
	private String describe(List<Change> changes, boolean before) {
		String none = audit.text("admin.audit.none");
		return changes.stream()
			.map(c -> c.area() + " " + c.item() + " " + c.field() + ": "
					+ Optional.ofNullable(before ? c.before() : c.after()).orElse(none))
			.collect(Collectors.joining("\n"));
	}
}
