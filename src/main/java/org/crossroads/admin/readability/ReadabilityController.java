package org.crossroads.admin.readability;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.crossroads.admin.editing.ContentReader;

/** Every visitor-facing text of the draft (or, without one, the published version), hardest to read first. */
@Controller
@RequestMapping("/admin/readability")
class ReadabilityController {

	private final ContentReader reader;

	ReadabilityController(ContentReader reader) {
		this.reader = reader;
	}

	@GetMapping
	String list(Model model) {
		ContentReader.Loaded loaded = reader.working();
		model.addAttribute("loaded", loaded);
		model.addAttribute("texts", VisitorTexts.of(loaded.ruleSet()));
		model.addAttribute("target", ReadingGrade.TARGET);
		model.addAttribute("minWords", ReadingGrade.MIN_WORDS);
		return "admin/readability";
	}
}
