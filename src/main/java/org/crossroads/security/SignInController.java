package org.crossroads.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form post, sign-out and the messages' query flags.
 * A throttled post is shown this page too ({@link SignInFailureHandler}), with how long to wait.
 */
@Controller
class SignInController {

	/** Request attribute: the seconds a throttled sign-in must wait (status and header are set already). */
	static final String RETRY_AFTER = SignInController.class.getName() + ".retryAfter";

	@GetMapping(SecurityConfig.SIGN_IN)
	String signIn(HttpServletRequest request, Model model) {
		if (request.getAttribute(RETRY_AFTER) instanceof Long seconds) {
			model.addAttribute("retryAfter", Long.toString(seconds));
		}
		return "admin/sign-in";
	}
}
