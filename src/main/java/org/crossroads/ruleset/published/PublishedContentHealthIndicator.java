package org.crossroads.ruleset.published;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "publishedContent" in the readiness group: a node is out of service until it holds a published
 * version in memory, so a load balancer sends it no visitor before it can answer from memory. Reads
 * only what is loaded; the content poll does the loading (and retries after a failure).
 */
@Component
class PublishedContentHealthIndicator implements HealthIndicator {

	private final PublishedContent published;

	PublishedContentHealthIndicator(PublishedContent published) {
		this.published = published;
	}

	@Override
	public Health health() {
		return published.loaded()
			.map(snapshot -> Health.up().withDetail("version", snapshot.version()))
			.orElseGet(Health::outOfService)
			.build();
	}
}
