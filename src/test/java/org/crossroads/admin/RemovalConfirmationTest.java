package org.crossroads.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;

import org.crossroads.admin.publishing.DraftVisibilityTest;
import org.crossroads.ruleset.CriterionEntity;

/** Removals ask first on a page of their own, without JavaScript; the score condition form preselects nothing. */
@WithMockUser(username = "editor", roles = "EDITOR")
class RemovalConfirmationTest extends AdminTestSupport {

	static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void removingACriterionAsksOnAPageOfItsOwnAndOnlyTheConfirmedPostRemovesIt() throws Exception {
		CriterionEntity criterion = DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life");
		String action = "/admin/criteria/" + criterion.getId() + "/remove";
		String lockVersion = String.valueOf(criterion.getLockVersion());

		Document asked = html(postForm(action, Map.of("lockVersion", lockVersion)).andExpect(status().isOk()));
		assertThat(draftExists()).as("nothing changed yet").isFalse();
		assertThat(asked.selectFirst("h1").text()).isEqualTo("Remove this criterion?");
		assertThat(asked.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
		Element form = asked.selectFirst("main form[method=post][action=" + action + "]");
		assertThat(form).as("a form posting the same action").isNotNull();
		assertThat(form.select("input[type=hidden][name=confirmed]").val()).isEqualTo("yes");
		assertThat(form.select("input[type=hidden][name=lockVersion]").val()).isEqualTo(lockVersion);
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		assertThat(form.select("button[type=submit].danger").text()).isEqualTo("Yes, remove the criterion");
		assertThat(form.select("a[href=/admin/criteria/" + criterion.getId() + "]").text()).isEqualTo("No, go back");

		postForm(action, Map.of("lockVersion", lockVersion, "confirmed", "yes"))
			.andExpect(status().is3xxRedirection());
		assertThat(reader.working().criteria()).extracting(CriterionEntity::getCode).doesNotContain("therapy.daily-life");
	}

	@Test
	void everyRemovalDiscardAndDisableAsksFirstAndCancelGoesBack() {
		Map<String, String> backs = Map.of(
				"/admin/criteria/7/conditions/2/remove", "CONDITION /admin/criteria/7",
				"/admin/questions/3/options/0/remove", "OPTION /admin/questions/3",
				"/admin/criteria/7/remove", "CRITERION /admin/criteria/7",
				"/admin/questions/3/remove", "QUESTION /admin/questions/3",
				"/admin/test-cases/4/remove", "TEST_CASE /admin/test-cases/4",
				"/admin/crisis-resources/5/remove", "ITEM /admin/crisis-resources/5",
				"/admin/draft/discard", "DRAFT /admin",
				"/admin/accounts/9/disable", "ACCOUNT /admin/accounts");
		backs.forEach((path, expected) -> {
			RemovalConfirmation.Asked asked = RemovalConfirmation.Kind.of(path);
			assertThat(asked).as(path).isNotNull();
			assertThat(asked.kind() + " " + asked.back()).as(path).isEqualTo(expected);
		});
		for (String path : new String[] { "/admin/criteria/7", "/admin/accounts/9/enable", "/admin/publish",
				"/admin/history/2/restore", "/admin/criteria/7/conditions/score" }) {
			assertThat(RemovalConfirmation.Kind.of(path)).as(path).isNull();
		}
	}

	@Test
	void discardingTheDraftAsksFirst() throws Exception {
		inDraft(draft -> draft.setCoachingThreshold(5));
		Document asked = html(postForm("/admin/draft/discard", Map.of()).andExpect(status().isOk()));
		assertThat(asked.selectFirst("h1").text()).isEqualTo("Discard the draft?");
		assertThat(draftExists()).isTrue();
		assertThat(asked.select("main form a[href=/admin]").text()).isEqualTo("No, go back");
	}

	@Test
	void theConfirmationPageIsReachedOnlyThroughAnAction() throws Exception {
		mvc.perform(post("/admin/confirm").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void theScoreConditionFormPreselectsNoScaleAndNoMinimumAndSaysWhatIsMissing() throws Exception {
		CriterionEntity criterion = DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life");
		Document page = html(mvc.perform(get("/admin/criteria/" + criterion.getId())).andExpect(status().isOk()));
		Element scale = page.selectFirst("select#new-scale");
		assertThat(scale.select("option[selected]")).extracting(Element::val).containsExactly("");
		assertThat(scale.select("option").first().text()).isEqualTo("Choose a scale");
		assertThat(page.selectFirst("input#new-minimum").val()).isEmpty();

		int conditions = criterion.getConditions().size();
		Document refused = html(postForm("/admin/criteria/" + criterion.getId() + "/conditions/score",
				Map.of("lockVersion", String.valueOf(criterion.getLockVersion()), "scale", "", "minimum", ""))
			.andExpect(status().isBadRequest()));
		Element form = refused.selectFirst("form:has(select#new-scale)");
		assertThat(form.select(".field-error")).extracting(Element::text)
			.contains("Choose the scale the condition reads.", "Please enter a whole number.");
		assertThat(DraftVisibilityTest.criterion(reader.working(), "therapy.daily-life").getConditions())
			.hasSize(conditions);
	}
}
