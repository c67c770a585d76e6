package org.crossroads.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post, sign-out and the messages' query flags. */
@Controller
class SignInController {

	@GetMapping(SecurityConfig.SIGN_IN)
	String signIn() {
		return "admin/sign-in";
	}
}
