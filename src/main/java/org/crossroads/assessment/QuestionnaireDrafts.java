package org.crossroads.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.InvalidAnswersException;

import org.jspecify.annotations.Nullable;

/**
 * Questionnaires in progress. A draft that has not been touched for {@code crossroads.draft-lifetime}
 * counts as gone at once, whether or not the purge has deleted its row yet. A finished one is kept,
 * without its answers, for {@link #FINISHED_KEPT}, so a repeated Finish finds its result.
 */
@Service
class QuestionnaireDrafts {

	/** What a draft id stands for right now. */
	sealed interface Found {
	}

	/**
	 * Answers as stored (the caller re-reads them under the rules it uses), the version they were
	 * answered under (empty for a draft stored before drafts kept it) and whether the questions
	 * changed under the visitor since the page before.
	 */
	record Live(Map<String, String> answers, @Nullable Integer checkedStep, @Nullable Integer ruleSetVersion,
			boolean questionsChanged) implements Found {

		Live {
			answers = Map.copyOf(answers);
		}
	}

	/** Finished a moment ago: its answers are the stored result {@code resultId}. */
	record Finished(String resultId) implements Found {
	}

	/** The draft was kept once but is older than the lifetime. */
	record Expired() implements Found {
	}

	/** Never stored, finished a while ago, or purged: nothing tells these apart. */
	record Absent() implements Found {
	}

	/** Long enough for a double tap, a slow network or a second tab; short, as the row links to a result. */
	static final Duration FINISHED_KEPT = Duration.ofMinutes(10);

	private final DraftRepository drafts;

	private final AssessmentService assessments;

	private final Clock clock;

	private final Duration lifetime;

	private final JdbcClient jdbc;

	QuestionnaireDrafts(DraftRepository drafts, AssessmentService assessments, Clock clock, CrossroadsSettings settings,
			JdbcClient jdbc) {
		this.drafts = drafts;
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.clock = clock;
		this.lifetime = settings.draftLifetime();
	}

	Duration lifetime() {
		return lifetime;
	}

	@Transactional(readOnly = true)
	Found find(String id) {
		if (!ResultIds.wellFormed(id)) {
			return new Absent();
		}
		Optional<Draft> draft = drafts.findById(id);
		if (draft.isEmpty()) {
			return new Absent();
		}
		String resultId = draft.get().getResultId();
		if (resultId != null) {
			return olderThan(draft.get(), FINISHED_KEPT) ? new Absent() : new Finished(resultId);
		}
		if (olderThan(draft.get(), lifetime)) {
			return new Expired();
		}
		return new Live(draft.get().getAnswers(), draft.get().getCheckedStep(), draft.get().getRuleSetVersion(),
				draft.get().isQuestionsChanged());
	}

	/**
	 * No row under this id: a questionnaire not started. One look at the key in plain JDBC, outside
	 * a transaction: step 1 is otherwise served from memory, and a repository query with its
	 * transaction cost half of that page's time.
	 */
	boolean unstarted(String id) {
		return ResultIds.wellFormed(id)
				&& jdbc.sql("SELECT COUNT(*) FROM assessment_draft WHERE id = ?").param(id).query(Integer.class).single() == 0;
	}

	/**
	 * Stores the answers under the id with the version they were read under, made or replaced; an
	 * expired or long finished row starts over.
	 */
	@Transactional
	void save(String id, Map<String, String> answers, @Nullable Integer checkedStep, int ruleSetVersion,
			boolean questionsChanged) {
		Draft draft = drafts.findById(id).filter(d -> d.getResultId() == null).orElseGet(() -> new Draft(id));
		draft.update(answers, checkedStep, ruleSetVersion, questionsChanged, now());
		drafts.save(draft);
	}

	/**
	 * Stores the result and drops the draft's answers in one transaction; returns the result's id. A
	 * draft finished already (a second Finish, also one racing the first) answers its result's id and
	 * stores nothing more.
	 */
	@Transactional
	String finish(String id, ContentSnapshot content, Map<String, String> answers) throws InvalidAnswersException {
		drafts.lockById(id);
		Optional<Draft> draft = drafts.findById(id);
		Optional<String> done = draft.map(Draft::getResultId);
		if (done.isPresent()) {
			return done.get();
		}
		String resultId = assessments.complete(content, answers).id().orElseThrow();
		Draft finished = draft.orElseGet(() -> new Draft(id));
		finished.finish(resultId, now());
		drafts.save(finished);
		return resultId;
	}

	private boolean olderThan(Draft draft, Duration age) {
		return draft.getUpdatedAt().isBefore(clock.instant().minus(age));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
