package org.crossroads.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;

import org.jspecify.annotations.Nullable;

/**
 * What cannot be undone takes two posts: removing a criterion, condition, question, option, test
 * case or list item, discarding the draft, disabling an account. A post of one of these actions
 * without {@code confirmed=yes} is mapped here (the params condition makes this mapping the more
 * specific one) and answered with a page of its own that asks; its form posts the same action
 * again, confirmed, and only that post reaches the action's controller. No JavaScript involved.
 */
@Controller
class RemovalConfirmation {

	/** The kinds of action that ask first, each with the page to go back to when the editor cancels. */
	enum Kind {

		CONDITION("/admin/criteria/(\\d+)/conditions/\\d+/remove", "/admin/criteria/$1"),
		OPTION("/admin/questions/(\\d+)/options/\\d+/remove", "/admin/questions/$1"),
		CRITERION("/admin/criteria/(\\d+)/remove", "/admin/criteria/$1"),
		QUESTION("/admin/questions/(\\d+)/remove", "/admin/questions/$1"),
		TEST_CASE("/admin/test-cases/(\\d+)/remove", "/admin/test-cases/$1"),
		ITEM("/admin/(comparison-rows|content-items|crisis-resources)/(\\d+)/remove", "/admin/$1/$2"),
		DRAFT("/admin/draft/discard", "/admin"),
		ACCOUNT("/admin/accounts/\\d+/disable", "/admin/accounts");

		private final Pattern path;

		private final String back;

		Kind(String path, String back) {
			this.path = Pattern.compile(path);
			this.back = back;
		}

		/** The start of the message keys of its page: admin.confirm.condition.title and so on. */
		String messages() {
			return "admin.confirm." + name().toLowerCase().replace('_', '-');
		}

		static @Nullable Asked of(String path) {
			for (Kind kind : values()) {
				Matcher matcher = kind.path.matcher(path);
				if (matcher.matches()) {
					return new Asked(kind, path, matcher.replaceFirst(kind.back));
				}
			}
			return null;
		}
	}

	/** One action to confirm: where its form posts, and where "cancel" goes. */
	record Asked(Kind kind, String action, String back) {
	}

	/** The same paths as the actions' own mappings (a path pattern less specific would lose to theirs). */
	@PostMapping(path = { "/admin/criteria/{id}/conditions/{index}/remove", "/admin/questions/{id}/options/{index}/remove",
			"/admin/criteria/{id}/remove", "/admin/questions/{id}/remove", "/admin/test-cases/{id}/remove",
			"/admin/comparison-rows/{id}/remove", "/admin/content-items/{id}/remove", "/admin/crisis-resources/{id}/remove",
			"/admin/draft/discard", "/admin/accounts/{id}/disable" }, params = "confirmed!=yes")
	String ask(HttpServletRequest request, HttpServletResponse response, Model model) {
		Asked asked = Kind.of(request.getRequestURI().substring(request.getContextPath().length()));
		if (asked == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "error/404"; // an id that is no number: the action itself would not be found either
		}
		model.addAttribute("asked", asked);
		model.addAttribute("confirmKeys", asked.kind().messages());
		model.addAttribute("lockVersion", request.getParameter("lockVersion"));
		return "admin/confirm";
	}
}
