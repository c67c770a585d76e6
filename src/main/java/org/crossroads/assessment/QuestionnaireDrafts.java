package org.crossroads.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.rules.InvalidAnswersException;

import org.jspecify.annotations.Nullable;

/**
 * Questionnaires in progress. A draft that has not been touched for {@code crossroads.draft-lifetime}
 * counts as gone at once, whether or not the purge has deleted its row yet.
 */
@Service
class QuestionnaireDrafts {

	/** What a draft id stands for right now. */
	sealed interface Found {
	}

	/** Answers as stored (the caller re-reads them under the rules it uses). */
	record Live(Map<String, String> answers, @Nullable Integer checkedStep) implements Found {

		Live {
			answers = Map.copyOf(answers);
		}
	}

	/** The draft was kept once but is older than the lifetime. */
	record Expired() implements Found {
	}

	/** Never stored, already finished, or purged: nothing tells these apart. */
	record Absent() implements Found {
	}

	private final DraftRepository drafts;

	private final AssessmentService assessments;

	private final Clock clock;

	private final Duration lifetime;

	QuestionnaireDrafts(DraftRepository drafts, AssessmentService assessments, Clock clock, CrossroadsSettings settings) {
		this.drafts = drafts;
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
		if (expired(draft.get())) {
			return new Expired();
		}
		return new Live(draft.get().getAnswers(), draft.get().getCheckedStep());
	}

	/** Stores the answers under the id, made or replaced; an expired row starts over. */
	@Transactional
	void save(String id, Map<String, String> answers, @Nullable Integer checkedStep) {
		Draft draft = drafts.findById(id).orElseGet(() -> new Draft(id));
		draft.update(answers, checkedStep, now());
		drafts.save(draft);
	}

	/** Stores the result and deletes the draft in one transaction; returns the result's id. */
	@Transactional
	String finish(String id, ContentSnapshot content, Map<String, String> answers) throws InvalidAnswersException {
		String resultId = assessments.complete(content, answers).id().orElseThrow();
		drafts.findById(id).ifPresent(drafts::delete);
		return resultId;
	}

	private boolean expired(Draft draft) {
		return draft.getUpdatedAt().isBefore(clock.instant().minus(lifetime));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
