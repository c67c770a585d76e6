package org.crossroads.admin.editing;

import org.crossroads.admin.NotFoundException;
import org.crossroads.admin.Forms;

import java.security.Principal;
import java.util.List;

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

import org.crossroads.admin.editing.EditForms.AboutForm;
import org.crossroads.admin.editing.EditForms.ComparisonRowForm;
import org.crossroads.admin.editing.EditForms.ContentItemForm;
import org.crossroads.admin.editing.EditForms.CrisisResourceForm;
import org.crossroads.admin.editing.EditForms.HeadlineForm;
import org.crossroads.admin.editing.EditForms.LockForm;
import org.crossroads.admin.editing.EditForms.SectionForm;
import org.crossroads.admin.editing.EditForms.ThresholdsForm;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.SectionEntity;

/**
 * Items that are a handful of fields each, all edited on one shared page (admin/item): thresholds,
 * sections, outcome headlines, comparison rows, text list entries, crisis resources, the About facts.
 */
@Controller
@RequestMapping("/admin")
public class SimpleItemsController {

	private static final List<FieldSpec> THRESHOLDS = List.of(FieldSpec.number("therapy", "admin.field.therapyThreshold"),
			FieldSpec.number("coaching", "admin.field.coachingThreshold"));

	private static final List<FieldSpec> SECTION = List.of(FieldSpec.text("title", "admin.field.title"),
			FieldSpec.number("position", "admin.field.position"));

	private static final List<FieldSpec> HEADLINE = List.of(FieldSpec.area("headline", "admin.field.headline"));

	private static final List<FieldSpec> COMPARISON_ROW = List.of(FieldSpec.text("feature", "admin.field.feature"),
			FieldSpec.area("therapy", "admin.field.therapySide"), FieldSpec.area("coaching", "admin.field.coachingSide"),
			FieldSpec.number("position", "admin.field.position"));

	private static final List<FieldSpec> CONTENT_ITEM = List.of(FieldSpec.area("body", "admin.field.body"),
			FieldSpec.number("position", "admin.field.position"));

	private static final List<FieldSpec> CRISIS_RESOURCE = List.of(FieldSpec.text("region", "admin.field.region"),
			FieldSpec.text("label", "admin.field.label"), FieldSpec.text("contact", "admin.field.contact"),
			FieldSpec.url("url", "admin.field.url"), FieldSpec.number("position", "admin.field.position"));

	private static final List<FieldSpec> ABOUT = List.of(FieldSpec.area("author", "admin.field.author"),
			FieldSpec.area("sources", "admin.field.sources"), FieldSpec.date("lastReviewed", "admin.field.lastReviewed"),
			FieldSpec.area("reviewPolicy", "admin.field.reviewPolicy"),
			FieldSpec.area("instruments", "admin.field.instruments"));

	private final ContentReader reader;

	private final RulesEditing rules;

	private final QuestionnaireEditing questionnaire;

	private final SiteTextEditing texts;

	SimpleItemsController(ContentReader reader, RulesEditing rules, QuestionnaireEditing questionnaire,
			SiteTextEditing texts) {
		this.reader = reader;
		this.rules = rules;
		this.questionnaire = questionnaire;
		this.texts = texts;
	}

	private static String show(Model model, ContentReader.Loaded loaded, ItemPage page, Object form) {
		model.addAttribute("loaded", loaded);
		model.addAttribute("page", page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "admin/item";
	}

	// ------------------------------------------------------------------ thresholds

	@GetMapping("/thresholds")
	String thresholds(Model model) {
		return thresholdsPage(model, reader.working().ruleSet().getId());
	}

	@PostMapping("/thresholds/{id}")
	String saveThresholds(@PathVariable long id, @Valid @ModelAttribute("form") ThresholdsForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id, () -> {
			rules.saveThresholds(id, form, Forms.actor(principal));
			return "redirect:/admin/thresholds?saved";
		}, current -> {
			if (current != null) {
				Forms.showCurrent(model, ThresholdsForm.of(ruleSet(current)), form);
			}
			return thresholdsPage(model, current != null ? current : id);
		});
	}

	private RuleSetEntity ruleSet(long id) {
		return reader.locate(RuleSetEntity.class, id, r -> r).item();
	}

	private String thresholdsPage(Model model, long id) {
		ContentReader.Located<RuleSetEntity> located = reader.locate(RuleSetEntity.class, id, r -> r);
		return show(model, located.loaded(), new ItemPage("admin.thresholds.title", THRESHOLDS, "/admin/thresholds/" + id,
				null, "/admin", null), ThresholdsForm.of(located.item()));
	}

	// ------------------------------------------------------------------ sections

	@GetMapping("/sections/{id}")
	String section(@PathVariable long id, Model model) {
		return sectionPage(model, id);
	}

	@PostMapping("/sections/{id}")
	String saveSection(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/sections/" + questionnaire.saveSection(id, form, Forms.actor(principal)) + "?saved",
				current -> {
					if (current != null) {
						Forms.showCurrent(model, SectionForm.of(locate(SectionEntity.class, current, SectionEntity::getRuleSet)), form);
					}
					return sectionPage(model, current != null ? current : id);
				});
	}

	private String sectionPage(Model model, long id) {
		ContentReader.Located<SectionEntity> located = reader.locate(SectionEntity.class, id, SectionEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.section.title", SECTION, "/admin/sections/" + id, null,
				"/admin/questions", located.item().getKey()), SectionForm.of(located.item()));
	}

	// ------------------------------------------------------------------ headlines

	@GetMapping("/headlines/{id}")
	String headline(@PathVariable long id, Model model) {
		return headlinePage(model, id);
	}

	@PostMapping("/headlines/{id}")
	String saveHeadline(@PathVariable long id, @Valid @ModelAttribute("form") HeadlineForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/headlines/" + texts.saveHeadline(id, form, Forms.actor(principal)) + "?saved",
				current -> {
					if (current != null) {
						Forms.showCurrent(model, HeadlineForm.of(locate(OutcomeTextEntity.class, current,
								OutcomeTextEntity::getRuleSet)), form);
					}
					return headlinePage(model, current != null ? current : id);
				});
	}

	private String headlinePage(Model model, long id) {
		ContentReader.Located<OutcomeTextEntity> located = reader.locate(OutcomeTextEntity.class, id,
				OutcomeTextEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.headline.title", HEADLINE, "/admin/headlines/" + id, null,
				"/admin/texts", located.item().getOutcome().name()), HeadlineForm.of(located.item()));
	}

	// ------------------------------------------------------------------ comparison rows

	@GetMapping("/comparison-rows/new")
	String newComparisonRow(Model model) {
		ContentReader.Loaded loaded = reader.working();
		return show(model, loaded, newComparisonRowPage(),
				new ComparisonRowForm(0, "", "", "", loaded.ruleSet().getComparisonRows().size() + 1));
	}

	private static ItemPage newComparisonRowPage() {
		return new ItemPage("admin.comparison-row.new", COMPARISON_ROW, "/admin/comparison-rows", null, "/admin/texts", null);
	}

	@PostMapping("/comparison-rows")
	String addComparisonRow(@Valid @ModelAttribute("form") ComparisonRowForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null, () -> {
			texts.addComparisonRow(form, Forms.actor(principal));
			return "redirect:/admin/texts?saved";
		}, current -> show(model, reader.working(), newComparisonRowPage(), form));
	}

	@GetMapping("/comparison-rows/{id}")
	String comparisonRow(@PathVariable long id, Model model) {
		return comparisonRowPage(model, id);
	}

	@PostMapping("/comparison-rows/{id}")
	String saveComparisonRow(@PathVariable long id, @Valid @ModelAttribute("form") ComparisonRowForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/comparison-rows/" + texts.saveComparisonRow(id, form, Forms.actor(principal)) + "?saved",
				current -> {
					if (current != null) {
						Forms.showCurrent(model, ComparisonRowForm.of(locate(ComparisonRowEntity.class, current,
								ComparisonRowEntity::getRuleSet)), form);
					}
					return comparisonRowPage(model, current != null ? current : id);
				});
	}

	@PostMapping("/comparison-rows/{id}/remove")
	String removeComparisonRow(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id, () -> {
			texts.removeComparisonRow(id, lock.lockVersion(), Forms.actor(principal));
			return "redirect:/admin/texts?removed";
		}, current -> comparisonRowPage(model, current != null ? current : id));
	}

	private String comparisonRowPage(Model model, long id) {
		ContentReader.Located<ComparisonRowEntity> located = reader.locate(ComparisonRowEntity.class, id,
				ComparisonRowEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.comparison-row.title", COMPARISON_ROW,
				"/admin/comparison-rows/" + id, "/admin/comparison-rows/" + id + "/remove", "/admin/texts",
				located.item().getFeature()), ComparisonRowForm.of(located.item()));
	}

	// ------------------------------------------------------------------ text list entries

	@GetMapping("/content-items/new")
	String newContentItem(@RequestParam ContentList list, Model model) {
		ContentReader.Loaded loaded = reader.working();
		long count = loaded.ruleSet().getContentItems().stream().filter(i -> i.getListKey() == list).count();
		return show(model, loaded, newContentItemPage(list), new ContentItemForm(0, list, "", (int) count + 1));
	}

	private static ItemPage newContentItemPage(ContentList list) {
		return new ItemPage("admin.content-item.new", CONTENT_ITEM, "/admin/content-items", null, "/admin/texts",
				list == null ? null : list.name(), List.of("list"));
	}

	@PostMapping("/content-items")
	String addContentItem(@Valid @ModelAttribute("form") ContentItemForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null, () -> {
			texts.addContentItem(form, Forms.actor(principal));
			return "redirect:/admin/texts?saved#list-" + form.list().name();
		}, current -> show(model, reader.working(), newContentItemPage(form.list()), form));
	}

	@GetMapping("/content-items/{id}")
	String contentItem(@PathVariable long id, Model model) {
		return contentItemPage(model, id);
	}

	@PostMapping("/content-items/{id}")
	String saveContentItem(@PathVariable long id, @Valid @ModelAttribute("form") ContentItemForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/content-items/" + texts.saveContentItem(id, form, Forms.actor(principal)) + "?saved",
				current -> {
					if (current != null) {
						Forms.showCurrent(model, ContentItemForm.of(locate(ContentItemEntity.class, current,
								ContentItemEntity::getRuleSet)), form);
					}
					return contentItemPage(model, current != null ? current : id);
				});
	}

	@PostMapping("/content-items/{id}/remove")
	String removeContentItem(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id, () -> {
			texts.removeContentItem(id, lock.lockVersion(), Forms.actor(principal));
			return "redirect:/admin/texts?removed";
		}, current -> contentItemPage(model, current != null ? current : id));
	}

	private String contentItemPage(Model model, long id) {
		ContentReader.Located<ContentItemEntity> located = reader.locate(ContentItemEntity.class, id,
				ContentItemEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.content-item.title", CONTENT_ITEM,
				"/admin/content-items/" + id, "/admin/content-items/" + id + "/remove", "/admin/texts",
				located.item().getListKey().name()), ContentItemForm.of(located.item()));
	}

	// ------------------------------------------------------------------ crisis resources

	@GetMapping("/crisis-resources")
	String crisisResources(Model model) {
		model.addAttribute("loaded", reader.working());
		return "admin/crisis-resources";
	}

	@GetMapping("/crisis-resources/new")
	String newCrisisResource(Model model) {
		ContentReader.Loaded loaded = reader.working();
		return show(model, loaded, newCrisisResourcePage(),
				new CrisisResourceForm(0, "", "", "", "", loaded.ruleSet().getCrisisResources().size() + 1));
	}

	private static ItemPage newCrisisResourcePage() {
		return new ItemPage("admin.crisis-resource.new", CRISIS_RESOURCE, "/admin/crisis-resources", null,
				"/admin/crisis-resources", null);
	}

	@PostMapping("/crisis-resources")
	String addCrisisResource(@Valid @ModelAttribute("form") CrisisResourceForm form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, null, () -> {
			texts.addCrisisResource(form, Forms.actor(principal));
			return "redirect:/admin/crisis-resources?saved";
		}, current -> show(model, reader.working(), newCrisisResourcePage(), form));
	}

	@GetMapping("/crisis-resources/{id}")
	String crisisResource(@PathVariable long id, Model model) {
		return crisisResourcePage(model, id);
	}

	@PostMapping("/crisis-resources/{id}")
	String saveCrisisResource(@PathVariable long id, @Valid @ModelAttribute("form") CrisisResourceForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id,
				() -> "redirect:/admin/crisis-resources/" + texts.saveCrisisResource(id, form, Forms.actor(principal))
						+ "?saved",
				current -> {
					if (current != null) {
						Forms.showCurrent(model, CrisisResourceForm.of(locate(CrisisResourceEntity.class, current,
								CrisisResourceEntity::getRuleSet)), form);
					}
					return crisisResourcePage(model, current != null ? current : id);
				});
	}

	@PostMapping("/crisis-resources/{id}/remove")
	String removeCrisisResource(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id, () -> {
			texts.removeCrisisResource(id, lock.lockVersion(), Forms.actor(principal));
			return "redirect:/admin/crisis-resources?removed";
		}, current -> crisisResourcePage(model, current != null ? current : id));
	}

	private String crisisResourcePage(Model model, long id) {
		ContentReader.Located<CrisisResourceEntity> located = reader.locate(CrisisResourceEntity.class, id,
				CrisisResourceEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.crisis-resource.title", CRISIS_RESOURCE,
				"/admin/crisis-resources/" + id, "/admin/crisis-resources/" + id + "/remove", "/admin/crisis-resources",
				located.item().getLabel()), CrisisResourceForm.of(located.item()));
	}

	// ------------------------------------------------------------------ about, and the texts overview

	@GetMapping("/texts")
	String texts(Model model) {
		model.addAttribute("loaded", reader.working());
		model.addAttribute("lists", ContentList.values());
		return "admin/texts";
	}

	@GetMapping("/about")
	String about(Model model) {
		ContentReader.Loaded loaded = reader.working();
		AboutPageEntity about = loaded.ruleSet().getAbout();
		if (about == null) {
			throw new NotFoundException();
		}
		return aboutPage(model, about.getId());
	}

	@PostMapping("/about/{id}")
	String saveAbout(@PathVariable long id, @Valid @ModelAttribute("form") AboutForm form, BindingResult errors,
			Model model, HttpServletResponse response, Principal principal) {
		return Forms.save(errors, model, response, id, () -> {
			texts.saveAbout(id, form, Forms.actor(principal));
			return "redirect:/admin/about?saved";
		}, current -> {
			if (current != null) {
				Forms.showCurrent(model, AboutForm.of(locate(AboutPageEntity.class, current, AboutPageEntity::getRuleSet)), form);
			}
			return aboutPage(model, current != null ? current : id);
		});
	}

	private String aboutPage(Model model, long id) {
		ContentReader.Located<AboutPageEntity> located = reader.locate(AboutPageEntity.class, id,
				AboutPageEntity::getRuleSet);
		return show(model, located.loaded(), new ItemPage("admin.about.title", ABOUT, "/admin/about/" + id, null,
				"/admin/texts", null), AboutForm.of(located.item()));
	}

	private <T> T locate(Class<T> type, long id, java.util.function.Function<T, RuleSetEntity> ruleSet) {
		return reader.locate(type, id, ruleSet).item();
	}
}
