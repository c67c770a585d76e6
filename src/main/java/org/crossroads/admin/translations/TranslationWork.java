package org.crossroads.admin.translations;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.crossroads.NoControlCharacters;
import org.crossroads.admin.editing.ContentReader;
import org.crossroads.admin.publishing.Drafts;
import org.crossroads.audit.AuditKind;
import org.crossroads.audit.AuditTrail;
import org.crossroads.language.Language;
import org.crossroads.language.Languages;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.TextTranslationEntity;

import org.jspecify.annotations.Nullable;

/**
 * Translations of the draft and the languages visitors get. A translation is saved into the draft
 * (started from the latest version if there is none) as made from the English the draft has now, so it
 * is current; the English the editor saw must still be the draft's, or the save is refused rather than
 * marking a translation of older wording as current.
 */
@Service
class TranslationWork {

	/** The longest translation kept: longer than any text of the content. */
	static final int MAX_LENGTH = 4000;

	private final ContentReader reader;

	private final Drafts drafts;

	private final Languages languages;

	private final AuditTrail audit;

	private final TransactionTemplate readOnly;

	TranslationWork(ContentReader reader, Drafts drafts, Languages languages, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.reader = reader;
		this.drafts = drafts;
		this.languages = languages;
		this.audit = audit;
	}

	/** What the translations page shows: {@code lines} null when the draft cannot be read. */
	record Page(boolean draft, Language language, @Nullable List<TranslationStatus.Line> lines) {

		TranslationStatus.Counts counts() {
			return TranslationStatus.Counts.of(lines == null ? List.of() : lines);
		}
	}

	/** The languages a text can be translated into: all but the source one. */
	List<Language> targets() {
		return languages.all().stream().filter(l -> !l.source()).toList();
	}

	Optional<Language> target(@Nullable String code) {
		return languages.find(code).filter(l -> !l.source());
	}

	/** The draft (or, without one, the latest version) in {@code language}. */
	@Transactional(readOnly = true)
	Page page(Language language) {
		ContentReader.Loaded loaded = reader.working();
		return new Page(loaded.draft(), language, lines(loaded.ruleSet(), language.code()));
	}

	private static @Nullable List<TranslationStatus.Line> lines(RuleSetEntity ruleSet, String language) {
		try {
			return TranslationStatus.lines(ruleSet, language);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/**
	 * Saves {@code body} as the translation of {@code key} into {@code languageCode}. {@code seenEnglish}:
	 * the English the editor translated.
	 *
	 * @throws TranslationRefusedException blank, too long, control characters, an unknown language or
	 *         text, or English that changed since the page was shown
	 */
	@Transactional
	void save(String languageCode, String key, @Nullable String seenEnglish, @Nullable String body, String actor) {
		Language language = target(languageCode)
			.orElseThrow(() -> new TranslationRefusedException("unknown-language", HttpStatus.BAD_REQUEST));
		if (body == null || body.isBlank()) {
			throw new TranslationRefusedException("blank", HttpStatus.BAD_REQUEST);
		}
		if (body.length() > MAX_LENGTH) {
			throw new TranslationRefusedException("too-long", HttpStatus.BAD_REQUEST);
		}
		if (NoControlCharacters.hasControlCharacter(body)) {
			throw new TranslationRefusedException("control-characters", HttpStatus.BAD_REQUEST);
		}
		// checked on what the editor saw before a draft is started for it
		String english = english(reader.working().ruleSet(), key);
		if (seenEnglish != null && !seenEnglish.equals(english)) {
			throw new TranslationRefusedException("english-changed", HttpStatus.CONFLICT);
		}
		RuleSetEntity draft = reader.load(drafts.startOrGet(actor)).ruleSet();
		if (!drafts.lockDraft(draft)) {
			throw new TranslationRefusedException("english-changed", HttpStatus.CONFLICT);
		}
		english = english(draft, key);
		String text = body.strip();
		Optional<TextTranslationEntity> existing = draft.getTranslations().stream()
			.filter(t -> t.getTextKey().equals(key) && t.getLanguage().equals(language.code())).findFirst();
		String before = existing.map(TextTranslationEntity::getBody).orElse(null);
		if (existing.isPresent()) {
			if (text.equals(before) && english.equals(existing.get().getSourceText())) {
				return;
			}
			existing.get().translate(text, english);
		}
		else {
			draft.getTranslations().add(new TextTranslationEntity(draft, key, language.code(), text, english));
		}
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.translation", language.name(), key), before, text);
	}

	private static String english(RuleSetEntity ruleSet, String key) {
		String english;
		try {
			english = org.crossroads.ruleset.published.Snapshots.sourceTexts(ruleSet).get(key);
		}
		catch (RuntimeException unreadable) {
			throw new TranslationRefusedException("unreadable", HttpStatus.CONFLICT);
		}
		if (english == null) {
			throw new TranslationRefusedException("unknown-text", HttpStatus.BAD_REQUEST);
		}
		return english;
	}

	/** One language on the languages page: the counts are of the published version, null for the source language. */
	record LanguageRow(Language language, TranslationStatus.@Nullable Counts counts, int safetyGaps) {
	}

	@Transactional(readOnly = true)
	List<LanguageRow> languageRows() {
		RuleSetEntity published = reader.load(drafts.latestPublished()).ruleSet();
		return languages.all().stream().map(l -> {
			if (l.source()) {
				return new LanguageRow(l, null, 0);
			}
			List<TranslationStatus.Line> lines = TranslationStatus.lines(published, l.code());
			return new LanguageRow(l, TranslationStatus.Counts.of(lines),
					(int) lines.stream().filter(x -> x.safety() && x.needsWork()).count());
		}).toList();
	}

	/**
	 * Switches a language on or off for visitors. On only when the published version has every text that
	 * keeps people safe current in it; the source language never goes off.
	 */
	Language switchLive(@Nullable String code, boolean live, String actor) {
		Language language = languages.find(code)
			.orElseThrow(() -> new TranslationRefusedException("unknown-language", HttpStatus.NOT_FOUND));
		if (language.source()) {
			throw new TranslationRefusedException(live ? "already-live" : "source-off", HttpStatus.BAD_REQUEST);
		}
		if (language.live() == live) {
			return language;
		}
		if (live) {
			List<TranslationCheck.Gap> gaps = readOnly.execute(tx -> safetyGapsPublished(language));
			if (!gaps.isEmpty()) {
				throw new TranslationRefusedException("safety-gaps", HttpStatus.CONFLICT, gaps);
			}
		}
		Language changed = languages.setLive(language.code(), live);
		audit.record(actor, AuditKind.EDIT, audit.text("admin.audit.language", language.name(), language.code()),
				audit.text(language.live() ? "admin.audit.language.live" : "admin.audit.language.not-live"),
				audit.text(changed.live() ? "admin.audit.language.live" : "admin.audit.language.not-live"));
		return changed;
	}

	private List<TranslationCheck.Gap> safetyGapsPublished(Language language) {
		return TranslationCheck.safetyGaps(reader.load(drafts.latestPublished()).ruleSet(), language);
	}
}
