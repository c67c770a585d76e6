package org.crossroads.security;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A visitor-side page with a Thymeleaf form, present only in {@link SecurityIntegrationTest}
 * contexts (@TestComponent keeps component scanning from adding it elsewhere): it shows that forms outside /admin get no CSRF field and so cause no session.
 */
@TestComponent
@Controller
class VisitorFormProbe {

	static final String PATH = "/security-probe/visitor-form";

	@GetMapping(PATH)
	String form() {
		return "security-probe/visitor-form";
	}

	@PostMapping(PATH)
	String submit() {
		return "security-probe/visitor-form";
	}
}
