package org.crossroads.assessment;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.crossroads.rules.Outcome;

/**
 * What a node counts of assessments: {@code crossroads.evaluations} (every evaluation of a
 * visitor's or an API client's answers, tagged by whether it was stored) and
 * {@code crossroads.results.stored} (committed results, tagged by outcome). Tags hold nothing
 * about the visitor or the answers.
 */
@Component
class AssessmentMeters {

	private final Counter evaluatedOnly;

	private final Counter evaluatedAndStored;

	private final Map<Outcome, Counter> stored = new EnumMap<>(Outcome.class);

	AssessmentMeters(MeterRegistry registry) {
		this.evaluatedOnly = evaluations(registry, false);
		this.evaluatedAndStored = evaluations(registry, true);
		for (Outcome outcome : Outcome.values()) {
			stored.put(outcome, Counter.builder("crossroads.results.stored")
				.description("Results stored, by outcome")
				.tag("outcome", outcome.name())
				.register(registry));
		}
	}

	void evaluated(boolean toStore) {
		(toStore ? evaluatedAndStored : evaluatedOnly).increment();
	}

	/** After the commit: a result whose transaction rolled back was never stored. */
	@TransactionalEventListener
	void resultStored(ResultStored event) {
		stored.get(event.outcome()).increment();
	}

	private static Counter evaluations(MeterRegistry registry, boolean toStore) {
		return Counter.builder("crossroads.evaluations")
			.description("Evaluations of a full set of answers by the rules engine")
			.tag("stored", Boolean.toString(toStore))
			.register(registry);
	}
}
