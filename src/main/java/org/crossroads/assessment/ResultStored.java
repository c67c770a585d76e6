package org.crossroads.assessment;

import java.time.Instant;

import org.crossroads.rules.Outcome;

/**
 * Published inside the transaction that stores a result, so that listeners (the outcome
 * statistics) commit or roll back together with it. Carries nothing that identifies the visitor
 * and none of the answers.
 */
public record ResultStored(Outcome outcome, int ruleSetVersion, Instant createdAt) {
}
