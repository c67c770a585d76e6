package org.crossroads.admin.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossroads.admin.AdminTestSupport;
import org.crossroads.admin.Html;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The dialable fields of a crisis resource: checked on the form, kept through a draft. */
@WithMockUser(username = "editor", roles = "EDITOR")
class CrisisResourceEditingTest extends AdminTestSupport {

	static Map<String, String> form(String phone, String smsNumber, String smsKeyword, String regionCode) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("lockVersion", "0");
		fields.put("region", "Australia");
		fields.put("regionCode", regionCode);
		fields.put("language", "en");
		fields.put("label", "Test helpline");
		fields.put("contact", "Call or text any time");
		fields.put("phone", phone);
		fields.put("smsNumber", smsNumber);
		fields.put("smsKeyword", smsKeyword);
		fields.put("url", "");
		fields.put("position", "3");
		return fields;
	}

	@Test
	void theListShowsEachResourcesCountryAndTheNumbersVisitorsTap() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/crisis-resources")).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("table.admin-table thead th").eachText()).startsWith("Region code", "Region", "Label",
				"Call", "Text");
		Elements rows = page.select("table.admin-table tbody tr");
		assertThat(rows).hasSize(reader.working().ruleSet().getCrisisResources().size());
		assertThat(rows).anySatisfy(row -> assertThat(cells(row))
			.startsWith("US", "United States", "Crisis Text Line", "", "HOME to 741741"));
		assertThat(rows).anySatisfy(row -> assertThat(cells(row))
			.startsWith("AU", "Australia", "Lifeline Australia", "13 11 14", "0477 13 11 14"));
	}

	@Test
	void theListAndTheFormShowTheLanguageEachLineAnswersIn() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/crisis-resources")).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("table.admin-table thead th").eachText()).contains("Language");
		int column = page.select("table.admin-table thead th").eachText().indexOf("Language");
		Elements rows = page.select("table.admin-table tbody tr");
		assertThat(rows).anySatisfy(row -> assertThat(cells(row)).startsWith("ES", "Spain").element(column).isEqualTo("es"));
		assertThat(rows).anySatisfy(row -> assertThat(cells(row)).startsWith("GB", "United Kingdom", "Samaritans")
			.element(column).isEqualTo("en"));

		Document blank = Jsoup.parse(mvc.perform(get("/admin/crisis-resources/new")).andReturn().getResponse()
			.getContentAsString());
		assertThat(blank.selectFirst("input[name=language]").val()).isEqualTo("en");
	}

	@Test
	void aLinesLanguageIsStoredAndKeptByTheDraft() throws Exception {
		Map<String, String> fields = form("024", "", "", "ES");
		fields.put("language", "es");
		postForm("/admin/crisis-resources", fields).andExpect(status().is3xxRedirection());

		assertThat(reader.working().ruleSet().getCrisisResources())
			.filteredOn(r -> r.getLabel().equals("Test helpline")).singleElement()
			.satisfies(r -> assertThat(r.getLanguage()).isEqualTo("es"));
		// the draft copied the seeded lines with their languages
		assertThat(reader.working().ruleSet().getCrisisResources())
			.filteredOn(r -> r.getLabel().equals("988 Suicide & Crisis Lifeline (Spanish)")).singleElement()
			.satisfies(r -> assertThat(r.getLanguage()).isEqualTo("es"));
		Document edit = Jsoup.parse(mvc.perform(get("/admin/crisis-resources/" + reader.working().ruleSet()
			.getCrisisResources().stream().filter(r -> r.getLabel().equals("Test helpline")).findFirst().orElseThrow()
			.getId())).andReturn().getResponse().getContentAsString());
		assertThat(edit.selectFirst("input[name=language]").val()).isEqualTo("es");
	}

	/** The text of each cell, empty ones included (Elements.eachText skips them). */
	static List<String> cells(Element row) {
		return row.select("td").stream().map(Element::text).toList();
	}

	@Test
	void aBadPhoneNumberIsRefusedInlineAndNothingIsStored() throws Exception {
		for (String bad : new String[] { "call 988", "988-TALK", "++44 116", "(02) 9999", "+", "tel:988" }) {
			postForm("/admin/crisis-resources", form(bad, "", "", "AU"))
				.andExpect(status().isBadRequest())
				.andExpect(Html.textOfContains("phone-error", "digits and spaces"));
		}
		postForm("/admin/crisis-resources", form("13 11 14", "0477-13", "", "AU"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("smsNumber-error", "digits and spaces"));
		postForm("/admin/crisis-resources", form("13 11 14", "741741", "HOME!", "AU"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("smsKeyword-error", "letters and digits"));
		postForm("/admin/crisis-resources", form("13 11 14", "", "", "Australia"))
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("regionCode-error", "two-letter country code"));
		for (String bad : new String[] { "", "ES", "Spanish", "es-MX", "e" }) {
			Map<String, String> fields = form("13 11 14", "", "", "AU");
			fields.put("language", bad);
			postForm("/admin/crisis-resources", fields)
				.andExpect(status().isBadRequest())
				.andExpect(Html.textOfContains("language-error", bad.isEmpty() ? "" : "language code"));
		}

		assertThat(draftExists()).isFalse();
		assertThat(published.current().site().crisisResources()).extracting(r -> r.label()).doesNotContain("Test helpline");
	}

	@Test
	void aBadNumberOnAnExistingResourceLeavesItAsItWas() throws Exception {
		CrisisResourceEntity lifeline = reader.working().ruleSet().getCrisisResources().get(0);
		Map<String, String> fields = form("988 or 911", "988", "", "US");
		fields.put("lockVersion", String.valueOf(lifeline.getLockVersion()));
		fields.put("label", lifeline.getLabel());
		postForm("/admin/crisis-resources/" + lifeline.getId(), fields)
			.andExpect(status().isBadRequest())
			.andExpect(Html.textOfContains("phone-error", "digits and spaces"));

		assertThat(draftExists()).isFalse();
		assertThat(reader.working().ruleSet().getCrisisResources().get(0).getPhone()).isEqualTo("988");
	}

	@Test
	void goodNumbersAreStoredAndTheDraftKeepsTheOtherResourcesNumbers() throws Exception {
		postForm("/admin/crisis-resources", form("+61 13 11 14", "0477 13 11 14", "HELLO", "AU"))
			.andExpect(status().is3xxRedirection());

		CrisisResourceEntity added = reader.working().ruleSet().getCrisisResources().stream()
			.filter(r -> r.getLabel().equals("Test helpline")).findFirst().orElseThrow();
		assertThat(added.getPhone()).isEqualTo("+61 13 11 14");
		assertThat(added.getSmsNumber()).isEqualTo("0477 13 11 14");
		assertThat(added.getSmsKeyword()).isEqualTo("HELLO");
		assertThat(added.getRegionCode()).isEqualTo("AU");
		// the draft is a copy of the published version: the seeded numbers came along
		assertThat(reader.working().ruleSet().getCrisisResources()).anySatisfy(r -> {
			assertThat(r.getLabel()).isEqualTo("Crisis Text Line");
			assertThat(r.getSmsNumber()).isEqualTo("741741");
			assertThat(r.getSmsKeyword()).isEqualTo("HOME");
			assertThat(r.getRegionCode()).isEqualTo("US");
		});
		String preview = mvc.perform(get("/admin/preview"))
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("Test helpline");
	}
}
