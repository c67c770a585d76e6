package org.crossroads.ruleset.published;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.TextTranslationEntity;
import org.crossroads.ruleset.translation.Translation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The published versions, held in memory: a visitor's request reads no rule data from the
 * database. Published versions never change, so each is built once. {@link #refresh()} picks up
 * a newly published version; publishing calls it, and a short poll covers other nodes. Past
 * versions stay in the database as history: any of them loads by number on demand (a stored
 * result, a questionnaire started before a publish, a page from a node that saw a publish first),
 * and the last few used stay in memory. Each version is built in every language it has texts in;
 * a request gets the one of its locale (the language module chooses it), the source one otherwise.
 */
@Service
public class PublishedContent {

	private final RuleSetRepository ruleSets;

	private final TransactionTemplate readOnly;

	/** Besides the current one: questionnaires in progress need the version before a publish or two. */
	static final int KEPT = 8;

	/** One version in each of its languages; the source language is always there. */
	private record Localized(Map<String, ContentSnapshot> byLanguage) {

		static Localized of(RuleSetEntity entity) {
			int number = entity.getNumber() == null ? 0 : entity.getNumber();
			Map<String, ContentSnapshot> snapshots = new LinkedHashMap<>();
			snapshots.put(ContentSnapshot.SOURCE_LANGUAGE, Snapshots.of(entity, number));
			entity.getTranslations().stream().map(TextTranslationEntity::getLanguage).distinct()
				.filter(l -> !l.equals(ContentSnapshot.SOURCE_LANGUAGE))
				.forEach(l -> snapshots.put(l, Snapshots.of(entity, number, Translation.of(entity, l))));
			return new Localized(Map.copyOf(snapshots));
		}

		int version() {
			return source().version();
		}

		ContentSnapshot source() {
			return java.util.Objects.requireNonNull(byLanguage.get(ContentSnapshot.SOURCE_LANGUAGE));
		}

		ContentSnapshot in(String language) {
			ContentSnapshot snapshot = byLanguage.get(language);
			return snapshot != null ? snapshot : source();
		}
	}

	private final Map<Integer, Localized> byVersion = Collections.synchronizedMap(
			new LinkedHashMap<Integer, Localized>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Integer, Localized> eldest) {
					return size() > KEPT;
				}
			});

	private final AtomicReference<@Nullable Localized> current = new AtomicReference<>();

	PublishedContent(RuleSetRepository ruleSets, TransactionTemplate transactions) {
		this.ruleSets = ruleSets;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/** The version visitors get now, in the language of the request. */
	public ContentSnapshot current() {
		return current(requested());
	}

	/** The version visitors get now, in {@code language} if it has texts in it, else in the source language. */
	public ContentSnapshot current(String language) {
		Localized snapshot = current.get();
		if (snapshot == null) {
			refresh();
			snapshot = java.util.Objects.requireNonNull(current.get());
		}
		return snapshot.in(language);
	}

	/** The version loaded so far, without loading one: empty until the first refresh succeeds. */
	Optional<ContentSnapshot> loaded() {
		return Optional.ofNullable(current.get()).map(Localized::source);
	}

	private static String requested() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/**
	 * A published version by number, also one this node has not made current yet; empty for a
	 * number never published. Built outside the lock: two threads may both build one, one is kept.
	 */
	public Optional<ContentSnapshot> version(int number) {
		return localized(number).map(l -> l.in(requested()));
	}

	private Optional<Localized> localized(int number) {
		Localized now = current.get();
		if (now != null && now.version() == number) {
			return Optional.of(now);
		}
		Localized cached = byVersion.get(number);
		if (cached != null) {
			return Optional.of(cached);
		}
		Localized loaded = readOnly.execute(tx -> ruleSets.findByNumber(number)
			.filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED)
			.map(Localized::of)
			.orElse(null));
		if (loaded == null) {
			return Optional.empty();
		}
		Localized raced = byVersion.putIfAbsent(number, loaded);
		return Optional.of(raced != null ? raced : loaded);
	}

	/** Makes the latest published version current; cheap when nothing changed. */
	@Scheduled(fixedDelayString = CrossroadsSettings.CONTENT_REFRESH, initialDelayString = CrossroadsSettings.CONTENT_REFRESH)
	public ContentSnapshot refresh() {
		int latest = readOnly.execute(tx -> ruleSets.latestPublishedNumber())
			.orElseThrow(() -> new IllegalStateException("no published rule set: the seed migration has not run"));
		Localized snapshot = current.get();
		if (snapshot == null || snapshot.version() != latest) {
			snapshot = localized(latest).orElseThrow();
			current.set(snapshot);
		}
		return snapshot.in(requested());
	}
}
