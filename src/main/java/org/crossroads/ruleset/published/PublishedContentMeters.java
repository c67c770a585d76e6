package org.crossroads.ruleset.published;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code crossroads.ruleset.published.version}: the version this node serves (no value before the
 * first load), so a scrape of every node shows one that lags behind a publish.
 */
@Component
class PublishedContentMeters implements MeterBinder {

	private final PublishedContent published;

	PublishedContentMeters(PublishedContent published) {
		this.published = published;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("crossroads.ruleset.published.version", published,
				p -> p.loaded().map(snapshot -> (double) snapshot.version()).orElse(Double.NaN))
			.description("The published rule-set version this node serves")
			.strongReference(true)
			.register(registry);
	}
}
