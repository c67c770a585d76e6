package org.crossroads.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/** The editors' view of how outcomes are distributed over time. Secured with the rest of /admin. */
@Controller
class InsightsController {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 3660;

	private final OutcomeInsights insights;

	private final RetentionPurge purge;

	private final Clock clock;

	InsightsController(OutcomeInsights insights, RetentionPurge purge, Clock clock) {
		this.insights = insights;
		this.purge = purge;
		this.clock = clock;
	}

	@GetMapping("/admin/insights")
	String insights(@RequestParam(name = "days", required = false) @Nullable String daysParam, Model model) {
		int days = parseDays(daysParam);
		model.addAttribute("daysInvalid", daysParam != null && !daysParam.isEmpty() && parseDaysStrict(daysParam) < 0);
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		model.addAttribute("days", days);
		model.addAttribute("mix", insights.mix(today.minusDays(days - 1L), today));
		model.addAttribute("retentionDays", Math.max(1, purge.retention().toDays()));
		return "admin/insights";
	}

	/** Anything but a whole number of days from 1 to MAX_DAYS falls back to the default. */
	static int parseDays(@Nullable String param) {
		int strict = parseDaysStrict(param);
		return strict > 0 ? strict : DEFAULT_DAYS;
	}

	private static int parseDaysStrict(@Nullable String param) {
		if (param == null || !param.matches("[0-9]{1,4}")) {
			return -1;
		}
		int days = Integer.parseInt(param);
		return days >= 1 && days <= MAX_DAYS ? days : -1;
	}
}
