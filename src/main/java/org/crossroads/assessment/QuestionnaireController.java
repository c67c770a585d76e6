package org.crossroads.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.crossroads.rules.AnswerProblem;
import org.crossroads.rules.AnswerSheet;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.RulesEngine;

/**
 * The questionnaire, one section per step. Answers travel in the form (hidden fields for the
 * other steps), so there is no session and no cookie. Statuses: a step page is 200, also when
 * it asks again for a missing answer (that is the conversation going on); input no page of ours
 * could send (unknown question or option, a bad step) is 400 with an inline message; finishing
 * stores the result and answers 303 to its page.
 */
@Controller
@RequestMapping("/assessment")
class QuestionnaireController {

	private static final String VIEW = "assessment/step";

	private final PublishedContent published;

	private final AssessmentService assessments;

	QuestionnaireController(PublishedContent published, AssessmentService assessments) {
		this.published = published;
		this.assessments = assessments;
	}

	@GetMapping
	ModelAndView start(HttpServletResponse response) {
		RuleSet rules = published.current().rules();
		return step(rules, 1, rules.readPartial(Map.of()).sheet(), Map.of(), false, HttpStatus.OK, response);
	}

	@PostMapping
	Object submit(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) {
		// one version answers the whole request, the stored result included
		ContentSnapshot content = published.current();
		RuleSet rules = content.rules();
		QuestionnaireSubmission form = QuestionnaireSubmission.read(params, rules);
		AnswerSheet answers = form.answers();
		if (form.invalid()) {
			Map<String, String> errors = new LinkedHashMap<>();
			form.unknownOptionKeys().forEach(k -> errors.put(k, StepPage.UNKNOWN_OPTION));
			return step(rules, form.step(), answers, errors, true, HttpStatus.BAD_REQUEST, response);
		}
		if (form.action() == QuestionnaireSubmission.Action.BACK) {
			return step(rules, form.step() - 1, answers, Map.of(), false, HttpStatus.OK, response);
		}
		List<AnswerProblem> problems = rules.sections().get(form.step() - 1).unanswered(answers);
		if (!problems.isEmpty()) {
			return step(rules, form.step(), answers, errors(problems), false, HttpStatus.OK, response);
		}
		if (form.action() == QuestionnaireSubmission.Action.NEXT) {
			return step(rules, form.step() + 1, answers, Map.of(), false, HttpStatus.OK, response);
		}
		// an earlier step's answer can be missing when a hidden field was lost: show that step
		for (int i = 0; i < rules.sections().size(); i++) {
			List<AnswerProblem> earlier = rules.sections().get(i).unanswered(answers);
			if (!earlier.isEmpty()) {
				return step(rules, i + 1, answers, errors(earlier), false, HttpStatus.OK, response);
			}
		}
		String id = assessments.complete(content, answers.answers()).id().orElseThrow();
		RedirectView redirect = new RedirectView("/results/" + id, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	private static Map<String, String> errors(List<AnswerProblem> unanswered) {
		Map<String, String> errors = new LinkedHashMap<>();
		unanswered.forEach(p -> errors.put(p.questionKey(), StepPage.MISSING));
		return errors;
	}

	private static ModelAndView step(RuleSet rules, int number, AnswerSheet answers,
			Map<String, String> errors, boolean inputRejected, HttpStatus status, HttpServletResponse response) {
		// the page holds sensitive answers: keep it out of shared caches and history caches
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		StepPage page = new StepPage(number, rules.sections().size(), rules.sections().get(number - 1),
				answers.answers(), errors, inputRejected, RulesEngine.needsUrgentSupport(rules, answers));
		ModelAndView view = new ModelAndView(VIEW, status);
		view.addObject("page", page);
		return view;
	}
}
