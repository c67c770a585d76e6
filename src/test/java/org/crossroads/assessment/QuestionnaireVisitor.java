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
 * clicks radios by their label's target id, submits exactly the fields the form holds (checked
 * radios and the pressed button) to the form's action, and follows a 303 to a questionnaire step
 * as a browser does (a 303 to a result is left for {@link #follow()}), so the tests exercise the
 * real page markup and the post/redirect/get flow.
 */
final class QuestionnaireVisitor {

	private final MockMvc mvc;

	private Document page;

	private MvcResult last;

	private @org.jspecify.annotations.Nullable MvcResult lastPost;

	QuestionnaireVisitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	QuestionnaireVisitor start() throws Exception {
		MvcResult start = mvc.perform(get("/assessment").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(start.getResponse().getStatus()).isEqualTo(303);
		assertThat(start.getResponse().getHeader("Location")).matches(STEP_PATH);
		this.last = start;
		return follow();
	}

	/** Where a questionnaire step lives: a draft id of 192 random bits and the step number. */
	static final String STEP_PATH = "/assessment/[A-Za-z0-9_-]{32}/[1-9]";

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
		assertThat(form.attr("action")).matches(STEP_PATH);
		// the version the page shows, and no answers: the draft keeps the other steps'
		assertThat(form.select("input[type=hidden]")).as("no answers carried in the page")
			.extracting(input -> input.attr("name")).containsExactly("version");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", form.selectFirst("input[type=hidden][name=version]").val());
		for (Element input : form.select("input[type=radio][checked]")) {
			fields.put(input.attr("name"), input.attr("value"));
		}
		return fields;
	}

	/** The path the form posts to. */
	String formAction() {
		Element form = page.selectFirst("form#questionnaire");
		assertThat(form).isNotNull();
		return form.attr("action");
	}

	QuestionnaireVisitor submit(Map<String, String> fields, String action) throws Exception {
		return submitTo(formAction(), fields, action);
	}

	/** Posts as the form would, to any path, and follows a 303 to a questionnaire step. */
	QuestionnaireVisitor submitTo(String path, Map<String, String> fields, String action) throws Exception {
		MockHttpServletRequestBuilder request = post(path).accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		fields.forEach((k, v) -> request.param(k, v));
		if (action != null) {
			request.param("action", action);
		}
		MvcResult result = mvc.perform(request).andReturn();
		this.lastPost = result;
		load(result);
		String location = location();
		if (result.getResponse().getStatus() == 303 && location != null && location.startsWith("/assessment/")) {
			follow();
		}
		return this;
	}

	/** The status of the last post, before any redirect was followed. */
	int postStatus() {
		assertThat(lastPost).isNotNull();
		return lastPost.getResponse().getStatus();
	}

	/** Where the last post redirected to. */
	String postLocation() {
		assertThat(lastPost).isNotNull();
		return lastPost.getResponse().getHeader("Location");
	}

	/** The draft id in the address of the page shown. */
	String draftId() {
		return formAction().split("/")[2];
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
		return open(location());
	}

	/** A GET, as the address bar, Back or Forward make it. */
	QuestionnaireVisitor open(String path) throws Exception {
		return load(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn());
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
		Element form = page.selectFirst("form#questionnaire");
		return form == null ? 0 : Integer.parseInt(form.attr("action").substring(form.attr("action").lastIndexOf('/') + 1));
	}

	boolean checked(String question, String option) {
		Element radio = page.getElementById(question + "--" + option);
		return radio != null && radio.hasAttr("checked");
	}
}
