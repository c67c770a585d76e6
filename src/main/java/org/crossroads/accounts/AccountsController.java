package org.crossroads.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN only (see SecurityConfig): list accounts, create them, disable and enable them,
 * reset passwords. A generated password is shown once, in the response to the post that made it.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

	private final AccountService accounts;

	AccountsController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** One line of the list, ready to show. */
	record AccountRow(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
			boolean self) {
	}

	@GetMapping
	String list(Authentication authentication, Model model) {
		String self = Usernames.normalize(authentication.getName());
		List<AccountRow> rows = accounts.all().stream()
			.map(a -> new AccountRow(a.getId(), a.getUsername(), a.getRole(), a.isEnabled(), a.isMustChangePassword(),
					a.getUsername().equals(self)))
			.toList();
		model.addAttribute("accounts", rows);
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newAccount(@ModelAttribute("accountForm") NewAccountForm form, Model model) {
		model.addAttribute("roles", Role.values());
		return "admin/accounts-new";
	}

	@PostMapping
	String create(@ModelAttribute("accountForm") NewAccountForm form, BindingResult errors, Authentication authentication,
			Model model, HttpServletResponse response) {
		if (!errors.hasFieldErrors("role") && form.getRole() == null) {
			errors.rejectValue("role", "accounts.role.required");
		}
		if (!Usernames.isValid(Usernames.normalize(form.getUsername()))) {
			errors.rejectValue("username", AccountService.Refusal.USERNAME_INVALID.messageCode);
		}
		if (!errors.hasErrors()) {
			try {
				return showOnce(accounts.create(authentication.getName(), form.getUsername(), form.getRole()), "created",
						model);
			}
			catch (AccountService.RefusedException refused) {
				errors.rejectValue("username", refused.refusal().messageCode);
			}
		}
		model.addAttribute("roles", Role.values());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/accounts-new";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return setEnabled(id, false, authentication, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return setEnabled(id, true, authentication, redirect);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			return showOnce(accounts.resetPassword(authentication.getName(), id), "reset", model);
		}
		catch (AccountService.RefusedException refused) {
			redirect.addFlashAttribute("problem", refused.refusal().messageCode);
			return "redirect:/admin/accounts";
		}
	}

	private String setEnabled(long id, boolean enabled, Authentication authentication, RedirectAttributes redirect) {
		try {
			Account account = accounts.setEnabled(authentication.getName(), id, enabled);
			redirect.addFlashAttribute("notice", enabled ? "accounts.notice.enabled" : "accounts.notice.disabled");
			redirect.addFlashAttribute("noticeUsername", account.getUsername());
		}
		catch (AccountService.RefusedException refused) {
			redirect.addFlashAttribute("problem", refused.refusal().messageCode);
		}
		return "redirect:/admin/accounts";
	}

	private String showOnce(AccountService.IssuedPassword issued, String why, Model model) {
		model.addAttribute("issued", issued);
		model.addAttribute("why", why);
		return "admin/accounts-password";
	}

	@ExceptionHandler({ AccountService.AccountNotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "admin/accounts-not-found";
	}
}
