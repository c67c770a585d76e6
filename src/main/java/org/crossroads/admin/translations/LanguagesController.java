package org.crossroads.admin.translations;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.Forms;

import org.jspecify.annotations.Nullable;

/**
 * The languages of the site with how far the published version is translated into each, and the
 * switch that makes a language available to visitors or takes it away.
 */
@Controller
@RequestMapping("/admin/languages")
class LanguagesController {

	private final TranslationWork work;

	LanguagesController(TranslationWork work) {
		this.work = work;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", work.languageRows());
		return "admin/languages";
	}

	/** {@code live}: "true" to switch the language on for visitors, anything else to switch it off. */
	@PostMapping
	String switchLive(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String live, Model model, HttpServletResponse response,
			Principal principal) {
		boolean on = "true".equals(live);
		String changed;
		try {
			changed = work.switchLive(code, on, Forms.actor(principal)).code();
		}
		catch (TranslationRefusedException refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("refusal", refused.messageCode());
			model.addAttribute("refusedCode", code);
			model.addAttribute("gaps", refused.gaps());
			return list(model);
		}
		return "redirect:/admin/languages?" + (on ? "on=" : "off=") + changed;
	}
}
