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
import org.springframework.security.test.context.support.WithMockUser;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.admin.publishing.Change;
import org.crossroads.ruleset.ValueStatementEntity;
import org.crossroads.ruleset.published.SiteContent;

/** Editors add, reword, reorder and remove "What matters to you" statements in the draft, preview and publish them. */
@WithMockUser(username = "editor", roles = "EDITOR")
class ValueStatementEditingTest extends AdminTestSupport {

	@Test
	void statementsAreAddedChangedReorderedAndRemovedInTheDraftOnly() throws Exception {
		mvc.perform(get("/admin/texts")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Help from an expert with a licence, checked by law")))
			.andExpect(content().string(containsString("/admin/value-statements/new")));
		mvc.perform(get("/admin/value-statements/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"key\"")));

		postForm("/admin/value-statements", fields("group-formats", "Group programs or workshops", "1"))
			.andExpect(redirectedUrl("/admin/texts?saved#values"));
		assertThat(keys()).first().isEqualTo("group-formats");
		assertThat(reader.working().ruleSet().getValueStatements()).hasSize(8);

		ValueStatementEntity added = statement("group-formats");
		mvc.perform(get("/admin/value-statements/" + added.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString("group-formats")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"key\""))));
		Map<String, String> moved = fields("ignored-when-editing", "Group programs, workshops or retreats", "8");
		moved.put("lockVersion", String.valueOf(added.getLockVersion()));
		postForm("/admin/value-statements/" + added.getId(), moved).andExpect(status().is3xxRedirection());
		assertThat(keys()).last().isEqualTo("group-formats");
		assertThat(statement("group-formats").getBody()).isEqualTo("Group programs, workshops or retreats");
		assertThat(reader.working().ruleSet().getValueStatements()).extracting(ValueStatementEntity::getPosition)
			.containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);

		ValueStatementEntity diagnosis = statement("diagnosis");
		postForm("/admin/value-statements/" + diagnosis.getId() + "/remove",
				Map.of("lockVersion", String.valueOf(diagnosis.getLockVersion())))
			.andExpect(redirectedUrl("/admin/texts?removed#values"));
		assertThat(keys()).doesNotContain("diagnosis").hasSize(7);

		// visitors see none of it before it is published
		assertThat(published.current().site().valueStatements()).extracting(SiteContent.ValueStatement::key)
			.contains("diagnosis").doesNotContain("group-formats");
	}

	@Test
	void aStatementWithoutAKeyOrWithATakenOrMalformedOneIsRefusedAndNothingIsStored() throws Exception {
		long auditBefore = auditEvents.count();

		postForm("/admin/value-statements", fields("", "A statement", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("key-error", "Please fill this in."));
		postForm("/admin/value-statements", fields("Not A Key", "A statement", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("key-error", "lower-case letters"));
		postForm("/admin/value-statements", fields("diagnosis", "A statement", "1"))
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("key-error", "already in use"));
		Map<String, String> noTherapySide = fields("new-one", "A statement", "1");
		noTherapySide.put("therapyFit", " ");
		postForm("/admin/value-statements", noTherapySide)
			.andExpect(status().isBadRequest()).andExpect(Html.textOfContains("therapyFit-error", "Please fill this in."));

		assertThat(draftExists()).isFalse();
		assertThat(auditEvents.count()).isEqualTo(auditBefore);
	}

	@Test
	void aPreviewedChangeIsPublishedAndShownInTheHistoryDiff() throws Exception {
		int version = latestNumber();
		ValueStatementEntity goal = statement("concrete-goal");
		Map<String, String> reworded = fields(null, "Working toward a concrete goal", "1");
		reworded.put("lockVersion", String.valueOf(goal.getLockVersion()));
		reworded.put("therapyFit", goal.getTherapyFit());
		reworded.put("coachingFit", goal.getCoachingFit());
		postForm("/admin/value-statements/" + goal.getId(), reworded).andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin/preview")).andExpect(status().isOk())
			.andExpect(content().string(containsString("What matters statement")))
			.andExpect(content().string(containsString("Working toward a concrete goal")));

		postForm("/admin/publish", Map.of("note", "A shorter goal statement, first in the list"))
			.andExpect(status().is3xxRedirection());

		assertThat(published.current().site().valueStatements()).first().extracting(SiteContent.ValueStatement::text)
			.isEqualTo("Working toward a concrete goal");
		assertThat(history.diff(version, version + 1)).contains(
				new Change(Change.Area.VALUE_STATEMENT, "concrete-goal", "text", "Working toward a concrete goal with a plan",
						"Working toward a concrete goal"),
				new Change(Change.Area.VALUE_STATEMENT, "", "order",
						"licensed-professional, insurance-pays, past-and-pain, concrete-goal, results-soon, diagnosis, accountability",
						"concrete-goal, licensed-professional, insurance-pays, past-and-pain, results-soon, diagnosis, accountability"));
	}

	private ValueStatementEntity statement(String key) {
		return reader.working().ruleSet().getValueStatements().stream().filter(v -> v.getKey().equals(key)).findFirst()
			.orElseThrow();
	}

	private List<String> keys() {
		return org.crossroads.admin.editing.Items.sorted(reader.working().ruleSet().getValueStatements(),
				ValueStatementEntity::getPosition, ValueStatementEntity::getId).stream().map(ValueStatementEntity::getKey).toList();
	}

	private static Map<String, String> fields(String key, String text, String position) {
		Map<String, String> fields = new HashMap<>(Map.of("lockVersion", "0", "text", text,
				"therapyFit", "Therapy's side", "coachingFit", "Coaching's side", "position", position));
		if (key != null) {
			fields.put("key", key);
		}
		return fields;
	}
}
