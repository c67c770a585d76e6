package org.crossroads.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records admin events: sign-ins, edits, publishing, restores and account changes. */
@Service
public class AuditTrail {

	private final AuditEventRepository events;

	private final Clock clock;

	public AuditTrail(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Joins the caller's transaction, so an edit that rolls back leaves no audit row either. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditKind kind, String subject, String before, String after) {
		events.save(new AuditEvent(clock.instant(), actor, kind, subject, before, after));
	}
}
