package org.crossroads.admin.editing;

import org.crossroads.admin.Forms;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.editing.EditForms.LockForm;
import org.crossroads.admin.editing.EditForms.NewOptionForm;
import org.crossroads.admin.editing.EditForms.NewQuestionForm;
import org.crossroads.admin.editing.EditForms.QuestionForm;
import org.crossroads.ruleset.QuestionEntity;

import org.jspecify.annotations.Nullable;

/** Questions with their options. Sections are edited on the shared item page ({@link ItemControllers}). */
@Controller
@RequestMapping("/admin/questions")
class QuestionsController {

	private final ContentReader reader;

	private final QuestionnaireEditing questionnaire;

	QuestionsController(ContentReader reader, QuestionnaireEditing questionnaire) {
		this.reader = reader;
		this.questionnaire = questionnaire;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("loaded", reader.working());
		return "admin/questions";
	}

	@GetMapping("/new")
	String newQuestion(@RequestParam(required = false) @Nullable String section, Model model) {
		model.addAttribute("loaded", reader.working());
		model.addAttribute("form", NewQuestionForm.blank(section));
		return "admin/question-new";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") NewQuestionForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null,
				() -> "redirect:/admin/questions/" + questionnaire.addQuestion(form, Forms.actor(principal)) + "?saved",
				current -> {
					model.addAttribute("loaded", reader.working());
					return "admin/question-new";
				});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.saveChanges(errors, model, response, id, form,
				() -> "redirect:/admin/questions/" + questionnaire.saveQuestion(id, form, Forms.actor(principal)) + "?saved",
				current -> QuestionForm.of(question(current)), current -> page(current, model));
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.remove(errors, model, response, id,
				() -> questionnaire.removeQuestion(id, lock.lockVersion(), Forms.actor(principal)),
				"/admin/questions?removed", current -> page(current, model));
	}

	@PostMapping("/{id}/options")
	String addOption(@PathVariable long id, @Valid @ModelAttribute("optionForm") NewOptionForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/questions/" + questionnaire.addOption(id, form, Forms.actor(principal)) + "?saved",
				current -> {
					if (current != null) {
						Forms.replace(model, "optionForm", new NewOptionForm(question(current).getLockVersion(),
								form.key(), form.label(), form.score()));
					}
					return page(current != null ? current : id, model);
				});
	}

	@PostMapping("/{id}/options/{index}/remove")
	String removeOption(@PathVariable long id, @PathVariable int index, @ModelAttribute("lock") LockForm lock,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/questions/"
						+ questionnaire.removeOption(id, index, lock.lockVersion(), Forms.actor(principal)) + "?saved",
				current -> page(current != null ? current : id, model));
	}

	private QuestionEntity question(long id) {
		return reader.locate(QuestionEntity.class, id, q -> q.getSection().getRuleSet()).item();
	}

	private String page(long id, Model model) {
		ContentReader.Located<QuestionEntity> located = reader.locate(QuestionEntity.class, id,
				q -> q.getSection().getRuleSet());
		model.addAttribute("loaded", located.loaded());
		model.addAttribute("question", located.item());
		// The page lists *{options} from the form: a post that left none shows the stored question.
		Forms.showIfUnbound(model, "form", () -> QuestionForm.of(located.item()));
		Forms.showIfUnbound(model, "optionForm", () -> new NewOptionForm(located.item().getLockVersion(), "", "", 0));
		return "admin/question";
	}
}
