package org.crossroads.admin.testcases;

import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.Forms;

import java.security.Principal;
import java.util.Optional;

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
import org.crossroads.rules.Outcome;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.coverage.Gap;
import org.crossroads.rules.coverage.GapFiller;

import org.jspecify.annotations.Nullable;

/** Test cases: named answer sets with the outcome editors expect, kept with each version of the rules. */
@Controller
@RequestMapping("/admin/test-cases")
class TestCasesController {

	private final ContentReader reader;

	private final TestCaseEditing testCases;

	private final GapWords words;

	TestCasesController(ContentReader reader, TestCaseEditing testCases, GapWords words) {
		this.reader = reader;
		this.words = words;
		this.testCases = testCases;
	}

	@ModelAttribute("outcomes")
	Outcome[] outcomes() {
		return Outcome.values();
	}

	/**
	 * The form for a new case; with {@code gap}, prefilled with an answer set that fills that coverage
	 * gap and the engine's outcome for it, for the editor to check, name and save.
	 */
	@GetMapping("/new")
	String newCase(@RequestParam(required = false) @Nullable String gap, Model model) {
		ContentReader.Loaded loaded = reader.working();
		model.addAttribute("loaded", loaded);
		TestCaseForm form = new TestCaseForm(0, "", Outcome.EXPLORE, null);
		if (gap != null) {
			Optional<RuleSet> rules = ContentReader.snapshot(loaded.ruleSet(), 0).map(s -> s.rules());
			Optional<Gap> found = rules.flatMap(r -> TestCaseCoverage.gap(r, loaded.testCases(), gap));
			Optional<GapFiller.Fill> fill = found.flatMap(g -> TestCaseCoverage.fill(rules.get(), loaded.testCases(), g));
			if (fill.isPresent()) {
				form = new TestCaseForm(0, "", fill.get().outcome(), fill.get().answers());
				model.addAttribute("gapText", words.text(found.get(), rules.get()));
				model.addAttribute("gapOutcome", fill.get().outcome());
			}
			else {
				model.addAttribute("gapProblem", found.isEmpty() ? "admin.coverage.gap-unknown" : "admin.coverage.gap-not-found");
			}
		}
		model.addAttribute("form", form);
		return "admin/test-case";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") TestCaseForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null, () -> {
			testCases.add(form, Forms.actor(principal));
			return "redirect:/admin/preview?saved#test-cases";
		}, current -> {
			model.addAttribute("loaded", reader.working());
			Forms.showIfUnbound(model, "form", () -> new TestCaseForm(0, "", Outcome.EXPLORE, null));
			return "admin/test-case";
		});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") TestCaseForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.saveChanges(errors, model, response, id, form, () -> {
			testCases.save(id, form, Forms.actor(principal));
			return "redirect:/admin/preview?saved#test-cases";
		}, current -> TestCaseForm.of(reader.locate(TestCaseEntity.class, current, TestCaseEntity::getRuleSet).item()),
				current -> page(current, model));
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.remove(errors, model, response, id,
				() -> testCases.remove(id, lock.lockVersion(), Forms.actor(principal)), "/admin/preview?removed#test-cases",
				current -> page(current, model));
	}

	private String page(long id, Model model) {
		ContentReader.Located<TestCaseEntity> located = reader.locate(TestCaseEntity.class, id, TestCaseEntity::getRuleSet);
		model.addAttribute("loaded", located.loaded());
		model.addAttribute("testCase", located.item());
		Forms.showIfUnbound(model, "form", () -> TestCaseForm.of(located.item()));
		return "admin/test-case";
	}
}
