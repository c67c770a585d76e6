package org.crossroads.admin;

import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.publishing.DraftPreview;
import org.crossroads.admin.publishing.VersionHistory;
import org.crossroads.admin.publishing.Drafts;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The editors' start page: where the content stands, and links to everything. */
@Controller
@RequestMapping("/admin")
class DashboardController {

	private final ContentReader reader;

	private final DraftPreview preview;

	private final VersionHistory history;

	private final Drafts drafts;

	DashboardController(ContentReader reader, DraftPreview preview, VersionHistory history, Drafts drafts) {
		this.reader = reader;
		this.preview = preview;
		this.history = history;
		this.drafts = drafts;
	}

	@GetMapping({ "", "/" })
	String dashboard(Model model) {
		model.addAttribute("loaded", reader.working());
		model.addAttribute("overview", preview.overview());
		model.addAttribute("latest", history.versions().get(0));
		return "admin/dashboard";
	}

	/** The admin menu of the account and audit pages links "Content" here: the dashboard lists it all. */
	@GetMapping("/content")
	String content() {
		return "redirect:/admin#content";
	}

	@PostMapping("/draft/discard")
	String discard(Principal principal) {
		return drafts.discard(Forms.actor(principal)) ? "redirect:/admin?discarded" : "redirect:/admin";
	}
}
