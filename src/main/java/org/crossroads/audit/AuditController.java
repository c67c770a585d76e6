package org.crossroads.audit;

import org.crossroads.NoControlCharacters;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.jspecify.annotations.Nullable;

/** The audit trail for ADMIN (see SecurityConfig): newest first, filtered by kind, actor and dates. */
@Controller
class AuditController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AuditQuery query;

	AuditController(AuditQuery query) {
		this.query = query;
	}

	/** One event, ready to show. */
	record AuditRow(String when, String actor, AuditKind kind, String subject, @Nullable String before,
			@Nullable String after) {
	}

	@GetMapping("/admin/audit")
	String audit(@ModelAttribute("auditFilter") AuditFilter filter, BindingResult errors, Model model) {
		if (!errors.hasFieldErrors("from") && !errors.hasFieldErrors("to") && filter.getFrom() != null
				&& filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			errors.rejectValue("to", "audit.filter.to-before-from");
		}
		if (NoControlCharacters.hasControlCharacter(filter.getActor())) {
			// no account name has one, and PostgreSQL refuses a NUL in a query parameter
			errors.rejectValue("actor", "audit.filter.actor-control-characters");
		}
		model.addAttribute("kinds", AuditKind.values());
		if (errors.hasErrors()) {
			return "admin/audit";
		}
		Page<AuditEvent> page = query.search(filter);
		model.addAttribute("page", page);
		model.addAttribute("events", page.getContent().stream()
			.map(e -> new AuditRow(WHEN.format(e.getOccurredAt()), e.getActor(), e.getKind(), e.getSubject(),
					e.getBefore(), e.getAfter()))
			.toList());
		return "admin/audit";
	}
}
