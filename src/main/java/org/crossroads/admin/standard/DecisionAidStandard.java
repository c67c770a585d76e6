package org.crossroads.admin.standard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import org.crossroads.CrossroadsSettings;
import org.crossroads.admin.editing.ContentReader;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.ruleset.published.Snapshots;

/** The standard check with today's date and the configured review age: for the standard page and publishing. */
@Service
public class DecisionAidStandard {

	private final ContentReader reader;

	private final Clock clock;

	private final int reviewMonths;

	DecisionAidStandard(ContentReader reader, Clock clock, CrossroadsSettings settings) {
		this.reader = reader;
		this.clock = clock;
		this.reviewMonths = settings.publish().reviewMonths();
	}

	public StandardCheck.Report check(SiteContent site) {
		return StandardCheck.of(site, LocalDate.now(clock), reviewMonths);
	}

	/** The content editors work on: the draft, or the latest published version while there is none. */
	public StandardCheck.Report working() {
		return check(Snapshots.site(reader.working().ruleSet()));
	}

	int reviewMonths() {
		return reviewMonths;
	}
}
