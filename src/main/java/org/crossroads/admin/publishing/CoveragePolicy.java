package org.crossroads.admin.publishing;

import org.crossroads.CrossroadsSettings;

import org.springframework.stereotype.Component;

/**
 * Whether a publish needs full coverage ({@code crossroads.publish.require-full-coverage}), read at
 * each publish so that tests can change it without a context of their own.
 */
@Component
class CoveragePolicy {

	private volatile boolean requireFullCoverage;

	CoveragePolicy(CrossroadsSettings settings) {
		this.requireFullCoverage = settings.publish().requireFullCoverage();
	}

	boolean requireFullCoverage() {
		return requireFullCoverage;
	}

	void requireFullCoverage(boolean required) {
		this.requireFullCoverage = required;
	}
}
