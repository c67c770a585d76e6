package org.crossroads.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.InvalidAnswersException;
import org.crossroads.rules.Scores;

/** Evaluates answers under the published rules, and stores, finds and deletes results. */
@Service
public class AssessmentService {

	private final PublishedContent published;

	private final StoredResultRepository results;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public AssessmentService(PublishedContent published, StoredResultRepository results, Clock clock,
			ApplicationEventPublisher events) {
		this.published = published;
		this.results = results;
		this.clock = clock;
		this.events = events;
	}

	/** Evaluates without storing anything. */
	public Assessment evaluate(Map<String, String> answers) throws InvalidAnswersException {
		ContentSnapshot content = published.current();
		Evaluation evaluation = content.rules().evaluate(answers);
		return new Assessment(Optional.empty(), Optional.empty(), ordered(content, answers), evaluation, content);
	}

	/** Evaluates and stores the result; the returned id is the visitor's private key to it. */
	@Transactional
	public Assessment complete(Map<String, String> answers) throws InvalidAnswersException {
		ContentSnapshot content = published.current();
		Evaluation evaluation = content.rules().evaluate(answers);
		Map<String, String> ordered = ordered(content, answers);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		StoredResult stored = new StoredResult(ResultIds.next(), evaluation.outcome(), evaluation.scores().therapy(),
				evaluation.scores().coaching(), evaluation.ruleSetVersion(), now, ordered,
				evaluation.metCriteria().stream().map(Criterion::code).toList());
		results.save(stored);
		events.publishEvent(new ResultStored(evaluation.outcome(), evaluation.ruleSetVersion(), now));
		return new Assessment(Optional.of(stored.getId()), Optional.of(now), ordered, evaluation, content);
	}

	/** A stored result, shown as the version that decided it showed it. */
	@Transactional(readOnly = true)
	public Optional<Assessment> find(String id) {
		if (!ResultIds.wellFormed(id)) {
			return Optional.empty();
		}
		return results.findById(id).flatMap(this::toAssessment);
	}

	@Transactional
	public boolean delete(String id) {
		if (!ResultIds.wellFormed(id) || !results.existsById(id)) {
			return false;
		}
		results.deleteById(id);
		return true;
	}

	private Optional<Assessment> toAssessment(StoredResult stored) {
		return published.version(stored.getRuleSetVersion()).map(content -> {
			List<Criterion> met = stored.getCriterionCodes().stream()
				.flatMap(code -> content.rules().criterion(code).stream())
				.toList();
			Evaluation evaluation = new Evaluation(stored.getOutcome(),
					new Scores(stored.getTherapyScore(), stored.getCoachingScore()), met, stored.getRuleSetVersion());
			return new Assessment(Optional.of(stored.getId()), Optional.of(stored.getCreatedAt()),
					ordered(content, stored.getAnswers()), evaluation, content);
		});
	}

	private static Map<String, String> ordered(ContentSnapshot content, Map<String, String> answers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		content.rules().questions().forEach(q -> {
			String chosen = answers.get(q.key());
			if (chosen != null) {
				ordered.put(q.key(), chosen);
			}
		});
		return ordered;
	}
}
