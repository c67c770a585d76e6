package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Drives the questionnaire the way a browser without JavaScript does: it reads the rendered form,
 * clicks radios by their label's target id, and submits exactly the fields the form holds (hidden
 * inputs, checked radios and the pressed button), so the tests exercise the real page markup.
 */
final class QuestionnaireVisitor {

	private final MockMvc mvc;

	private Document page;

	private MvcResult last;

	QuestionnaireVisitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	QuestionnaireVisitor start() throws Exception {
		return load(mvc.perform(get("/assessment").accept(MediaType.TEXT_HTML)).andReturn());
	}

	/** Clicks the label of an option, as a person would. */
	QuestionnaireVisitor choose(String question, String option) {
		Element label = page.selectFirst("label[for=" + question + "--" + option + "]");
		assertThat(label).as("label for %s = %s", question, option).isNotNull();
		Element radio = page.getElementById(question + "--" + option);
		assertThat(radio).isNotNull();
		assertThat(radio.attr("type")).isEqualTo("radio");
		assertThat(radio.attr("name")).isEqualTo(question);
		assertThat(radio.closest("fieldset").id()).isEqualTo("q-" + question);
		page.select("input[type=radio][name=" + question + "]").removeAttr("checked");
		radio.attr("checked", true);
		return this;
	}

	/** Chooses, for every question shown on this step, the answer the map gives it (if any). */
	QuestionnaireVisitor answerShown(Map<String, String> answers) {
		for (Element fieldset : page.select("form#questionnaire fieldset")) {
			String key = fieldset.id().substring("q-".length());
			if (answers.containsKey(key)) {
				choose(key, answers.get(key));
			}
		}
		return this;
	}

	QuestionnaireVisitor press(String action) throws Exception {
		Element button = page.selectFirst("form#questionnaire button[name=action][value=" + action + "]");
		assertThat(button).as("button %s on step %s", action, step()).isNotNull();
		return submit(formFields(), action);
	}

	/** The fields the form would send now, without a button. */
	Map<String, String> formFields() {
		Element form = page.selectFirst("form#questionnaire");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/assessment");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[type=hidden], input[type=radio][checked]")) {
			fields.put(input.attr("name"), input.attr("value"));
		}
		return fields;
	}

	QuestionnaireVisitor submit(Map<String, String> fields, String action) throws Exception {
		MockHttpServletRequestBuilder request = post("/assessment").accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		fields.forEach((k, v) -> request.param(k, v));
		if (action != null) {
			request.param("action", action);
		}
		return load(mvc.perform(request).andReturn());
	}

	/** Answers every step from the map and finishes; returns the result page's path. */
	String completeWith(Map<String, String> answers) throws Exception {
		start();
		for (int step = 1; step <= 3; step++) {
			assertThat(step()).isEqualTo(step);
			answerShown(answers).press(step < 3 ? "next" : "finish");
		}
		assertThat(status()).isEqualTo(303);
		return location();
	}

	QuestionnaireVisitor follow() throws Exception {
		return load(mvc.perform(get(location()).accept(MediaType.TEXT_HTML)).andReturn());
	}

	private QuestionnaireVisitor load(MvcResult result) throws Exception {
		this.last = result;
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		this.page = Jsoup.parse(body);
		return this;
	}

	int status() {
		return last.getResponse().getStatus();
	}

	String location() {
		return last.getResponse().getHeader("Location");
	}

	MvcResult lastResult() {
		return last;
	}

	Document page() {
		return page;
	}

	int step() {
		Element step = page.selectFirst("form#questionnaire input[type=hidden][name=step]");
		return step == null ? 0 : Integer.parseInt(step.attr("value"));
	}

	boolean checked(String question, String option) {
		Element radio = page.getElementById(question + "--" + option);
		return radio != null && radio.hasAttr("checked");
	}

	String hidden(String name) {
		Element input = page.selectFirst("form#questionnaire input[type=hidden][name=" + name + "]");
		return input == null ? null : input.attr("value");
	}
}
