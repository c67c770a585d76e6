package org.crossroads.throttling;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import org.crossroads.CrossroadsSettings;

/**
 * Rate limits per client ({@link ClientAddress}) and, for sign-ins, per account name: token buckets
 * (Bucket4j) whose rates come from {@code crossroads.rate-limit.*}. In each node's memory only: no
 * shared store to run or to wait for on every request, at the price that each node throttles on its
 * own, so N nodes behind a balancer allow N times each rate. That is still a hard ceiling on
 * password guessing and on stored results, which is what the limits are for. Each kind of key is
 * held in a map of at most {@link #MAX_KEYS} buckets, the least recently used dropped first (a
 * dropped bucket starts full again), so a spray of addresses costs bounded memory. Refusals are
 * counted on {@code crossroads.throttled}, by limit; no address or name is kept anywhere else.
 */
@Component
public class Throttles {

	/** Buckets per kind of key: a few MB at most, far more keys than one node sees active at once. */
	static final int MAX_KEYS = 10_000;

	enum Limit {
		SIGN_IN_ADDRESS, SIGN_IN_ACCOUNT, RESULTS, API;

		String tag() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** A token taken for a request, given back when the request turns out not to count. */
	public interface Token {

		void giveBack();
	}

	private static final Token NOTHING_TAKEN = () -> {
	};

	private final boolean enabled;

	private final Map<Limit, Buckets> buckets = new EnumMap<>(Limit.class);

	/** Names of no account, apart, so a spray of made-up names never pushes out an account's bucket. */
	private final Buckets unknownNames;

	private final Map<Limit, Counter> refusals = new EnumMap<>(Limit.class);

	public Throttles(CrossroadsSettings settings, Clock clock, MeterRegistry meters) {
		CrossroadsSettings.RateLimit limits = settings.rateLimit();
		this.enabled = limits.enabled();
		TimeMeter time = new ClockTime(clock);
		buckets.put(Limit.SIGN_IN_ADDRESS, new Buckets(() -> bucket(limits.signInPerAddress(), time)));
		buckets.put(Limit.SIGN_IN_ACCOUNT, new Buckets(() -> bucket(limits.signInPerAccount(), time)));
		buckets.put(Limit.RESULTS, new Buckets(() -> bucket(limits.resultsPerAddress(), time)));
		buckets.put(Limit.API, new Buckets(() -> bucket(limits.apiPerAddress(), time)));
		this.unknownNames = new Buckets(() -> bucket(limits.signInPerAccount(), time));
		for (Limit limit : Limit.values()) {
			refusals.put(limit, Counter.builder("crossroads.throttled")
				.description("Requests refused by a rate limit, by limit")
				.tag("limit", limit.tag())
				.register(meters));
		}
	}

	/**
	 * Takes a token for storing a result from this request's client, to be given back if nothing is
	 * stored after all.
	 *
	 * @throws TooManyRequestsException when this client has stored its share for now
	 */
	public Token takeResult(HttpServletRequest request) {
		return take(Limit.RESULTS, buckets.get(Limit.RESULTS), ClientAddress.key(request.getRemoteAddr()));
	}

	public Token takeApi(HttpServletRequest request) {
		return take(Limit.API, buckets.get(Limit.API), ClientAddress.key(request.getRemoteAddr()));
	}

	/**
	 * Takes a token from the address and then from the account name (normalized; empty when it can be
	 * no account's). A sign-in that succeeds gives both back: only failures count. The address goes
	 * first, and when the name is refused its token is given back, so one throttled address cannot
	 * drain an account's bucket and someone waiting on a flooded account is not also throttled.
	 */
	public Token takeSignIn(String remoteAddress, String username, boolean accountExists) {
		Token address = take(Limit.SIGN_IN_ADDRESS, buckets.get(Limit.SIGN_IN_ADDRESS), ClientAddress.key(remoteAddress));
		if (username.isEmpty()) {
			return address;
		}
		try {
			Token name = take(Limit.SIGN_IN_ACCOUNT, accountExists ? buckets.get(Limit.SIGN_IN_ACCOUNT) : unknownNames,
					username);
			return () -> {
				address.giveBack();
				name.giveBack();
			};
		}
		catch (TooManyRequestsException refused) {
			address.giveBack();
			throw refused;
		}
	}

	private Token take(Limit limit, Buckets keyed, String key) {
		if (!enabled) {
			return NOTHING_TAKEN;
		}
		Bucket bucket = keyed.get(key);
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return () -> bucket.addTokens(1);
		}
		refusals.get(limit).increment();
		throw new TooManyRequestsException(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
	}

	private static Bucket bucket(List<CrossroadsSettings.Rate> rates, TimeMeter time) {
		LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
		for (CrossroadsSettings.Rate rate : rates) {
			builder.addLimit(limit -> limit.capacity(rate.requests()).refillGreedy(rate.requests(), rate.period()));
		}
		return builder.build();
	}

	/** At most {@link #MAX_KEYS} buckets, the least recently used dropped first. */
	private static final class Buckets {

		private final Supplier<Bucket> fresh;

		private final LinkedHashMap<String, Bucket> byKey = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > MAX_KEYS;
			}
		};

		Buckets(Supplier<Bucket> fresh) {
			this.fresh = fresh;
		}

		synchronized Bucket get(String key) {
			return byKey.computeIfAbsent(key, k -> fresh.get());
		}
	}

	/** The application's clock, so tests can move time; Bucket4j copes with a clock set back. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
