package org.crossroads.admin.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.admin.publishing.Change;
import org.crossroads.audit.AuditEvent;
import org.crossroads.audit.AuditKind;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.published.SiteContent;

/** Editors list, add, edit, reorder and remove "Finding help" entries in the draft; bad input stores nothing. */
@WithMockUser(username = "editor", roles = "EDITOR")
class HelpLinkEditingTest extends AdminTestSupport {

	/** Insertion order: PostgreSQL returns an unordered select in whatever order its pages give. */
	private static final Sort BY_ID = Sort.by("id");

	@Test
	void anEntryIsAddedMovedAndRemovedInTheDraftWithAnAuditRowForEach() throws Exception {
		mvc.perform(get("/admin/help-links")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Finding and checking a coach")))
			.andExpect(content().string(containsString("https://www.bacp.co.uk/about-therapy/how-to-find-a-therapist/")));
		mvc.perform(get("/admin/help-links/new").param("topic", "COACH")).andExpect(status().isOk());
		mvc.perform(get("/admin/help-links/new").param("topic", "NOPE")).andExpect(status().isBadRequest());
		long auditBefore = auditEvents.count();

		postForm("/admin/help-links", fields("COACH", "GB", "Association for Coaching", "https://example.org/coaches", "1"))
			.andExpect(redirectedUrl("/admin/help-links?saved#topic-COACH"));
		assertThat(labels(HelpTopic.COACH)).containsExactly("Association for Coaching", "International Coaching Federation (ICF)",
				"EMCC Global Individual Accreditation");

		HelpLinkEntity added = reader.working().helpLinks(HelpTopic.COACH).get(0);
		Map<String, String> moved = fields(null, "GB", "Association for Coaching", "https://example.org/coaches", "3");
		moved.put("lockVersion", String.valueOf(added.getLockVersion()));
		postForm("/admin/help-links/" + added.getId(), moved).andExpect(status().is3xxRedirection());
		assertThat(labels(HelpTopic.COACH)).containsExactly("International Coaching Federation (ICF)",
				"EMCC Global Individual Accreditation", "Association for Coaching");
		assertThat(reader.working().helpLinks(HelpTopic.COACH)).extracting(HelpLinkEntity::getPosition).containsExactly(1, 2, 3);

		HelpLinkEntity movedEntry = reader.working().helpLinks(HelpTopic.COACH).get(2);
		postForm("/admin/help-links/" + movedEntry.getId() + "/remove",
				Map.of("lockVersion", String.valueOf(movedEntry.getLockVersion())))
			.andExpect(redirectedUrl("/admin/help-links?removed"));
		assertThat(labels(HelpTopic.COACH)).doesNotContain("Association for Coaching").hasSize(2);

		// besides the draft's start: added, changed, removed
		List<AuditEvent> events = auditEvents.findAll(BY_ID).stream().skip(auditBefore)
			.filter(e -> e.getSubject().contains("Finding help entry"))
			.toList();
		assertThat(events).extracting(AuditEvent::getKind).containsOnly(AuditKind.EDIT);
		assertThat(events).extracting(AuditEvent::getSubject).hasSize(3)
			.allSatisfy(subject -> assertThat(subject).contains("Finding help entry Association for Coaching"));
		assertThat(events.get(0).getAfter()).contains("topic=COACH", "region=\"GB\"", "url=\"https://example.org/coaches\"");
		assertThat(events.get(2).getAfter()).isNull();
		// Visitors see none of it before it is published.
		assertThat(published.current().site().helpLinks(HelpTopic.COACH)).extracting(SiteContent.HelpLink::label)
			.doesNotContain("Association for Coaching");
	}

	@Test
	void badEntriesAreRefusedWithAMessageBesideTheFieldAndStoreNothing() throws Exception {
		long auditBefore = auditEvents.count();

		postForm("/admin/help-links", fields("THERAPIST", "GB", "A register", "http://example.org", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("url-error", "starting with https://"));
		postForm("/admin/help-links", fields("THERAPIST", "GB", "A register", "javascript:alert(1)", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("url-error", "starting with https://"));
		postForm("/admin/help-links", fields("THERAPIST", "uk", "A register", "https://example.org", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("regionCode-error", "two-letter country code"));
		postForm("/admin/help-links", fields("THERAPIST", "GB", "A\u0000register", "https://example.org", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("label-error", "control characters"));
		postForm("/admin/help-links", fields("THERAPIST", "GB", "x".repeat(201), "https://example.org", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("label-error", "at most 200 characters"));
		// a register is a link; only a cost note may stand without one
		postForm("/admin/help-links", fields("THERAPIST", "GB", "A register", "", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("url-error", "Please fill this in."));

		assertThat(draftExists()).isFalse();
		assertThat(auditEvents.count()).isEqualTo(auditBefore);

		postForm("/admin/help-links", fields("COST", "IE", "Counselling", "", "3")).andExpect(status().is3xxRedirection());
		assertThat(reader.working().helpLinks(HelpTopic.COST)).extracting(HelpLinkEntity::getLabel, HelpLinkEntity::getUrl)
			.last().satisfies(t -> assertThat(t.toList()).containsExactly("Counselling", null));
	}

	@Test
	void aPublishedChangeReachesTheResultsAndTheHistoryDiffAndAboutLinksTheArticle() throws Exception {
		int version = latestNumber();
		HelpLinkEntity first = reader.working().helpLinks(HelpTopic.THERAPIST).get(0);
		Map<String, String> renamed = fields(null, first.getRegionCode(), "State psychology boards (ASPPB)", first.getUrl(), "1");
		renamed.put("lockVersion", String.valueOf(first.getLockVersion()));
		renamed.put("note", first.getNote());
		postForm("/admin/help-links/" + first.getId(), renamed).andExpect(status().is3xxRedirection());

		var about = reader.working().ruleSet().getAbout();
		postForm("/admin/about/" + about.getId(), Map.of("lockVersion", String.valueOf(about.getLockVersion()),
				"author", about.getAuthor(), "sources", about.getSources(), "lastReviewed", about.getLastReviewed().toString(),
				"reviewPolicy", about.getReviewPolicy(), "instruments", about.getInstruments(),
				"sourceUrl", "https://example.org/the-article", "funding", about.getFunding(),
				"conflictsOfInterest", about.getConflictsOfInterest(), "limits", about.getLimits()))
			.andExpect(status().is3xxRedirection());

		postForm("/admin/publish", Map.of("note", "Clearer name for the US boards")).andExpect(status().is3xxRedirection());

		assertThat(published.current().site().helpLinks(HelpTopic.THERAPIST).get(0).label())
			.isEqualTo("State psychology boards (ASPPB)");
		assertThat(history.diff(version, version + 1)).contains(
				new Change(Change.Area.HELP_LINK, "THERAPIST 1", "label", first.getLabel(), "State psychology boards (ASPPB)"),
				new Change(Change.Area.ABOUT, "", "sourceUrl", "", "https://example.org/the-article"));
		mvc.perform(get("/admin/history/diff").param("from", String.valueOf(version)).param("to", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Finding help")))
			.andExpect(content().string(containsString("State psychology boards (ASPPB)")));
		mvc.perform(get("/about")).andExpect(status().isOk())
			.andExpect(Html.tagOf("main", "class=\"about\""))
			.andExpect(content().string(containsString("href=\"https://example.org/the-article\"")));
	}

	private List<String> labels(HelpTopic topic) {
		return reader.working().helpLinks(topic).stream().map(HelpLinkEntity::getLabel).toList();
	}

	private static Map<String, String> fields(String topic, String region, String label, String url, String position) {
		Map<String, String> fields = new HashMap<>(Map.of("lockVersion", "0", "regionCode", region, "label", label,
				"url", url, "note", "A note", "position", position));
		if (topic != null) {
			fields.put("topic", topic);
		}
		return fields;
	}
}
