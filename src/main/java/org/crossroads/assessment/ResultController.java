package org.crossroads.assessment;

import org.crossroads.assessment.values.ValuesStep;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossroads.CrossroadsSettings;
import org.crossroads.language.LanguageLinks;
import org.crossroads.rules.Outcome;
import org.crossroads.site.SharedFragments;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A stored result behind its private link, its print view, and its deletion. Unknown, malformed
 * and deleted ids all answer the same 404 page, so a link reveals nothing about other results.
 * Deleting cannot be undone, so it takes a page of its own that asks first; a post without the
 * confirmation deletes nothing and leads to that page.
 */
@Controller
class ResultController {

	private final AssessmentService assessments;

	private final SharedFragments fragments;

	private final ValuesStep values;

	private final CrossroadsSettings settings;

	ResultController(AssessmentService assessments, SharedFragments fragments, ValuesStep values,
			CrossroadsSettings settings) {
		this.assessments = assessments;
		this.fragments = fragments;
		this.values = values;
		this.settings = settings;
	}

	/** Framed under {@code /embed} ({@link Surface}): the same result, its private link opening on the site. */
	@GetMapping({ "/results/{id}", CrossroadsSettings.Embed.PATH + "/results/{id}" })
	ModelAndView show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		return page(id, false, Surface.of(request, settings), request, response);
	}

	@GetMapping("/results/{id}/print")
	ModelAndView print(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		return page(id, true, Surface.SITE, request, response);
	}

	@GetMapping("/results/{id}/delete")
	ModelAndView confirmDelete(@PathVariable String id, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return assessments.find(id).map(assessment -> {
			ModelAndView view = new ModelAndView("assessment/delete");
			view.addObject("resultId", id);
			view.addObject("takenOn", java.time.LocalDate.ofInstant(assessment.createdAt().orElseThrow(),
					java.time.ZoneOffset.UTC));
			view.addObject("noindex", true);
			return view;
		}).orElseGet(ResultController::notFound);
	}

	@PostMapping("/results/{id}/delete")
	Object delete(@PathVariable String id, @RequestParam(name = "confirm", required = false) @Nullable String confirm) {
		if (!assessments.exists(id)) {
			return notFound();
		}
		if (!"yes".equals(confirm)) {
			return seeOther("/results/" + id + "/delete");
		}
		if (!assessments.delete(id)) {
			return notFound();
		}
		return seeOther("/results/deleted");
	}

	@GetMapping("/results/deleted")
	String deleted() {
		return "assessment/deleted";
	}

	private ModelAndView page(String id, boolean printView, Surface surface, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return assessments.find(id).map(assessment -> {
			String link = ResultLink.of(id, assessment.content().language(), LanguageLinks.named(request));
			ModelAndView view = new ModelAndView("assessment/result");
			ResultPage result = ResultPage.of(assessment, link, printView);
			view.addObject("result", result);
			view.addObject("stability", StabilitySection.of(assessment).orElse(null));
			view.addObject("crisisAbove", result.urgent());
			view.addObject("printView", printView);
			view.addObject("noindex", true);
			view.addObject("findingHelpHtml", findingHelp(assessment, surface));
			view.addObject("values", values.summary(assessment));
			QuestionnaireController.framed(view, surface);
			return view;
		}).orElseGet(ResultController::notFound);
	}

	/**
	 * "Finding help" depends on the result's version and outcome alone: rendered once for each, and
	 * once more framed, where its links open a new tab rather than leave the frame.
	 */
	private String findingHelp(Assessment assessment, Surface surface) {
		Outcome outcome = assessment.evaluation().outcome();
		return fragments.html("finding-help|" + assessment.content().version() + "|" + outcome
				+ (surface.framed() ? "|framed" : ""), "fragments/finding-help", "section",
				() -> Map.of("findingHelp", FindingHelp.of(assessment.content().site(), outcome), "printView", false,
						"embed", surface.framed()));
	}

	private static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	private static ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}
}
