package org.crossroads.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.InvalidAnswersException;
import org.crossroads.rules.Scores;

/**
 * Evaluates answers under a published version, and stores, finds and deletes results. The caller
 * passes the version it read, so one request is answered by one version throughout.
 */
@Service
public class AssessmentService {

	private final PublishedContent published;

	private final StoredResultRepository results;

	private final DraftRepository drafts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AssessmentMeters meters;

	AssessmentService(PublishedContent published, StoredResultRepository results, DraftRepository drafts,
			Clock clock, ApplicationEventPublisher events, AssessmentMeters meters) {
		this.published = published;
		this.results = results;
		this.drafts = drafts;
		this.clock = clock;
		this.events = events;
		this.meters = meters;
	}

	/** Evaluates without storing anything. */
	public Assessment evaluate(ContentSnapshot content, Map<String, String> answers) throws InvalidAnswersException {
		return Assessment.unsaved(evaluation(content, answers, false), content);
	}

	/** Evaluates and stores the result; the returned id is the visitor's private key to it. */
	@Transactional
	public Assessment complete(ContentSnapshot content, Map<String, String> answers) throws InvalidAnswersException {
		Evaluation evaluation = evaluation(content, answers, true);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		StoredResult stored = results.save(StoredResult.of(ResultIds.next(), evaluation, now));
		events.publishEvent(new ResultStored(evaluation.outcome(), evaluation.ruleSetVersion(), now));
		return Assessment.stored(stored.getId(), now, evaluation, content);
	}

	/** A stored result, shown as the version that decided it showed it. */
	@Transactional(readOnly = true)
	public Optional<Assessment> find(String id) {
		if (!ResultIds.wellFormed(id)) {
			return Optional.empty();
		}
		return results.findById(id).flatMap(this::toAssessment);
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return ResultIds.wellFormed(id) && results.existsById(id);
	}

	/**
	 * Holds the stored result's row until the caller's transaction ends, so what is stored beside it waits for a
	 * delete or for another write in flight; false when the result is gone.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lock(String id) {
		return ResultIds.wellFormed(id) && results.findLocked(id).isPresent();
	}

	@Transactional
	public boolean delete(String id) {
		if (!ResultIds.wellFormed(id) || !results.existsById(id)) {
			return false;
		}
		results.deleteById(id);
		drafts.deleteByResultId(id);
		return true;
	}

	/**
	 * Deletes at most {@code limit} results created before {@code cutoff}, oldest first, with their
	 * answers; returns how many. One call is one short transaction, so a purge can go in batches.
	 */
	@Transactional
	public int deleteStoredBefore(Instant cutoff, int limit) {
		return results.deleteOldestCreatedBefore(cutoff.atOffset(ZoneOffset.UTC), limit);
	}

	/**
	 * Deletes at most {@code limit} unfinished questionnaires last touched before {@code cutoff},
	 * with their answers; returns how many. They already count as gone: this only frees the rows.
	 */
	@Transactional
	public int deleteDraftsUpdatedBefore(Instant cutoff, int limit) {
		return drafts.deleteOldestUpdatedBefore(cutoff.atOffset(ZoneOffset.UTC), limit);
	}

	/** The one place a visitor's answers meet the engine, so every evaluation is counted. */
	private Evaluation evaluation(ContentSnapshot content, Map<String, String> answers, boolean toStore)
			throws InvalidAnswersException {
		Evaluation evaluation = content.rules().evaluate(answers);
		meters.evaluated(toStore);
		return evaluation;
	}

	private Optional<Assessment> toAssessment(StoredResult stored) {
		return published.version(stored.getRuleSetVersion()).map(content -> {
			List<Criterion> met = stored.getCriterionCodes().stream()
				.flatMap(code -> content.rules().criterion(code).stream())
				.toList();
			// the answers were checked when stored, under this same immutable version
			Evaluation evaluation = new Evaluation(stored.getOutcome(),
					new Scores(stored.getTherapyScore(), stored.getCoachingScore()), met, stored.getRuleSetVersion(),
					content.rules().readPartial(stored.getAnswers()).sheet());
			return Assessment.stored(stored.getId(), stored.getCreatedAt(), evaluation, content);
		});
	}
}
