package org.crossroads.site;

import org.crossroads.ruleset.published.PublishedContent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The visitor pages that only show published content: home, the comparison, about, privacy. */
@Controller
class ContentPagesController {

	private final PublishedContent published;

	ContentPagesController(PublishedContent published) {
		this.published = published;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("questionCount", published.current().rules().questions().size());
		model.addAttribute("stepCount", published.current().rules().sections().size());
		return "content/home";
	}

	@GetMapping("/compare")
	String compare(Model model) {
		model.addAttribute("site", published.current().site());
		return "content/compare";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("site", published.current().site());
		return "content/about";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "content/privacy";
	}
}
