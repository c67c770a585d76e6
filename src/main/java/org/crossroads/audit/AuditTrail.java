package org.crossroads.audit;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** Records admin events: sign-ins, edits, publishing, restores and account changes. */
@Service
public class AuditTrail {

	private final AuditEventRepository events;

	private final Clock clock;

	private final MessageSource messages;

	public AuditTrail(AuditEventRepository events, Clock clock, MessageSource messages) {
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * An audit text from the messages, in the source language: the trail is one record for every
	 * reader, so it is written once, whatever language the author's pages were in.
	 */
	public String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ROOT);
	}

	/** Joins the caller's transaction, so an edit that rolls back leaves no audit row either. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditKind kind, String subject, @Nullable String before, @Nullable String after) {
		events.save(new AuditEvent(clock.instant(), actor, kind, subject, before, after));
	}
}
