package org.crossroads.admin.testcases;

import org.crossroads.admin.publishing.Run;

import java.util.Map;
import java.util.Objects;

import org.crossroads.rules.Outcome;

/** A test case under the published version and under the draft. */
public record CaseRun(long id, long lockVersion, String name, Outcome expected, Map<String, String> answers,
		Run published, Run draft) {

	/** The draft decides this case differently from the published version. */
	public boolean changed() {
		return !Objects.equals(published.outcome(), draft.outcome());
	}

	/** The draft gives the expected outcome: what publishing requires of every case. */
	public boolean passes() {
		return draft.evaluated() && draft.outcome() == expected;
	}
}
