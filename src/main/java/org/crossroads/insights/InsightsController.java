package org.crossroads.insights;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/**
 * The editors' view of how outcomes are distributed over time, and the same numbers as CSV. Secured
 * with the rest of /admin.
 */
@Controller
class InsightsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final OutcomeInsights insights;

	private final RetentionPurge purge;

	private final Clock clock;

	InsightsController(OutcomeInsights insights, RetentionPurge purge, Clock clock) {
		this.insights = insights;
		this.purge = purge;
		this.clock = clock;
	}

	@GetMapping("/admin/insights")
	String insights(@RequestParam(name = "days", required = false) @Nullable String days,
			@RequestParam(name = "by", required = false) @Nullable String by,
			@RequestParam(name = "version", required = false) @Nullable String version, Model model) {
		InsightsQuery query = InsightsQuery.parse(days, by, version);
		OutcomeTable table = table(query);
		model.addAttribute("query", query);
		model.addAttribute("table", table);
		model.addAttribute("chart", OutcomeChart.drawable(table) ? OutcomeChart.of(table) : null);
		model.addAttribute("versions", insights.versions());
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("retentionDays", Math.max(1, purge.retention().toDays()));
		return "admin/insights";
	}

	/** Bad parameters fall back as on the page; the file name says what was chosen. */
	@GetMapping("/admin/insights.csv")
	ResponseEntity<String> csv(@RequestParam(name = "days", required = false) @Nullable String days,
			@RequestParam(name = "by", required = false) @Nullable String by,
			@RequestParam(name = "version", required = false) @Nullable String version) {
		InsightsQuery query = InsightsQuery.parse(days, by, version);
		OutcomeTable table = table(query);
		String name = "outcome-insights-" + table.from() + "-to-" + table.to() + "-by-" + query.grouping().param()
				+ "-version-" + query.versionParam() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(InsightsCsv.of(table, query.versionParam()));
	}

	private OutcomeTable table(InsightsQuery query) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		return insights.table(query.grouping(), today.minusDays(query.days() - 1L), today, query.version());
	}
}
