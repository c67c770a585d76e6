package org.crossroads.assessment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.crossroads.site.SharedPage;

/**
 * Step 1 of a questionnaire not started yet is the same page for everyone but for the draft id in
 * its form's address: a shared page, with the id spliced in. Once the id has a row (answers, or a
 * finished or expired questionnaire) the step is rendered as usual.
 */
@Component
class FirstStep implements SharedPage {

	private static final Pattern PATH = Pattern.compile("/assessment/([^/]+)/1");

	private final QuestionnaireDrafts drafts;

	FirstStep(QuestionnaireDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public Optional<Match> match(HttpServletRequest request) {
		Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!path.matches() || !SharedPage.sharedQuery(request) || !drafts.unstarted(path.group(1))) {
			return Optional.empty();
		}
		return Optional.of(new Match("assessment-step-1", path.group(1)));
	}
}
