package org.crossroads.ruleset.published;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.RuleSetStatus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The published versions, held in memory: a visitor's request reads no rule data from the
 * database. Published versions never change, so each is built once. {@link #refresh()} picks up
 * a newly published version; publishing calls it, and a short poll covers other nodes.
 */
@Service
public class PublishedContent {

	private final RuleSetRepository ruleSets;

	private final TransactionTemplate readOnly;

	private final Map<Integer, ContentSnapshot> byVersion = new ConcurrentHashMap<>();

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

	/** A published version by number, for showing a stored result as it was decided. */
	public Optional<ContentSnapshot> version(int number) {
		ContentSnapshot cached = byVersion.get(number);
		if (cached != null) {
			return Optional.of(cached);
		}
		return Optional.ofNullable(readOnly.execute(tx -> ruleSets.findByNumber(number)
			.filter(r -> r.getStatus() == RuleSetStatus.PUBLISHED)
			.map(r -> byVersion.computeIfAbsent(number, n -> Snapshots.of(r)))
			.orElse(null)));
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
