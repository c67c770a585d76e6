package org.crossroads.admin.editing;

import org.crossroads.admin.Forms;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.editing.EditForms.AnswerConditionForm;
import org.crossroads.admin.editing.EditForms.CriterionForm;
import org.crossroads.admin.editing.EditForms.LockForm;
import org.crossroads.admin.editing.EditForms.NewCriterionForm;
import org.crossroads.admin.editing.EditForms.ScoreConditionForm;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Pathway;

import org.jspecify.annotations.Nullable;

/** Criteria and their conditions. Conditions are picked from the draft's questions, options and scales. */
@Controller
@RequestMapping("/admin/criteria")
class CriteriaController {

	private final ContentReader reader;

	private final RulesEditing rules;

	private final MessageSource messages;

	CriteriaController(ContentReader reader, RulesEditing rules, MessageSource messages) {
		this.reader = reader;
		this.rules = rules;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("pathways", Pathway.values());
		model.addAttribute("matchModes", MatchMode.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("loaded", reader.working());
		return "admin/criteria";
	}

	@GetMapping("/new")
	String newCriterion(Model model) {
		model.addAttribute("loaded", reader.working());
		model.addAttribute("form", NewCriterionForm.blank());
		return "admin/criterion-new";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") NewCriterionForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null,
				() -> "redirect:/admin/criteria/" + rules.addCriterion(form, Forms.actor(principal)) + "?saved",
				current -> {
					model.addAttribute("loaded", reader.working());
					return "admin/criterion-new";
				});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String question, Model model) {
		return page(id, question, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.saveChanges(errors, model, response, id, form,
				() -> "redirect:/admin/criteria/" + rules.saveCriterion(id, form, Forms.actor(principal)) + "?saved",
				current -> CriterionForm.of(reader.locate(CriterionEntity.class, current, CriterionEntity::getRuleSet).item()),
				current -> page(current, null, model));
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.remove(errors, model, response, id,
				() -> rules.removeCriterion(id, lock.lockVersion(), Forms.actor(principal)), "/admin/criteria?removed",
				current -> page(current, null, model));
	}

	@PostMapping("/{id}/conditions/{index}/answer")
	String saveAnswer(@PathVariable long id, @PathVariable int index,
			@Valid @ModelAttribute("conditionForm") AnswerConditionForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return conditionSave(id, String.valueOf(index), errors, model, response,
				() -> rules.saveAnswerCondition(id, index, form, Forms.actor(principal)));
	}

	@PostMapping("/{id}/conditions/{index}/score")
	String saveScore(@PathVariable long id, @PathVariable int index,
			@Valid @ModelAttribute("conditionForm") ScoreConditionForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return conditionSave(id, String.valueOf(index), errors, model, response,
				() -> rules.saveScoreCondition(id, index, form, Forms.actor(principal)));
	}

	@PostMapping("/{id}/conditions/{index}/remove")
	String removeCondition(@PathVariable long id, @PathVariable int index, @ModelAttribute("lock") LockForm lock,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return conditionSave(id, String.valueOf(index), errors, model, response,
				() -> rules.removeCondition(id, index, lock.lockVersion(), Forms.actor(principal)));
	}

	@PostMapping("/{id}/conditions/answer")
	String addAnswer(@PathVariable long id, @Valid @ModelAttribute("conditionForm") AnswerConditionForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		model.addAttribute("addQuestionKey", form.question());
		return conditionSave(id, "add-answer", errors, model, response,
				() -> rules.addAnswerCondition(id, form, Forms.actor(principal)));
	}

	@PostMapping("/{id}/conditions/score")
	String addScore(@PathVariable long id, @Valid @ModelAttribute("conditionForm") ScoreConditionForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return conditionSave(id, "add-score", errors, model, response,
				() -> rules.addScoreCondition(id, form, Forms.actor(principal)));
	}

	/** Condition forms have no th:object of their own: their messages go beside the condition they came from. */
	private String conditionSave(long id, String where, BindingResult errors, Model model, HttpServletResponse response,
			LongSupplier save) {
		String view = Forms.save(errors, model, response, id,
				() -> "redirect:/admin/criteria/" + save.getAsLong() + "?saved",
				current -> page(current != null ? current : id, (String) model.getAttribute("addQuestionKey"), model));
		if (errors.hasErrors()) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("conditionErrors",
					Map.of(where, errors.getAllErrors().stream().map(e -> messages.getMessage(e, locale)).toList()));
		}
		return view;
	}

	private String page(long id, @Nullable String addQuestion, Model model) {
		ContentReader.Located<CriterionEntity> located = reader.locate(CriterionEntity.class, id, CriterionEntity::getRuleSet);
		CriterionEntity criterion = located.item();
		ContentReader.Loaded loaded = located.loaded();
		model.addAttribute("loaded", loaded);
		model.addAttribute("criterion", criterion);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CriterionForm.of(criterion));
		}
		List<ConditionView> conditions = new ArrayList<>();
		var sorted = RulesEditing.conditions(criterion);
		for (int i = 0; i < sorted.size(); i++) {
			conditions.add(ConditionView.of(i, sorted.get(i), loaded));
		}
		model.addAttribute("conditions", conditions);
		if (addQuestion != null) {
			Items.question(loaded.ruleSet(), addQuestion).ifPresent(q -> {
				model.addAttribute("addQuestion", q);
				model.addAttribute("addChoices", ConditionView.choices(q, List.of()));
			});
		}
		return "admin/criterion";
	}
}
