package org.crossroads.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every signed-in person changes their own password here; the current one is required. */
@Controller
@RequestMapping(PasswordPolicy.CHANGE_PAGE)
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("mustChange")
	boolean mustChange(Authentication authentication) {
		return accounts.findByUsername(authentication.getName()).map(Account::isMustChangePassword).orElse(false);
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping
	String form(@ModelAttribute("passwordForm") PasswordForm form) {
		return "admin/password";
	}

	@PostMapping
	String change(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "security.password.current-required");
		}
		PasswordPolicy.problem(authentication.getName(), form.getNewPassword())
			.ifPresent(code -> errors.rejectValue("newPassword", code, new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getRepeatPassword())) {
			errors.rejectValue("repeatPassword", "security.password.repeat-differs");
		}
		if (!errors.hasErrors()) {
			switch (accounts.changeOwnPassword(authentication.getName(), form.getCurrentPassword(), form.getNewPassword())) {
				case CHANGED -> {
					// a session that outlived a password change gets a new id as well
					request.changeSessionId();
					return "redirect:" + PasswordPolicy.CHANGE_PAGE + "?changed";
				}
				case WRONG_CURRENT -> errors.rejectValue("currentPassword", "security.password.current-wrong");
				case SAME_AS_CURRENT -> errors.rejectValue("newPassword", "security.password.same-as-current");
				case NO_SUCH_ACCOUNT -> errors.reject("security.password.no-account");
			}
		}
		// refused: the form again with its messages, as a client error like every refused admin form
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/password";
	}
}
