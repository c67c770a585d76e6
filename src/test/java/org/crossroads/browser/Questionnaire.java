package org.crossroads.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The questionnaire as the visitor page contract describes it, driven by clicks on labels and buttons. */
final class Questionnaire {

	static final String FORM = "form#questionnaire";

	private final Page page;

	Questionnaire(Page page) {
		this.page = page;
	}

	Locator form() {
		return page.locator(FORM);
	}

	/** The step the form posts for: its action is /assessment/{draft}/{step}, with ?lang= when the page carries it. */
	int step() {
		String action = form().getAttribute("action");
		int query = action.indexOf('?');
		String path = query < 0 ? action : action.substring(0, query);
		return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
	}

	/** The keys of the questions this step asks, in page order. */
	List<String> questions() {
		List<String> keys = new ArrayList<>();
		for (Locator fieldset : form().locator("fieldset[id^='q-']").all()) {
			keys.add(fieldset.getAttribute("id").substring(2));
		}
		return keys;
	}

	Locator radio(String question, String option) {
		return page.locator("input[type=radio][id='" + question + "--" + option + "']");
	}

	void choose(String question, String option) {
		page.locator("label[for='" + question + "--" + option + "']").click();
		if (!radio(question, option).isChecked()) {
			throw new AssertionError("Clicking the label of " + question + "=" + option + " did not select it");
		}
	}

	/** The option chosen for a question of this step, or null. */
	String chosen(String question) {
		Locator checked = form().locator("input[type=radio][name='" + question + "']:checked");
		return checked.count() == 0 ? null : checked.getAttribute("value");
	}

	/** Hidden inputs of the form: the version it shows only, as the draft keeps the other steps' answers. */
	List<String> hiddenFields() {
		List<String> names = new ArrayList<>();
		for (Locator hidden : form().locator("input[type=hidden]").all()) {
			names.add(hidden.getAttribute("name"));
		}
		return names;
	}

	Locator button(String action) {
		return form().locator("button[name=action][value=" + action + "]");
	}

	void press(String action) {
		BrowserSession.followClick(page, button(action));
	}

	/** Answers every question of this step that the answer set names; returns the keys answered. */
	List<String> answer(Map<String, String> answers) {
		List<String> answered = new ArrayList<>();
		for (String question : questions()) {
			String option = answers.get(question);
			if (option != null) {
				choose(question, option);
				answered.add(question);
			}
		}
		return answered;
	}

	/**
	 * Goes through all steps from the one shown, answering from the set, and finishes. Fails when the
	 * steps do not ask for every answer of the set.
	 */
	void complete(Map<String, String> answers) {
		List<String> asked = new ArrayList<>();
		for (int guard = 0; guard < 5; guard++) {
			asked.addAll(answer(answers));
			if (button("finish").count() > 0) {
				if (!asked.containsAll(answers.keySet())) {
					List<String> never = new ArrayList<>(answers.keySet());
					never.removeAll(asked);
					throw new AssertionError("The questionnaire never asked " + never);
				}
				press("finish");
				return;
			}
			int before = step();
			press("next");
			if (page.locator(FORM).count() == 0 || step() != before + 1) {
				throw new AssertionError("'next' on step " + before + " did not lead to step " + (before + 1) + ": "
						+ page.url() + "\n" + page.locator("main").innerText());
			}
		}
		throw new AssertionError("No finish button after 5 steps");
	}

	/** Shown step text of the contract: "Step N of 3". */
	boolean showsStep(int n) {
		return page.getByText("Step " + n + " of 3").count() > 0;
	}
}
