package org.crossroads.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filter, bound from the query string; every field may be empty. Dates are UTC days, inclusive. */
public class AuditFilter {

	private AuditKind kind;

	private String actor = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page;

	public AuditKind getKind() { return kind; }
	public void setKind(AuditKind kind) { this.kind = kind; }
	public String getActor() { return actor; }
	public void setActor(String actor) { this.actor = actor == null ? "" : actor.strip(); }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public int getPage() { return page; }
	public void setPage(int page) { this.page = Math.max(0, page); }
}
