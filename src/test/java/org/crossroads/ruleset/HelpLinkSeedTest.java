package org.crossroads.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import org.crossroads.rules.Outcome;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.ruleset.published.SiteContent.HelpLink;
import org.crossroads.ruleset.published.Snapshots;

/** The seeded "Finding help" entries, and the seed's wording outside the United States. */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class HelpLinkSeedTest {

	/** The regions the crisis lines cover. */
	static final List<String> REGIONS = List.of("US", "GB", "CA", "IE", "AU", "NZ");

	@Autowired
	private RuleSetRepository ruleSets;

	private RuleSetEntity entity;

	private SiteContent site;

	@BeforeEach
	void readVersionOne() {
		entity = ruleSets.findByNumber(1).orElseThrow();
		site = Snapshots.of(entity).site();
	}

	@Test
	void everyRegionOfTheCrisisLinesHasATherapistRegisterAndACoachingCredentialBody() {
		Set<String> therapists = regions(HelpTopic.THERAPIST);
		Set<String> coaches = regions(HelpTopic.COACH);

		assertThat(therapists).containsAll(REGIONS);
		// a credential body that works everywhere (INT) covers every region
		assertThat(REGIONS).allSatisfy(r -> assertThat(coaches.contains(r) || coaches.contains("INT")).as(r).isTrue());
		assertThat(site.helpLinks(HelpTopic.COACH)).extracting(HelpLink::label)
			.contains("International Coaching Federation (ICF)");
		assertThat(site.helpLinks()).extracting(HelpLink::regionCode).allSatisfy(r -> assertThat(r).matches("[A-Z]{2}|INT"));
	}

	@Test
	void everyDirectoryIsAnHttpsLinkAndOnlyCostNotesStandWithoutOne() {
		assertThat(site.helpLinks(HelpTopic.THERAPIST)).hasSizeGreaterThanOrEqualTo(REGIONS.size());
		assertThat(site.helpLinks()).allSatisfy(l -> {
			if (l.topic() != HelpTopic.COST) {
				assertThat(l.url()).as(l.label()).isNotNull();
			}
			if (l.url() != null) {
				assertThat(l.url()).as(l.label()).startsWith("https://").doesNotContainAnyWhitespaces();
			}
			assertThat(l.label()).isNotBlank();
			assertThat(l.note()).as(l.label()).isNotBlank();
		});
	}

	@Test
	void costsAreTheArticlesWordsWithoutAFigure() {
		// the article's comparison table, "Payment Structure"
		assertThat(site.helpLinks(HelpTopic.COST)).extracting(HelpLink::label).containsExactly("Therapy", "Coaching");
		assertThat(site.helpLinks(HelpTopic.COST).get(0).note()).startsWith("Per session, often insurance-based (the source article).");
		assertThat(site.helpLinks(HelpTopic.COST).get(1).note()).startsWith("Prepaid packages, flexible pricing (the source article).");
		assertThat(texts(site.helpLinks())).allSatisfy(text -> {
			assertThat(text).doesNotContain("%").doesNotContain("$").doesNotContain("£").doesNotContain("€");
			for (String fragment : CaptionStatistics.FRAGMENTS) {
				assertThat(text).doesNotContainIgnoringCase(fragment);
			}
		});
		assertThat(site.helpLinks(HelpTopic.COST)).allSatisfy(l -> assertThat(l.note()).doesNotContainPattern("\\d"));
	}

	@Test
	void noSeededTextAssumesAUsState() {
		List<String> texts = SeedSnapshotTest.allTexts(Snapshots.of(entity));
		texts.addAll(texts(site.helpLinks()));

		assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContainIgnoringCase("state board")
			.doesNotContainIgnoringCase("state licens").doesNotContainIgnoringCase("state or national")
			.doesNotContainIgnoringCase("in your state"));
		assertThat(texts).anySatisfy(text -> assertThat(text).contains("board or official list"));
	}

	@Test
	void aDraftCopiesTheEntriesAndTheSourceAddress() {
		entity.getAbout().setSourceUrl("https://example.org/article");
		RuleSetEntity draft = RuleSetCopy.draftOf(entity, Instant.now());
		ContentSnapshot copy = Snapshots.of(draft, 2);

		assertThat(copy.site().helpLinks()).containsExactlyElementsOf(site.helpLinks());
		assertThat(draft.getHelpLinks()).allSatisfy(l -> {
			assertThat(l.getId()).isNull();
			assertThat(l.getRuleSet()).isSameAs(draft);
		});
		assertThat(copy.site().about().sourceUrl()).isEqualTo("https://example.org/article");
	}

	@Test
	void eachOutcomeShowsTheTopicsOfItsPathAndAnUrgentResultNone() {
		assertThat(HelpTopic.shownFor(Outcome.THERAPY)).containsExactly(HelpTopic.THERAPIST, HelpTopic.COST);
		assertThat(HelpTopic.shownFor(Outcome.COACHING)).containsExactly(HelpTopic.COACH, HelpTopic.COST);
		assertThat(HelpTopic.shownFor(Outcome.BOTH)).containsExactly(HelpTopic.THERAPIST, HelpTopic.COACH, HelpTopic.COST);
		assertThat(HelpTopic.shownFor(Outcome.EXPLORE)).isEqualTo(HelpTopic.shownFor(Outcome.BOTH));
		assertThat(HelpTopic.shownFor(Outcome.URGENT_SUPPORT)).isEmpty();
	}

	private Set<String> regions(HelpTopic topic) {
		return site.helpLinks(topic).stream().map(HelpLink::regionCode).collect(Collectors.toSet());
	}

	private static List<String> texts(List<HelpLink> links) {
		List<String> texts = new ArrayList<>();
		links.forEach(l -> {
			texts.add(l.label());
			if (l.note() != null) {
				texts.add(l.note());
			}
			if (l.url() != null) {
				texts.add(l.url());
			}
		});
		return texts;
	}
}
