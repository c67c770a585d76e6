package org.crossroads.admin;

import org.crossroads.NoControlCharacters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile and broken input to every editing form of the admin area, found by reading the pages:
 * each field of each form (hidden ones too) gets markup, SQL, control characters, a 60 000-character
 * string, words and out-of-range numbers where numbers belong, or is left out, with the form's other fields
 * as the page filled them. Whatever is refused must be refused with a page (never a 5xx or a
 * stack trace); whatever is saved must show as text on the page afterwards, never as markup.
 * Forms that remove, discard, publish or restore are left out; the draft is discarded after.
 */
@WithMockUser(username = "editor", roles = "EDITOR")
class AdminFormBadInputTest extends AdminTestSupport {

	static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";

	static final List<String> VALUES = List.of(MARKUP, "' OR '1'='1'; DROP TABLE criterion; --", "\u0000\u0007\u001b[2J",
			"line\r\nbreak", "x".repeat(60_000), "", "   ", "abc", "-1", "99999999999999999999", "1.5", "${7*7}",
			"é中\uD83D\uDE00\u202e");

	/** Each value, and the field left out of the post altogether (null). */
	static final List<String> VALUES_OR_ABSENT = java.util.stream.Stream.concat(VALUES.stream(),
			java.util.stream.Stream.of((String) null)).toList();

	static final List<String> PAGES = List.of("/admin/criteria", "/admin/criteria/new", "/admin/questions",
			"/admin/questions/new", "/admin/thresholds", "/admin/texts", "/admin/crisis-resources",
			"/admin/crisis-resources/new", "/admin/help-links", "/admin/help-links/new?topic=THERAPIST", "/admin/about", "/admin/comparison-rows/new", "/admin/content-items/new?list=SHARED_SKILL",
			"/admin/value-statements/new", "/admin/about-sources/new", "/admin/preview", "/admin/test-cases/new",
			"/admin/translations?language=es");

	static final List<String> LEFT_OUT = List.of("remove", "discard", "publish", "restore", "sign-out", "delete");

	private static final java.util.regex.Pattern ITEM_LINK = java.util.regex.Pattern
		.compile("/admin/(criteria|questions|sections|headlines|comparison-rows|value-statements|content-items|crisis-resources|help-links|about-sources|about|test-cases)/\\d+");

	record FormRef(String page, int index, String action, String field) {
	}

	@TestFactory
	Stream<DynamicTest> everyFieldOfEveryEditingForm() throws Exception {
		// the item pages linked from the lists, plus the lists and "new" pages themselves
		Set<String> pages = new LinkedHashSet<>(PAGES);
		for (String list : PAGES) {
			for (Element link : page(list).select("a[href]")) {
				String href = link.attr("href");
				if (ITEM_LINK.matcher(href).matches()) {
					pages.add(href);
				}
			}
		}
		List<FormRef> forms = new ArrayList<>();
		Set<String> kinds = new java.util.HashSet<>();
		for (String url : pages) {
			List<Element> found = page(url).select("form[method=post]");
			for (int i = 0; i < found.size(); i++) {
				String action = found.get(i).attr("action");
				if (LEFT_OUT.stream().anyMatch(action::contains)) {
					continue;
				}
				for (Element field : found.get(i).select("input[name], textarea[name], select[name]")) {
					String type = field.attr("type");
					// one form of a kind (every criterion page has the same form): its action without ids
					String kind = action.replaceAll("\\d+", "#") + " " + field.attr("name").replaceAll("\\d+", "#");
					// hidden fields too: a tampered or truncated post must not break the page either
					if (!"submit".equals(type) && !"_csrf".equals(field.attr("name")) && kinds.add(kind)) {
						forms.add(new FormRef(url, i, action, field.attr("name")));
					}
				}
			}
		}
		assertThat(forms).as("editing form fields found").hasSizeGreaterThan(20);
		List<DynamicTest> tests = new ArrayList<>();
		for (FormRef form : forms) {
			for (String value : VALUES_OR_ABSENT) {
				String shown = value == null ? "(left out)"
						: value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
				tests.add(DynamicTest.dynamicTest(form.action() + " " + form.field() + " = " + shown.replaceAll("\\p{Cntrl}", "?"),
						() -> refusedOrShownAsText(form, value)));
			}
		}
		return tests.stream();
	}

	private void refusedOrShownAsText(FormRef ref, String value) throws Exception {
		// the form as the page has it now (fresh lock versions), with one field replaced
		List<Element> forms = page(ref.page()).select("form[method=post]");
		assertThat(forms.size()).isGreaterThan(ref.index());
		Element form = forms.get(ref.index());
		Map<String, List<String>> fields = fill(form);
		if (value == null) {
			fields.remove(ref.field());
		}
		else {
			fields.put(ref.field(), List.of(value));
		}
		MockHttpServletRequestBuilder request = post(form.attr("action")).with(csrf());
		fields.forEach((k, vs) -> vs.forEach(v -> request.param(k, v)));
		MockHttpServletResponse response;
		try {
			response = mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception unhandled) {
			// in a running server this is a 500
			throw new AssertionError("POST " + form.attr("action") + " with " + ref.field() + " failed: " + unhandled.getMessage(),
					unhandled);
		}
		String body = response.getContentAsString();

		assertThat(response.getStatus()).as("%s %s answered %s", ref.action(), ref.field(), response.getStatus())
			.isLessThan(500);
		for (String internal : List.of("Exception", "\tat org.", "org.hibernate", "org.springframework", "SQLState")) {
			assertThat(body).as("no internals").doesNotContain(internal);
		}
		assertThat(body).as("markup echoed as text").doesNotContain("<script>alert(1)", "<img src=x");
		if (value != null && NoControlCharacters.hasControlCharacter(value)) {
			// PostgreSQL cannot store NUL; no control character is stored on any database
			assertThat(response.getStatus()).as("%s %s with a control character", ref.action(), ref.field())
				.isBetween(400, 499);
		}
		String location = response.getRedirectedUrl();
		if (location != null && location.startsWith("/admin")) {
			String after = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
			assertThat(after).as("saved markup is shown as text").doesNotContain("<script>alert(1)", "<img src=x");
			String editor = mvc.perform(get(ref.page())).andReturn().getResponse().getContentAsString();
			assertThat(editor).as("saved markup is shown as text").doesNotContain("<script>alert(1)", "<img src=x");
		}
	}

	/** The values a browser would send for this form as rendered. */
	private static Map<String, List<String>> fill(Element form) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			if ("_csrf".equals(name)) {
				continue;
			}
			String value;
			switch (field.tagName()) {
				case "textarea" -> value = field.text();
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					Element first = field.selectFirst("option");
					value = selected != null ? selected.attr("value") : first != null ? first.attr("value") : "";
				}
				default -> {
					String type = field.attr("type");
					if (("checkbox".equals(type) || "radio".equals(type)) && !field.hasAttr("checked")) {
						continue;
					}
					if ("submit".equals(type)) {
						continue;
					}
					value = field.attr("value");
				}
			}
			fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		return fields;
	}

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s", url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}
}
