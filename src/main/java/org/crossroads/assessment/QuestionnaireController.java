package org.crossroads.assessment;

import org.crossroads.CrossroadsSettings;
import org.crossroads.throttling.Throttles;
import org.crossroads.throttling.TooManyRequestsException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
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
 * a repeated field, a version that is no number) is a 400 page with an inline message and stores
 * nothing; an unknown or expired draft is a 404 page that offers to start again. A draft finished a
 * moment ago leads to its result: a post (a second tap on Finish) is sent there, a step page (Back
 * from the result) links to it. Each form names the published version it was rendered with and each
 * draft the version it was started under, so a publish between two steps, or a node that has not
 * picked up a publish yet, never turns a page of ours into a refusal: the questionnaire goes on under
 * the draft's version, or, when that one is gone, under the version of now with a note that the
 * questions changed. Storing the result takes a token of the client's results bucket
 * ({@link Throttles}); without one the last step answers 429 with a note to wait, the answers kept
 * in the draft, so choosing Finish again later stores the result.
 */
@Controller
class QuestionnaireController {

	private static final String VIEW = "assessment/step";

	private final PublishedContent published;

	private final QuestionnaireDrafts drafts;

	private final Throttles throttles;

	private final CrossroadsSettings settings;

	QuestionnaireController(PublishedContent published, QuestionnaireDrafts drafts, Throttles throttles,
			CrossroadsSettings settings) {
		this.published = published;
		this.drafts = drafts;
		this.throttles = throttles;
		this.settings = settings;
	}

	/**
	 * A fresh id and nothing stored: the first post makes the draft. {@code /embed} starts the same
	 * questionnaire framed ({@link Surface}): its steps and result stay under {@code /embed}.
	 */
	@GetMapping({ "/assessment", CrossroadsSettings.Embed.PATH })
	RedirectView start(HttpServletRequest request) {
		return seeOther(Surface.of(request, settings).step(ResultIds.next(), 1));
	}

	@GetMapping({ "/assessment/{id}/{step}", CrossroadsSettings.Embed.PATH + "/assessment/{id}/{step}" })
	ModelAndView show(@PathVariable String id, @PathVariable String step, HttpServletRequest request,
			HttpServletResponse response) {
		Surface surface = Surface.of(request, settings);
		noStore(response);
		if (!ResultIds.wellFormed(id)) {
			return gone(surface);
		}
		QuestionnaireDrafts.Found found = drafts.find(id);
		QuestionnaireDrafts.Live live = found instanceof QuestionnaireDrafts.Live l ? l : null;
		Optional<ContentSnapshot> draftVersion = live == null ? Optional.empty() : draftVersion(live);
		ContentSnapshot content = draftVersion.orElseGet(published::current);
		RuleSet rules = content.rules();
		OptionalInt number = QuestionnaireSubmission.parseStep(step, rules.sections().size());
		if (number.isEmpty()) {
			return gone(surface);
		}
		int n = number.getAsInt();
		if (live != null) {
			// under the draft's version; when that is gone, under the version of now, dropping what no longer exists
			AnswerSheet answers = rules.readPartial(live.answers()).sheet();
			Integer checked = live.checkedStep();
			Map<String, String> errors = checked != null && checked == n
					? errors(rules.sections().get(n - 1).unanswered(answers)) : Map.of();
			boolean changed = live.questionsChanged() || (live.ruleSetVersion() != null && draftVersion.isEmpty());
			return step(surface, content, id, n, answers, errors, false, changed, HttpStatus.OK);
		}
		if (found instanceof QuestionnaireDrafts.Finished finished) {
			return finished(surface, finished.resultId());
		}
		if (found instanceof QuestionnaireDrafts.Absent && n == 1) {
			return step(surface, content, id, 1, rules.readPartial(Map.of()).sheet(), Map.of(), false, false,
					HttpStatus.OK);
		}
		return gone(surface);
	}

	// what our form sends; anything else is no page of ours (415)
	@PostMapping(path = { "/assessment/{id}/{step}", CrossroadsSettings.Embed.PATH + "/assessment/{id}/{step}" },
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Object submit(@PathVariable String id, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, HttpServletResponse response) {
		Surface surface = Surface.of(request, settings);
		if (!ResultIds.wellFormed(id)) {
			noStore(response);
			return gone(surface);
		}
		QuestionnaireDrafts.Found found = drafts.find(id);
		if (found instanceof QuestionnaireDrafts.Finished finished) {
			return seeOther(surface.result(finished.resultId()));
		}
		QuestionnaireDrafts.Live live = found instanceof QuestionnaireDrafts.Live l ? l : null;
		// one version answers the whole request, the stored result included
		Reading reading = reading(live, QuestionnaireSubmission.claimedVersion(params));
		ContentSnapshot content = reading.content();
		RuleSet rules = content.rules();
		QuestionnaireSubmission form = QuestionnaireSubmission.read(params, reading.form().rules(), step);
		// a form of a version gone since (or never published) is read under the one it goes on with:
		// what it names that is not there is what changed, not tampering
		boolean invalid = reading.formUnknown() ? form.tampered() : form.invalid();
		if (live == null && form.step() != 1 && !invalid) {
			// the draft is gone: its page says so, rather than a later step starting without the earlier ones
			return seeOther(surface.step(id, form.step()));
		}
		Map<String, String> saved = live != null ? live.answers() : Map.of();
		int at = Math.min(form.step(), rules.sections().size());
		AnswerSheet answers = merge(rules, rules.readPartial(saved).sheet(),
				reading.form().rules().sections().get(form.step() - 1), form.answers());
		if (invalid) {
			noStore(response);
			Map<String, String> errors = new LinkedHashMap<>();
			form.unknownOptionKeys().forEach(k -> errors.put(k, StepPage.UNKNOWN_OPTION));
			return step(surface, content, id, at, answers, errors, true, reading.changed(), HttpStatus.BAD_REQUEST);
		}
		if (reading.changed()) {
			// the visitor answered other questions than those of the version they go on with: before
			// any step or result, they see this step again as it is now, with a note saying so
			save(id, answers.answers(), null, content.version(), true);
			return seeOther(surface.step(id, at));
		}
		if (form.action() == QuestionnaireSubmission.Action.BACK) {
			save(id, answers.answers(), null, content.version(), false);
			return seeOther(surface.step(id, form.step() - 1));
		}
		List<AnswerProblem> problems = rules.sections().get(form.step() - 1).unanswered(answers);
		if (!problems.isEmpty()) {
			save(id, answers.answers(), form.step(), content.version(), false);
			return seeOther(surface.step(id, form.step()));
		}
		if (form.action() == QuestionnaireSubmission.Action.NEXT) {
			save(id, answers.answers(), null, content.version(), false);
			return seeOther(surface.step(id, form.step() + 1));
		}
		// an earlier step's answer can be missing after the version changed under the draft: show that step
		for (int i = 0; i < rules.sections().size(); i++) {
			if (!rules.sections().get(i).unanswered(answers).isEmpty()) {
				save(id, answers.answers(), i + 1, content.version(), false);
				return seeOther(surface.step(id, i + 1));
			}
		}
		Throttles.Token token;
		try {
			token = throttles.takeResult(request);
		}
		catch (TooManyRequestsException refused) {
			save(id, answers.answers(), null, content.version(), false);
			noStore(response);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
			ModelAndView view = step(surface, content, id, form.step(), answers, Map.of(), false, false,
					HttpStatus.TOO_MANY_REQUESTS);
			view.addObject("retryAfterMinutes", Long.toString((refused.retryAfterSeconds() + 59) / 60));
			return view;
		}
		try {
			return seeOther(surface.result(drafts.finish(id, content, answers.answers())));
		}
		catch (RuntimeException notStored) {
			token.giveBack();
			throw notStored;
		}
	}

	/**
	 * The versions a post is read under. {@code content}: the draft's version, so a questionnaire
	 * started before a publish finishes under the questions it started with; without a draft (the
	 * first post) the version the form was rendered with, which a node that has not picked up a
	 * publish yet loads from the database; failing both, the version of now. {@code form}: the
	 * version the page was of, to read the post strictly; {@code content} when the form names a
	 * version not known here ({@code formUnknown}). Changed: the visitor answered other questions than
	 * those of {@code content}, and is to see them as they are now.
	 */
	private record Reading(ContentSnapshot content, ContentSnapshot form, boolean formUnknown) {

		boolean changed() {
			return formUnknown || form.version() != content.version();
		}
	}

	private Reading reading(QuestionnaireDrafts.@Nullable Live live, OptionalInt claimed) {
		Optional<ContentSnapshot> form = claimed.isPresent() ? published.version(claimed.getAsInt()) : Optional.empty();
		Optional<ContentSnapshot> draft = live == null ? Optional.empty() : draftVersion(live);
		// a draft whose version is gone goes on under the version of now, as its page showed
		ContentSnapshot content = live != null && live.ruleSetVersion() != null
				? draft.orElseGet(published::current)
				: form.orElseGet(published::current);
		return new Reading(content, form.orElse(content), claimed.isPresent() && form.isEmpty());
	}

	private Optional<ContentSnapshot> draftVersion(QuestionnaireDrafts.Live live) {
		Integer version = live.ruleSetVersion();
		return version == null ? Optional.empty() : published.version(version);
	}

	/** Two first posts at once (a double click) both make the draft: the loser updates the winner's row. */
	private void save(String id, Map<String, String> answers, @Nullable Integer checkedStep, int version,
			boolean questionsChanged) {
		try {
			drafts.save(id, answers, checkedStep, version, questionsChanged);
		}
		catch (DataIntegrityViolationException raced) {
			drafts.save(id, answers, checkedStep, version, questionsChanged);
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

	private static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	private static ModelAndView finished(Surface surface, String resultId) {
		ModelAndView view = new ModelAndView("assessment/draft-finished", HttpStatus.OK);
		view.addObject("resultPath", surface.result(resultId));
		framed(view, surface);
		return view;
	}

	private ModelAndView gone(Surface surface) {
		ModelAndView view = new ModelAndView("assessment/draft-gone", HttpStatus.NOT_FOUND);
		framed(view, surface);
		long minutes = drafts.lifetime().toMinutes();
		view.addObject("lifetimeInHours", minutes % 60 == 0);
		view.addObject("lifetimeAmount", minutes % 60 == 0 ? minutes / 60 : minutes);
		return view;
	}

	// the page holds sensitive answers: keep it out of shared caches and history caches
	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static ModelAndView step(Surface surface, ContentSnapshot content, String id, int number,
			AnswerSheet answers, Map<String, String> errors, boolean inputRejected, boolean questionsChanged,
			HttpStatus status) {
		RuleSet rules = content.rules();
		StepPage page = new StepPage(number, rules.sections().size(), rules.sections().get(number - 1),
				answers.answers(), errors, inputRejected, RulesEngine.needsUrgentSupport(rules, answers),
				surface.step(id, number), content.version(), questionsChanged);
		ModelAndView view = new ModelAndView(VIEW, status);
		view.addObject("page", page);
		view.addObject("crisisAbove", page.crisis());
		framed(view, surface);
		return view;
	}

	/** Framed: the lean layout, and "start again" where the framed questionnaire starts. */
	static void framed(ModelAndView view, Surface surface) {
		view.addObject("embed", surface.framed());
		view.addObject("startPath", surface.start());
	}
}
