package org.crossroads.admin.publishing;

import org.crossroads.admin.Forms;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Published versions: who published what and when, the difference between two, and restoring an old one. */
@Controller
@RequestMapping("/admin/history")
class HistoryController {

	private final VersionHistory history;

	private final Publishing publishing;

	HistoryController(VersionHistory history, Publishing publishing) {
		this.history = history;
		this.publishing = publishing;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("versions", history.versions());
		if (!model.containsAttribute("restoreForm")) {
			model.addAttribute("restoreForm", new RestoreForm(""));
		}
		return "admin/history";
	}

	@GetMapping("/diff")
	String diff(@RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("changes", history.diff(from, to));
		model.addAttribute("versions", history.versions());
		return "admin/diff";
	}

	@PostMapping("/{number}/restore")
	String restore(@PathVariable int number, @Valid @ModelAttribute("restoreForm") RestoreForm form,
			BindingResult errors, Model model, HttpServletResponse response, Principal principal) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("restoreFailed", number);
			return list(model);
		}
		try {
			Publishing.Restored restored = publishing.restore(number, form.note(), Forms.actor(principal));
			return restored.drafted() ? "redirect:/admin/preview?restoredDraft=" + restored.number() + "#safety"
					: "redirect:/admin/history?restored=" + restored.number();
		}
		catch (PublishRefusedException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal", refused);
			model.addAttribute("restoreFailed", number);
			return list(model);
		}
	}
}
