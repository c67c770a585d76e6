package org.crossroads.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One recorded event. Never changed after it is written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditKind kind;

	private String subject;

	@Column(name = "before_text")
	private @Nullable String before;

	@Column(name = "after_text")
	private @Nullable String after;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditKind kind, String subject, @Nullable String before,
			@Nullable String after) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.subject = subject;
		this.before = before;
		this.after = after;
	}

	public @Nullable Long getId() { return id; }
	public Instant getOccurredAt() { return occurredAt; }
	public String getActor() { return actor; }
	public AuditKind getKind() { return kind; }
	public String getSubject() { return subject; }
	public @Nullable String getBefore() { return before; }
	public @Nullable String getAfter() { return after; }
}
