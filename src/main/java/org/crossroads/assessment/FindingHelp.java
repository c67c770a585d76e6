package org.crossroads.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.published.SiteContent;

/**
 * The "Finding help" part of a result: each topic its outcome shows ({@link HelpTopic#shownFor}),
 * with its entries grouped by region in the order editors gave them. Empty on an urgent result.
 */
public record FindingHelp(List<Topic> topics) {

	public FindingHelp {
		topics = List.copyOf(topics);
	}

	/** One topic, such as finding and checking a therapist; {@code key} names its texts and anchors. */
	public record Topic(HelpTopic topic, List<Region> regions) {

		public Topic {
			regions = List.copyOf(regions);
		}

		public String key() {
			return topic.name().toLowerCase(Locale.ROOT);
		}
	}

	/** The entries of one region (an ISO 3166 code, or INT for everywhere). */
	public record Region(String code, List<SiteContent.HelpLink> links) {

		public Region {
			links = List.copyOf(links);
		}
	}

	static FindingHelp of(SiteContent site, Outcome outcome) {
		List<Topic> topics = new ArrayList<>();
		for (HelpTopic topic : HelpTopic.shownFor(outcome)) {
			Map<String, List<SiteContent.HelpLink>> byRegion = new LinkedHashMap<>();
			site.helpLinks(topic).forEach(l -> byRegion.computeIfAbsent(l.regionCode(), r -> new ArrayList<>()).add(l));
			if (!byRegion.isEmpty()) {
				topics.add(new Topic(topic, byRegion.entrySet().stream().map(e -> new Region(e.getKey(), e.getValue())).toList()));
			}
		}
		return new FindingHelp(topics);
	}

	public boolean isEmpty() {
		return topics.isEmpty();
	}
}
