package org.crossroads.admin.publishing;

import org.crossroads.admin.publishing.safety.SafetyReview;
import org.crossroads.admin.standard.DecisionAidStandard;

import org.crossroads.admin.Forms;
import org.crossroads.language.Language;
import org.crossroads.language.Languages;

import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.testcases.GapWords;
import org.crossroads.admin.testcases.TestCaseForm;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.coverage.Coverage;

import org.jspecify.annotations.Nullable;

/** The preview (test cases under both versions, what the draft changes), trying answers, and publishing. */
@Controller
@RequestMapping("/admin")
class PreviewController {

	private final DraftPreview preview;

	private final Publishing publishing;

	private final PublishedContent published;

	private final SafetyReview safety;

	private final CoveragePolicy coverage;

	private final GapWords words;

	private final DecisionAidStandard standard;

	private final Languages languages;

	PreviewController(DraftPreview preview, Publishing publishing, PublishedContent published, SafetyReview safety,
			CoveragePolicy coverage, GapWords words, DecisionAidStandard standard, Languages languages) {
		this.languages = languages;
		this.standard = standard;
		this.coverage = coverage;
		this.words = words;
		this.preview = preview;
		this.publishing = publishing;
		this.published = published;
		this.safety = safety;
	}

	/** {@code language}: also show the draft's questions in that language, as its visitors would read them. */
	@GetMapping("/preview")
	String preview(@RequestParam(required = false) @Nullable String language, Model model, Principal principal) {
		languages.find(language).filter(l -> !l.source()).ifPresent(chosen -> {
			model.addAttribute("previewLanguage", chosen);
			model.addAttribute("translatedSections", preview.questionnaire(chosen));
		});
		return page(model, new PublishForm(""), principal);
	}

	/** A second editor approves the draft's safety changes as shown ({@code safetyFingerprint}). */
	@PostMapping("/preview/approve")
	String approve(@RequestParam String safetyFingerprint, Model model, HttpServletResponse response,
			Principal principal) {
		try {
			safety.approve(safetyFingerprint, Forms.actor(principal));
			return "redirect:/admin/preview?approved#safety";
		}
		catch (PublishRefusedException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal", refused);
			return page(model, new PublishForm(""), principal);
		}
	}

	@PostMapping("/publish")
	String publish(@Valid @ModelAttribute("publishForm") PublishForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String fingerprint, Model model, HttpServletResponse response,
			Principal principal) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, form, principal);
		}
		try {
			int number = publishing.publish(form.note(), fingerprint, Forms.actor(principal));
			return "redirect:/admin/history?published=" + number;
		}
		catch (PublishRefusedException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal", refused);
			return page(model, form, principal);
		}
	}

	private String page(Model model, PublishForm form, Principal principal) {
		DraftPreview.Overview overview = preview.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("requireFullCoverage", coverage.requireFullCoverage());
		if (overview.coverage() != null) {
			Coverage.Report report = overview.coverage().report();
			RuleSet rules = overview.coverage().rules();
			model.addAttribute("gapLines", words.lines(report.gaps(), rules));
			model.addAttribute("unreachableLines", words.unreachableLines(report.unreachable(), rules));
		}
		model.addAttribute("standard", standard.working());
		model.addAttribute("previewLanguages", preview.previewLanguages());
		model.addAttribute("you", Forms.actor(principal));
		if (!model.containsAttribute("publishForm")) {
			model.addAttribute("publishForm", form);
		}
		return "admin/preview";
	}

	@GetMapping("/preview/questionnaire")
	String questionnaire(@RequestParam(required = false) @Nullable String language, Model model) {
		java.util.Optional<Language> chosen = languages.find(language);
		model.addAttribute("sections", chosen.map(preview::questionnaire).orElseGet(preview::questionnaire));
		model.addAttribute("previewLanguage", chosen.filter(l -> !l.source()).orElse(null));
		return "admin/try";
	}

	/** Any answer set under the draft and the published version, side by side. */
	@PostMapping("/preview/compare")
	String compare(@RequestParam MultiValueMap<String, String> params, Model model) {
		Set<String> questions = new HashSet<>();
		preview.questionnaire().forEach(s -> s.questions().forEach(q -> questions.add(q.key())));
		published.current().rules().questions().forEach(q -> questions.add(q.key()));
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			if (questions.contains(key) && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
				answers.put(key, values.get(0));
			}
		});
		DraftPreview.Comparison comparison = preview.compare(answers);
		model.addAttribute("comparison", comparison);
		model.addAttribute("answers", answers);
		model.addAttribute("answerLines", comparison.sections().stream()
			.flatMap(section -> section.questions().stream())
			.map(q -> new AnswerLine(q.prompt(), answers.containsKey(q.key()) ? label(q, answers.get(q.key())) : null))
			.toList());
		model.addAttribute("caseForm", new TestCaseForm(0, "",
				comparison.draft().evaluated() ? comparison.draft().outcome() : Outcome.EXPLORE, answers));
		model.addAttribute("outcomes", Outcome.values());
		return "admin/compare";
	}

	/** A question and the label of the chosen option (null: unanswered). */
	record AnswerLine(String prompt, @Nullable String label) {
	}

	/** The label of a chosen option, for showing an answer set. */
	static String label(Question question, String option) {
		return question.option(option).map(o -> o.label()).orElse(option);
	}
}
