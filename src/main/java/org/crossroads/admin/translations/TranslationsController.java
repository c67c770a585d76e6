package org.crossroads.admin.translations;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.crossroads.NoControlCharacters;
import org.crossroads.admin.Forms;
import org.crossroads.language.Language;

import org.jspecify.annotations.Nullable;

/**
 * Every text of the draft (or the latest version, without a draft) in one language with how it stands,
 * {@code ?language=} (the first other language by default) and {@code ?filter=needs-work} (outdated and
 * missing only); a form beside each saves its translation into the draft. {@value #PAGE_SIZE} texts to a
 * page ({@code ?page=}, from 1; out of range shows the nearest), or the page holding {@code ?text=}.
 */
@Controller
@RequestMapping("/admin/translations")
class TranslationsController {

	static final String NEEDS_WORK = "needs-work";

	/** Texts to a page: each has its own form, and a page of them all is too long to work with. */
	static final int PAGE_SIZE = 40;

	private final TranslationWork work;

	TranslationsController(TranslationWork work) {
		this.work = work;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String filter, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String saved,
			Model model) {
		return page(language, filter, page, text != null ? text : saved, model);
	}

	@PostMapping
	String save(@ModelAttribute("form") TranslationForm form, Model model, HttpServletResponse response,
			Principal principal) {
		String key = form.key() == null ? "" : form.key();
		try {
			if (java.util.stream.Stream.of(form.language(), form.key(), form.source(), form.body(), form.filter())
				.anyMatch(v -> v != null && NoControlCharacters.hasControlCharacter(v))) {
				throw new TranslationRefusedException("control-characters", HttpStatus.BAD_REQUEST);
			}
			work.save(form.language() == null ? "" : form.language(), key, form.source(), form.body(),
					Forms.actor(principal));
		}
		catch (TranslationRefusedException refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("refusedKey", key);
			model.addAttribute("refusal", refused.messageCode());
			model.addAttribute("typed", form.body());
			return page(form.language(), form.filter(), null, key, model);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/translations")
			.queryParam("language", form.language())
			.queryParam("filter", NEEDS_WORK.equals(form.filter()) ? NEEDS_WORK : "all")
			.queryParam("saved", key)
			.fragment("t-" + key)
			.encode().build().toUriString();
	}

	/** {@code focus}: a text whose page to show (the one just saved or refused, or asked for). */
	private String page(@Nullable String language, @Nullable String filter, @Nullable String pageNumber,
			@Nullable String focus, Model model) {
		List<Language> targets = work.targets();
		model.addAttribute("targets", targets);
		model.addAttribute("maxLength", TranslationWork.MAX_LENGTH);
		if (targets.isEmpty()) {
			return "admin/translations";
		}
		Language chosen = work.target(language).orElse(targets.get(0));
		boolean needsWork = NEEDS_WORK.equals(filter);
		TranslationWork.Page page = work.page(chosen);
		model.addAttribute("chosen", chosen);
		model.addAttribute("needsWork", needsWork);
		model.addAttribute("draft", page.draft());
		model.addAttribute("counts", page.counts());
		model.addAttribute("unreadable", page.lines() == null);
		List<TranslationStatus.Line> shown = page.lines() == null ? List.of()
				: page.lines().stream().filter(l -> !needsWork || l.needsWork()).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int index = focus == null ? -1 : indexOf(shown, focus);
		int current = index >= 0 ? index / PAGE_SIZE + 1 : Math.min(Math.max(number(pageNumber), 1), pages);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("lines", shown.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, shown.size())));
		// a refusal about a text not on the page (an unknown one) is said at the top
		if (model.getAttribute("refusedKey") instanceof String refused
				&& shown.stream().noneMatch(l -> l.key().equals(refused))) {
			model.addAttribute("refusedKey", "");
		}
		return "admin/translations";
	}

	private static int indexOf(List<TranslationStatus.Line> lines, String key) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** A page number as a link writes it; anything else is the first page. */
	private static int number(@Nullable String text) {
		return text != null && text.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(text) : 1;
	}
}
