package org.crossroads.assessment.values;

import org.crossroads.assessment.AssessmentService;
import org.crossroads.assessment.Assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import org.crossroads.ruleset.published.SiteContent.ValueStatement;

/**
 * The optional "What matters to you" page of a stored result, behind the result's private link (the
 * link is the capability: no session, no cookie, no token). Ratings post as {@code rating.<statement key>},
 * SURE answers as {@code sure.<item key>} = yes or no. Skipping is a link back to the result. Not offered
 * for an urgent result: its pages answer 404, as for an unknown result.
 */
@Controller
class ValuesController {

	static final String RATING = "rating.";

	static final String SURE = "sure.";

	private final AssessmentService assessments;

	private final ValuesStep step;

	ValuesController(AssessmentService assessments, ValuesStep step) {
		this.assessments = assessments;
		this.step = step;
	}

	@GetMapping("/results/{id}/values")
	ModelAndView form(@PathVariable String id, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return assessments.find(id).filter(ValuesStep::offered).map(assessment -> {
			Map<String, String> ratings = new LinkedHashMap<>();
			Map<String, String> sure = new LinkedHashMap<>();
			step.find(id).ifPresent(given -> {
				given.ratings().forEach((key, rating) -> ratings.put(key, rating.key()));
				given.sure().forEach((item, yes) -> sure.put(item.key(), yes ? "yes" : "no"));
			});
			return page(id, assessment, ratings, sure, Set.of(), false);
		}).orElseGet(ValuesController::notFound);
	}

	/** The page's language, in the address the form posts to: the language module reads it. */
	private static final String LANGUAGE = "lang";

	@PostMapping("/results/{id}/values")
	Object answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Assessment assessment = assessments.find(id).filter(ValuesStep::offered).orElse(null);
		if (assessment == null) {
			return notFound();
		}
		Map<String, String> ratings = new LinkedHashMap<>();
		Map<String, String> sure = new LinkedHashMap<>();
		boolean tampered = false;
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			String name = param.getKey();
			if (name.equals(LANGUAGE)) {
				continue;
			}
			Map<String, String> into = name.startsWith(RATING) ? ratings : name.startsWith(SURE) ? sure : null;
			if (into == null || param.getValue().size() != 1) {
				tampered = true;
				continue;
			}
			into.put(name.substring(name.startsWith(RATING) ? RATING.length() : SURE.length()), param.getValue().get(0));
		}
		if (tampered) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, assessment, ratings, sure, Set.of(), true);
		}
		try {
			step.answer(assessment, ratings, sure);
		}
		catch (ValuesStep.ResultGoneException gone) {
			return notFound();
		}
		catch (ValuesAnswers.InvalidValuesException invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Set<String> missing = invalid.problems().stream()
				.filter(p -> p.kind() == ValuesAnswers.Problem.Kind.MISSING_SURE_ANSWER)
				.map(ValuesAnswers.Problem::key)
				.collect(Collectors.toSet());
			return page(id, assessment, ratings, sure, missing, !invalid.onlyMissing());
		}
		RedirectView redirect = new RedirectView("/results/" + id + "#values", true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	private static ModelAndView page(String id, Assessment assessment, Map<String, String> ratings, Map<String, String> sure,
			Set<String> missing, boolean rejected) {
		ModelAndView view = new ModelAndView("assessment/values");
		view.addObject("form", new Form(id, ValuesStep.statements(assessment), ratings, sure, missing, rejected));
		view.addObject("noindex", true);
		return view;
	}

	private static ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * The form as shown: the statements of the result's version, what is chosen, the SURE items left
	 * unanswered ({@code missing}), and whether part of the post could not be read ({@code rejected}).
	 */
	record Form(String resultId, List<ValueStatement> statements, Map<String, String> ratings, Map<String, String> sure,
			Set<String> missing, boolean rejected) {

		public List<ValueRating> scale() {
			return List.of(ValueRating.values());
		}

		public List<SureItem> sureItems() {
			return List.of(SureItem.values());
		}

		public boolean rated(String statement, ValueRating rating) {
			return rating.key().equals(ratings.get(statement));
		}

		public boolean answered(SureItem item, String answer) {
			return answer.equals(sure.get(item.key()));
		}

		public boolean missing(SureItem item) {
			return missing.contains(item.key());
		}

		public boolean hasErrors() {
			return rejected || !missing.isEmpty();
		}

		/** The unanswered items in their order, for the error summary. */
		public List<SureItem> missingItems() {
			return sureItems().stream().filter(this::missing).toList();
		}
	}
}
