package org.crossroads.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for the audit page: newest first, filtered, one page at a time. */
@Service
class AuditQuery {

	static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	AuditQuery(AuditEventRepository events) {
		this.events = events;
	}

	@Transactional(readOnly = true)
	Page<AuditEvent> search(AuditFilter filter) {
		Specification<AuditEvent> matching = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.getKind() != null) {
				where.add(cb.equal(root.get("kind"), filter.getKind()));
			}
			if (!filter.getActor().isEmpty()) {
				where.add(cb.like(cb.lower(root.get("actor")), "%" + likeLiteral(filter.getActor()) + "%", '\\'));
			}
			if (filter.getFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), startOfDay(filter.getFrom())));
			}
			if (filter.getTo() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), startOfDay(filter.getTo().plusDays(1))));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		return events.findAll(matching, PageRequest.of(filter.getPage(), PAGE_SIZE, newestFirst));
	}

	private static Instant startOfDay(java.time.LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The actor text matched literally: % and _ typed in the filter mean themselves. */
	static String likeLiteral(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
