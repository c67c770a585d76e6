package org.crossroads.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.rules.Outcome;

/** Reads the outcome counts; they outlive the results they counted. */
@Service
class OutcomeInsights {

	private final DailyOutcomeCountRepository counts;

	OutcomeInsights(DailyOutcomeCountRepository counts) {
		this.counts = counts;
	}

	/** The mix of the days from {@code from} to {@code to}, both included, newest day first. */
	@Transactional(readOnly = true)
	OutcomeMix mix(LocalDate from, LocalDate to) {
		record DayKey(LocalDate day, int version) {
		}
		Map<DayKey, Map<Outcome, Long>> byDay = new TreeMap<>(Comparator.comparing(DayKey::day).reversed()
			.thenComparing(DayKey::version));
		Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
		for (DailyOutcomeCount c : counts.findByDayGreaterThanEqual(from)) {
			if (c.getDay().isAfter(to)) {
				continue;
			}
			byDay.computeIfAbsent(new DayKey(c.getDay(), c.getRuleSetVersion()), k -> new EnumMap<>(Outcome.class))
				.merge(c.getOutcome(), c.getCount(), Long::sum);
			totals.merge(c.getOutcome(), c.getCount(), Long::sum);
		}
		List<OutcomeMix.DayVersion> rows = new ArrayList<>();
		byDay.forEach((key, outcomes) -> {
			long dayTotal = outcomes.values().stream().mapToLong(Long::longValue).sum();
			rows.add(new OutcomeMix.DayVersion(key.day(), key.version(), dayTotal, outcomes.entrySet().stream()
				.map(e -> OutcomeMix.Share.of(e.getKey(), e.getValue(), dayTotal))
				.toList()));
		});
		long total = totals.values().stream().mapToLong(Long::longValue).sum();
		List<OutcomeMix.Share> shares = Arrays.stream(Outcome.values())
			.map(o -> OutcomeMix.Share.of(o, totals.getOrDefault(o, 0L), total))
			.toList();
		return new OutcomeMix(from, to, rows, shares, total);
	}
}
