package org.crossroads.ruleset.published;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
 * and the last few used stay in memory.
 */
@Service
public class PublishedContent {

	private final RuleSetRepository ruleSets;

	private final TransactionTemplate readOnly;

	/** Besides the current one: questionnaires in progress need the version before a publish or two. */
	static final int KEPT = 8;

	private final Map<Integer, ContentSnapshot> byVersion = Collections.synchronizedMap(
			new LinkedHashMap<Integer, ContentSnapshot>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Integer, ContentSnapshot> eldest) {
					return size() > KEPT;
				}
			});

	private final AtomicReference<@Nullable ContentSnapshot> current = new AtomicReference<>();

	PublishedContent(RuleSetRepository ruleSets, TransactionTemplate transactions) {
		this.ruleSets = ruleSets;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/** The version visitors get now. */
	public ContentSnapshot current() {
		ContentSnapshot snapshot = current.get();
		return snapshot != null ? snapshot : refresh();
	}

	/** The version loaded so far, without loading one: empty until the first refresh succeeds. */
	Optional<ContentSnapshot> loaded() {
		return Optional.ofNullable(current.get());
	}

	/**
	 * A published version by number, also one this node has not made current yet; empty for a
	 * number never published. Built outside the lock: two threads may both build one, one is kept.
	 */
	public Optional<ContentSnapshot> version(int number) {
		ContentSnapshot now = current.get();
		if (now != null && now.version() == number) {
			return Optional.of(now);
		}
		ContentSnapshot cached = byVersion.get(number);
		if (cached != null) {
			return Optional.of(cached);
		}
		ContentSnapshot loaded = readOnly.execute(tx -> ruleSets.findByNumber(number)
			.filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED)
			.map(Snapshots::of)
			.orElse(null));
		if (loaded == null) {
			return Optional.empty();
		}
		ContentSnapshot raced = byVersion.putIfAbsent(number, loaded);
		return Optional.of(raced != null ? raced : loaded);
	}

	/** Makes the latest published version current; cheap when nothing changed. */
	@Scheduled(fixedDelayString = CrossroadsSettings.CONTENT_REFRESH, initialDelayString = CrossroadsSettings.CONTENT_REFRESH)
	public ContentSnapshot refresh() {
		int latest = readOnly.execute(tx -> ruleSets.latestPublishedNumber())
			.orElseThrow(() -> new IllegalStateException("no published rule set: the seed migration has not run"));
		ContentSnapshot snapshot = current.get();
		if (snapshot == null || snapshot.version() != latest) {
			snapshot = version(latest).orElseThrow();
			current.set(snapshot);
		}
		return snapshot;
	}
}
