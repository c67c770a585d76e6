package org.crossroads.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filter, bound from the query string; every field may be empty. Dates are UTC days, inclusive. */
class AuditFilter {

	private @Nullable AuditKind kind;

	private String actor = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private int page;

	public @Nullable AuditKind getKind() { return kind; }
	public void setKind(@Nullable AuditKind kind) { this.kind = kind; }
	public String getActor() { return actor; }
	public void setActor(@Nullable String actor) { this.actor = actor == null ? "" : actor.strip(); }
	public @Nullable LocalDate getFrom() { return from; }
	public void setFrom(@Nullable LocalDate from) { this.from = from; }
	public @Nullable LocalDate getTo() { return to; }
	public void setTo(@Nullable LocalDate to) { this.to = to; }
	public int getPage() { return page; }
	public void setPage(int page) { this.page = Math.max(0, page); }
}
