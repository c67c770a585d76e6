package org.crossroads.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.crossroads.CrossroadsSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The languages of the site, held in memory and re-read on the content poll, so a language switched
 * on reaches every node within a moment, and a request reads no language data from the database.
 */
@Service
public class Languages {

	private final LanguageRepository repository;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	private final AtomicReference<@Nullable List<Language>> all = new AtomicReference<>();

	Languages(LanguageRepository repository, TransactionTemplate transactions) {
		this.repository = repository;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions.getTransactionManager());
	}

	/** Every language, switch order. */
	public List<Language> all() {
		List<Language> languages = all.get();
		return languages != null ? languages : refresh();
	}

	/** The languages visitors can choose, switch order. */
	public List<Language> live() {
		return all().stream().filter(Language::live).toList();
	}

	public Language source() {
		return all().stream().filter(Language::source).findFirst()
			.orElseThrow(() -> new IllegalStateException("no source language: the language migration has not run"));
	}

	/** A language by its tag, whatever its case ("ES" is "es"). */
	public Optional<Language> find(@Nullable String code) {
		return code == null ? Optional.empty()
				: all().stream().filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
	}

	/**
	 * The language to answer in: a live {@code ?lang=} first, then the best live match of
	 * Accept-Language (RFC 4647 lookup: "es-MX" finds "es"), then the source language.
	 */
	public LanguageChoice choose(@Nullable String requested, @Nullable String acceptLanguage) {
		Optional<Language> asked = find(requested).filter(Language::live);
		if (asked.isPresent()) {
			return new LanguageChoice(asked.get(), true);
		}
		return new LanguageChoice(fromHeader(acceptLanguage).orElseGet(this::source), false);
	}

	private Optional<Language> fromHeader(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			// a malformed header is no choice at all
			return Optional.empty();
		}
		List<String> tags = live().stream().map(Language::code).toList();
		return Optional.ofNullable(Locale.lookupTag(ranges, tags)).flatMap(this::find);
	}

	/**
	 * Switches a language on or off for visitors and reads the languages again, so this node answers
	 * in the new set at once (others on their next poll). Returns the language as it is now.
	 *
	 * @throws IllegalArgumentException for an unknown language, or to switch the source language off
	 */
	public Language setLive(String code, boolean live) {
		Language changed = writing.execute(tx -> {
			LanguageEntity entity = repository.findByCode(find(code).map(Language::code).orElse(code))
				.orElseThrow(() -> new IllegalArgumentException("no such language: " + code));
			entity.setLive(live);
			return repository.save(entity).toLanguage();
		});
		refresh();
		return changed;
	}

	@Scheduled(fixedDelayString = CrossroadsSettings.CONTENT_REFRESH, initialDelayString = CrossroadsSettings.CONTENT_REFRESH)
	public List<Language> refresh() {
		List<Language> loaded = List.copyOf(readOnly.execute(tx -> repository.findAllByOrderByPosition().stream()
			.map(LanguageEntity::toLanguage).toList()));
		all.set(loaded);
		return loaded;
	}
}
