package org.crossroads.admin.readability;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.editing.ContentReader;

/**
 * Every visitor-facing text of the draft (or, without one, the published version), hardest to read
 * first, {@link #PAGE_SIZE} to a page ({@code ?page=}, from 1; out of range shows the nearest page).
 */
@Controller
@RequestMapping("/admin/readability")
class ReadabilityController {

	static final int PAGE_SIZE = 60;

	private final ContentReader reader;

	ReadabilityController(ContentReader reader) {
		this.reader = reader;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		ContentReader.Loaded loaded = reader.working();
		List<VisitorText> texts = VisitorTexts.of(loaded.ruleSet());
		int pages = Math.max(1, (texts.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		model.addAttribute("loaded", loaded);
		model.addAttribute("texts", texts.subList((shown - 1) * PAGE_SIZE, Math.min(texts.size(), shown * PAGE_SIZE)));
		model.addAttribute("total", texts.size());
		model.addAttribute("warned", texts.stream().filter(VisitorText::warns).count());
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("target", ReadingGrade.TARGET);
		model.addAttribute("minWords", ReadingGrade.MIN_WORDS);
		return "admin/readability";
	}
}
