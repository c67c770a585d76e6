package org.crossroads.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
import org.crossroads.rules.Section;

import org.jspecify.annotations.Nullable;

/**
 * The questionnaire, one section per step, as post/redirect/get over a draft: every step is a
 * GET of {@code /assessment/{draft}/{step}} and every post answers 303, so the browser's history
 * holds only GETs and Back or Forward never resubmits a form. The draft id is the only thing in
 * the address; the answers stay in the draft. Statuses: a step page is 200, also when it points
 * out missing answers; input no page of ours could send (unknown question or option, a bad step,
 * a repeated field) is a 400 page with an inline message and stores nothing; an unknown or expired
 * draft is a 404 page that offers to start again. A draft finished a moment ago leads to its result:
 * a post (a second tap on Finish) is sent there, a step page (Back from the result) links to it.
 */
@Controller
@RequestMapping("/assessment")
class QuestionnaireController {

	private static final String VIEW = "assessment/step";

	private final PublishedContent published;

	private final QuestionnaireDrafts drafts;

	QuestionnaireController(PublishedContent published, QuestionnaireDrafts drafts) {
		this.published = published;
		this.drafts = drafts;
	}

	/** A fresh id and nothing stored: the first post makes the draft. */
	@GetMapping
	RedirectView start() {
		return seeOther("/assessment/" + ResultIds.next() + "/1");
	}

	@GetMapping("/{id}/{step}")
	ModelAndView show(@PathVariable String id, @PathVariable String step, HttpServletResponse response) {
		noStore(response);
		RuleSet rules = published.current().rules();
		OptionalInt number = QuestionnaireSubmission.parseStep(step, rules.sections().size());
		if (!ResultIds.wellFormed(id) || number.isEmpty()) {
			return gone();
		}
		int n = number.getAsInt();
		QuestionnaireDrafts.Found found = drafts.find(id);
		if (found instanceof QuestionnaireDrafts.Live live) {
			// re-read under the rules of now: a publish since the last step drops what no longer exists
			AnswerSheet answers = rules.readPartial(live.answers()).sheet();
			Integer checked = live.checkedStep();
			Map<String, String> errors = checked != null && checked == n
					? errors(rules.sections().get(n - 1).unanswered(answers)) : Map.of();
			return step(rules, id, n, answers, errors, false, HttpStatus.OK);
		}
		if (found instanceof QuestionnaireDrafts.Finished finished) {
			return finished(finished.resultId());
		}
		if (found instanceof QuestionnaireDrafts.Absent && n == 1) {
			return step(rules, id, 1, rules.readPartial(Map.of()).sheet(), Map.of(), false, HttpStatus.OK);
		}
		return gone();
	}

	// what our form sends; anything else is no page of ours (415)
	@PostMapping(path = "/{id}/{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Object submit(@PathVariable String id, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) {
		if (!ResultIds.wellFormed(id)) {
			noStore(response);
			return gone();
		}
		// one version answers the whole request, the stored result included
		ContentSnapshot content = published.current();
		RuleSet rules = content.rules();
		QuestionnaireSubmission form = QuestionnaireSubmission.read(params, rules, step);
		QuestionnaireDrafts.Found found = drafts.find(id);
		if (found instanceof QuestionnaireDrafts.Finished finished) {
			return seeOther(result(finished.resultId()));
		}
		if (!(found instanceof QuestionnaireDrafts.Live) && form.step() != 1 && !form.invalid()) {
			// the draft is gone: its page says so, rather than a later step starting without the earlier ones
			return seeOther(path(id, form.step()));
		}
		Map<String, String> saved = found instanceof QuestionnaireDrafts.Live live ? live.answers() : Map.of();
		AnswerSheet answers = merge(rules, rules.readPartial(saved).sheet(), rules.sections().get(form.step() - 1),
				form.answers());
		if (form.invalid()) {
			noStore(response);
			Map<String, String> errors = new LinkedHashMap<>();
			form.unknownOptionKeys().forEach(k -> errors.put(k, StepPage.UNKNOWN_OPTION));
			return step(rules, id, form.step(), answers, errors, true, HttpStatus.BAD_REQUEST);
		}
		if (form.action() == QuestionnaireSubmission.Action.BACK) {
			save(id, answers.answers(), null);
			return seeOther(path(id, form.step() - 1));
		}
		List<AnswerProblem> problems = rules.sections().get(form.step() - 1).unanswered(answers);
		if (!problems.isEmpty()) {
			save(id, answers.answers(), form.step());
			return seeOther(path(id, form.step()));
		}
		if (form.action() == QuestionnaireSubmission.Action.NEXT) {
			save(id, answers.answers(), null);
			return seeOther(path(id, form.step() + 1));
		}
		// an earlier step's answer can be missing after a publish added a question: show that step
		for (int i = 0; i < rules.sections().size(); i++) {
			if (!rules.sections().get(i).unanswered(answers).isEmpty()) {
				save(id, answers.answers(), i + 1);
				return seeOther(path(id, i + 1));
			}
		}
		return seeOther(result(drafts.finish(id, content, answers.answers())));
	}

	/** Two first posts at once (a double click) both make the draft: the loser updates the winner's row. */
	private void save(String id, Map<String, String> answers, @Nullable Integer checkedStep) {
		try {
			drafts.save(id, answers, checkedStep);
		}
		catch (DataIntegrityViolationException raced) {
			drafts.save(id, answers, checkedStep);
		}
	}

	/** This step's form is the truth for its questions; the draft keeps the others. */
	private static AnswerSheet merge(RuleSet rules, AnswerSheet saved, Section section, AnswerSheet given) {
		Map<String, String> merged = new LinkedHashMap<>(saved.answers());
		section.questions().forEach(q -> merged.remove(q.key()));
		merged.putAll(given.answers());
		return rules.readPartial(merged).sheet();
	}

	private static Map<String, String> errors(List<AnswerProblem> unanswered) {
		Map<String, String> errors = new LinkedHashMap<>();
		unanswered.forEach(p -> errors.put(p.questionKey(), StepPage.MISSING));
		return errors;
	}

	private static String result(String resultId) {
		return "/results/" + resultId;
	}

	private static String path(String id, int step) {
		return "/assessment/" + id + "/" + step;
	}

	private static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	private static ModelAndView finished(String resultId) {
		ModelAndView view = new ModelAndView("assessment/draft-finished", HttpStatus.OK);
		view.addObject("resultPath", result(resultId));
		return view;
	}

	private ModelAndView gone() {
		ModelAndView view = new ModelAndView("assessment/draft-gone", HttpStatus.NOT_FOUND);
		long minutes = drafts.lifetime().toMinutes();
		view.addObject("lifetimeInHours", minutes % 60 == 0);
		view.addObject("lifetimeAmount", minutes % 60 == 0 ? minutes / 60 : minutes);
		return view;
	}

	// the page holds sensitive answers: keep it out of shared caches and history caches
	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static ModelAndView step(RuleSet rules, String id, int number, AnswerSheet answers,
			Map<String, String> errors, boolean inputRejected, HttpStatus status) {
		StepPage page = new StepPage(number, rules.sections().size(), rules.sections().get(number - 1),
				answers.answers(), errors, inputRejected, RulesEngine.needsUrgentSupport(rules, answers),
				path(id, number));
		ModelAndView view = new ModelAndView(VIEW, status);
		view.addObject("page", page);
		view.addObject("crisisAbove", page.crisis());
		return view;
	}
}
