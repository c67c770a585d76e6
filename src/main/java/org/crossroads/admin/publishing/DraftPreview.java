package org.crossroads.admin.publishing;

import org.crossroads.admin.publishing.safety.SafetyReview;

import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.testcases.CaseRun;
import org.crossroads.admin.testcases.TestCaseRepository;
import org.crossroads.admin.testcases.TestCaseEntity;
import org.crossroads.admin.testcases.TestCaseCoverage;
import org.crossroads.rules.coverage.Coverage;
import org.crossroads.admin.translations.TranslationCheck;
import org.crossroads.language.Language;
import org.crossroads.language.Languages;
import org.crossroads.ruleset.published.Snapshots;
import org.crossroads.ruleset.translation.Translation;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.Section;

/** Tries the draft before visitors see it: the test cases and any answer set, under draft and published side by side. */
@Service
public class DraftPreview {

	private final ContentReader reader;

	private final Drafts drafts;

	private final PublishedContent published;

	private final TestCaseRepository testCases;

	private final SafetyReview safety;

	private final Languages languages;

	DraftPreview(ContentReader reader, Drafts drafts, PublishedContent published, TestCaseRepository testCases,
			SafetyReview safety, Languages languages) {
		this.languages = languages;
		this.reader = reader;
		this.drafts = drafts;
		this.published = published;
		this.testCases = testCases;
		this.safety = safety;
	}

	/**
	 * Everything the preview page shows. Without a draft both sides are the published version.
	 * {@code changes}: the draft against the published version; {@code safety}: those of them that
	 * need a second editor's approval, and whether they have it; {@code coverage}: how well the test
	 * cases exercise the draft, null when it cannot be evaluated; {@code translations}: what the live
	 * languages lack of the draft (null without a draft, or when it cannot be read).
	 */
	public record Overview(boolean hasDraft, int publishedVersion, List<DraftProblem> problems, List<CaseRun> cases,
			List<Change> changes, String fingerprint, SafetyReview.Status safety, @Nullable DraftCoverage coverage,
			TranslationCheck.@Nullable Result translations) {

		public long failing() {
			return cases.stream().filter(c -> !c.passes()).count();
		}

		public long changedOutcomes() {
			return cases.stream().filter(CaseRun::changed).count();
		}

		public boolean publishable() {
			return hasDraft && problems.isEmpty() && failing() == 0 && !changes.isEmpty() && !safety.waiting();
		}
	}

	/** The coverage of the rules the preview shows by its test cases, with those rules to name its items. */
	public record DraftCoverage(Coverage.Report report, RuleSet rules) {
	}

	/** One answer set under both versions; {@code sections}: the draft's questionnaire, to show the answers. */
	public record Comparison(boolean hasDraft, int publishedVersion, Run published, Run draft, List<Section> sections) {
	}

	@Transactional(readOnly = true)
	public Overview overview() {
		ContentReader.Loaded working = reader.working();
		RuleSetEntity latest = drafts.latestPublished();
		ContentSnapshot publishedSnapshot = published.version(latest.getNumber()).orElseThrow();
		Optional<ContentSnapshot> draft = working.draft() ? ContentReader.snapshot(working.ruleSet(), 0)
				: Optional.of(publishedSnapshot);
		List<DraftProblem> problems = working.draft() ? DraftCheck.problems(working.ruleSet()) : List.of();
		List<CaseRun> cases = runs(working.testCases(), Optional.of(publishedSnapshot), draft);
		List<Change> changes = working.draft() && draft.isPresent()
				? java.util.stream.Stream.concat(VersionDiff.between(publishedSnapshot, draft.get(),
						caseData(testCases.findByRuleSetOrderByPositionAscIdAsc(latest)), caseData(working.testCases())).stream(),
						VersionDiff.translations(latest, working.ruleSet()).stream()).toList()
				: List.of();
		SafetyReview.Status safetyStatus = working.draft() ? safety.status(working.ruleSet(), latest, changes)
				: SafetyReview.Status.none();
		DraftCoverage coverage = draft
			.map(d -> new DraftCoverage(TestCaseCoverage.report(d.rules(), working.testCases()), d.rules()))
			.orElse(null);
		TranslationCheck.Result translations = null;
		if (working.draft()) {
			try {
				translations = TranslationCheck.of(working.ruleSet(), languages.live());
			}
			catch (RuntimeException unreadable) {
				// the problems say why the draft cannot be read
			}
		}
		return new Overview(working.draft(), latest.getNumber(), problems, cases, changes, reader.fingerprint(working),
				safetyStatus, coverage, translations);
	}

	@Transactional(readOnly = true)
	Comparison compare(Map<String, String> answers) {
		ContentReader.Loaded working = reader.working();
		RuleSetEntity latest = drafts.latestPublished();
		Optional<ContentSnapshot> publishedSnapshot = published.version(latest.getNumber());
		Optional<ContentSnapshot> draft = working.draft() ? ContentReader.snapshot(working.ruleSet(), 0) : publishedSnapshot;
		List<Section> sections = draft.or(() -> publishedSnapshot).map(s -> s.rules().sections()).orElse(List.of());
		return new Comparison(working.draft(), latest.getNumber(), Run.of(publishedSnapshot, answers),
				Run.of(draft, answers), sections);
	}

	/** The questionnaire an editor takes in the preview: the draft's, or the published one without a draft. */
	@Transactional(readOnly = true)
	List<Section> questionnaire() {
		ContentReader.Loaded working = reader.working();
		return ContentReader.snapshot(working.ruleSet(), 0).map(s -> s.rules().sections()).orElse(List.of());
	}

	/**
	 * The same in {@code language}, as its visitors would read it (the English where a text has no
	 * translation); empty when the draft cannot be read.
	 */
	@Transactional(readOnly = true)
	List<Section> questionnaire(Language language) {
		if (language.source()) {
			return questionnaire();
		}
		RuleSetEntity working = reader.working().ruleSet();
		try {
			return Snapshots.of(working, 0, Translation.of(working, language.code())).rules().sections();
		}
		catch (RuntimeException unreadable) {
			return List.of();
		}
	}

	/** The languages the preview offers: the live ones, and any other the draft has translations in. */
	@Transactional(readOnly = true)
	List<Language> previewLanguages() {
		RuleSetEntity working = reader.working().ruleSet();
		java.util.Set<String> translated = new java.util.HashSet<>();
		working.getTranslations().forEach(t -> translated.add(t.getLanguage()));
		return languages.all().stream().filter(l -> l.live() || translated.contains(l.code())).toList();
	}

	static List<CaseRun> runs(List<TestCaseEntity> cases, Optional<ContentSnapshot> published,
			Optional<ContentSnapshot> draft) {
		return cases.stream()
			.map(t -> new CaseRun(t.getId(), t.getLockVersion(), t.getName(), t.getExpectedOutcome(),
					Map.copyOf(t.getAnswers()), Run.of(published, t.getAnswers()), Run.of(draft, t.getAnswers())))
			.toList();
	}

	static List<VersionDiff.CaseData> caseData(List<TestCaseEntity> cases) {
		return cases.stream().map(VersionDiff.CaseData::of).toList();
	}
}
