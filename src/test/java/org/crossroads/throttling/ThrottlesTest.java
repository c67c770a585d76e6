package org.crossroads.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

import org.crossroads.CrossroadsSettings;
import org.crossroads.security.MutableClock;

/** The limits themselves, on a clock the test moves: the default rates unless a test sets others. */
class ThrottlesTest {

	private final MutableClock clock = new MutableClock();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	ThrottlesTest() {
		clock.setInstant(Instant.parse("2026-03-01T09:00:00Z"));
	}

	private Throttles throttles(String... properties) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("crossroads.data-dir", "./target/test-data");
		for (String property : properties) {
			String[] pair = property.split("=", 2);
			values.put(pair[0], pair[1]);
		}
		CrossroadsSettings settings = new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("crossroads", CrossroadsSettings.class);
		return new Throttles(settings, clock, meters);
	}

	/** Fails to sign in at once whenever allowed, for so long; the waits it was told, in order. */
	private List<Long> guessForever(Throttles throttles, String address, String username, Duration during) {
		List<Long> waits = new ArrayList<>();
		Instant end = clock.instant().plus(during);
		while (clock.instant().isBefore(end)) {
			try {
				throttles.takeSignIn(address, username, true);
				waits.add(0L);
			}
			catch (TooManyRequestsException refused) {
				waits.add(refused.retryAfterSeconds());
				clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));
			}
		}
		return waits;
	}

	@Test
	void oneAddressGuessingForeverGetsFewerAndFewerTries() {
		Throttles throttles = throttles();
		List<Long> waits = guessForever(throttles, "203.0.113.7", "", Duration.ofHours(3));

		List<Long> tries = waits.stream().filter(w -> w == 0).toList();
		List<Long> refusals = waits.stream().filter(w -> w > 0).toList();
		// five at once, then a wait of 12 s (5 per minute), then 60 s (10 per 10 minutes), then 180 s (20 per hour)
		assertThat(waits.subList(0, 6)).containsExactly(0L, 0L, 0L, 0L, 0L, 12L);
		assertThat(refusals).isSortedAccordingTo(Long::compare);
		assertThat(refusals.get(0)).isEqualTo(12);
		assertThat(refusals).contains(60L);
		assertThat(refusals.get(refusals.size() - 1)).isEqualTo(180);
		// the hour's rate bounds it: 20 at once and 20 an hour after
		assertThat(tries.size()).isBetween(60, 80);
		assertThat(meters.counter("crossroads.throttled", "limit", "sign-in-address").count())
			.isEqualTo(refusals.size());
	}

	@Test
	void aFloodFromManyAddressesSlowsAnAccountButNeverShutsItOutForAMinute() {
		Throttles throttles = throttles();
		int allowed = 0;
		long longestWait = 0;
		for (int i = 0; i < 200; i++) {
			try {
				throttles.takeSignIn("198.51.100." + i, "editor", true);
				allowed++;
			}
			catch (TooManyRequestsException refused) {
				longestWait = Math.max(longestWait, refused.retryAfterSeconds());
			}
		}
		assertThat(allowed).isEqualTo(10);
		assertThat(longestWait).isPositive().isLessThanOrEqualTo(60);

		clock.advance(Duration.ofSeconds(longestWait));
		throttles.takeSignIn("192.0.2.1", "editor", true);
		assertThat(meters.counter("crossroads.throttled", "limit", "sign-in-account").count()).isEqualTo(190);
	}

	@Test
	void aThrottledAddressCannotDrainTheAccount() {
		Throttles throttles = throttles();
		guessFor(throttles, "203.0.113.7", "editor", 100);
		// the attacker's first 5 failures counted against the account, none after
		assertThat(guessFor(throttles, "192.0.2.1", "editor", 5)).isEqualTo(5);
		assertThat(guessFor(throttles, "192.0.2.2", "editor", 1)).isZero();
	}

	@Test
	void aRefusalForTheAccountCostsTheAddressNothing() {
		Throttles throttles = throttles();
		for (int i = 0; i < 10; i++) {
			throttles.takeSignIn("198.51.100." + i, "editor", true);
		}
		// the account is throttled: the owner's own attempts are refused but do not count against them
		assertThat(guessFor(throttles, "192.0.2.1", "editor", 50)).isZero();
		assertThat(guessFor(throttles, "192.0.2.1", "someone-else", 5)).isEqualTo(5);
	}

	@Test
	void onlyFailuresCount() {
		Throttles throttles = throttles();
		for (int i = 0; i < 100; i++) {
			throttles.takeSignIn("192.0.2.1", "editor", true).giveBack();
		}
		assertThat(guessFor(throttles, "192.0.2.1", "editor", 5)).isEqualTo(5);
	}

	@Test
	void namesOfNoAccountAreThrottledAlikeSoARefusalTellsNothing() {
		Throttles throttles = throttles();
		int known = 0;
		int unknown = 0;
		for (int i = 0; i < 30; i++) {
			known += guessFor(throttles, "198.51.100." + i, "editor", true, 1);
			unknown += guessFor(throttles, "203.0.113." + i, "nobody", false, 1);
		}
		assertThat(known).isEqualTo(10);
		assertThat(unknown).isEqualTo(10);
	}

	@Test
	void resultsArePerAddress() {
		Throttles throttles = throttles();
		MockHttpServletRequest flood = request("203.0.113.9");
		for (int i = 0; i < 20; i++) {
			throttles.takeResult(flood);
		}
		assertThatThrownBy(() -> throttles.takeResult(flood)).isInstanceOfSatisfying(TooManyRequestsException.class,
				refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(180));
		throttles.takeResult(request("203.0.113.10"));
		// a token given back (nothing was stored) is there again
		clock.advance(Duration.ofMinutes(3));
		throttles.takeResult(flood).giveBack();
		throttles.takeResult(flood);
		assertThatThrownBy(() -> throttles.takeResult(flood)).isInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void theApiLimitHasItsOwnRate() {
		Throttles throttles = throttles("crossroads.rate-limit.api-per-address=3/1m");
		MockHttpServletRequest client = request("2001:db8:1:2::7");
		for (int i = 0; i < 3; i++) {
			throttles.takeApi(client);
		}
		// the same /64 is the same client
		assertThatThrownBy(() -> throttles.takeApi(request("2001:db8:1:2:aaaa::1")))
			.isInstanceOfSatisfying(TooManyRequestsException.class, r -> assertThat(r.retryAfterSeconds()).isEqualTo(20));
		throttles.takeApi(request("2001:db8:1:3::7"));
		throttles.takeResult(client);
	}

	@Test
	void aClockSetBackOnlyDelaysTheRefill() {
		Throttles throttles = throttles();
		assertThat(guessFor(throttles, "203.0.113.7", "", 6)).isEqualTo(5);
		clock.advance(Duration.ofHours(-1));
		assertThat(guessFor(throttles, "203.0.113.7", "", 1)).isZero();
		clock.advance(Duration.ofHours(1).plusSeconds(12));
		assertThat(guessFor(throttles, "203.0.113.7", "", 2)).isEqualTo(1);
	}

	@Test
	void turnedOffNothingIsEverRefused() {
		Throttles throttles = throttles("crossroads.rate-limit.enabled=false");
		for (int i = 0; i < 2_000; i++) {
			throttles.takeSignIn("203.0.113.7", "editor", true);
			throttles.takeResult(request("203.0.113.7"));
			throttles.takeApi(request("203.0.113.7"));
		}
		assertThat(meters.find("crossroads.throttled").counters()).allSatisfy(c -> assertThat(c.count()).isZero());
	}

	@Test
	void clientAddressesAreKeyedByIpv4OrTheIpv6Slash64() {
		assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("2001:DB8:0001:0002:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8:1:2::")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
		assertThat(ClientAddress.key("[2001:db8:1:2::9%eth0]")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("::1")).isEqualTo("0:0:0:0::/64");
		assertThat(ClientAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("0:0:0:0:0:ffff:203.0.113.7")).isEqualTo("203.0.113.7");
		// anything else a proxy may have passed on is its own key, unparsed
		assertThat(ClientAddress.key("a:b")).isEqualTo("a:b");
		assertThat(ClientAddress.key("1::2::3")).isEqualTo("1::2::3");
		assertThat(ClientAddress.key("unknown")).isEqualTo("unknown");
	}

	@Test
	void ratesAreReadFromTheSettings() {
		assertThat(CrossroadsSettings.Rate.of("20/1h")).isEqualTo(new CrossroadsSettings.Rate(20, Duration.ofHours(1)));
		assertThat(CrossroadsSettings.Rate.of(" 5 / 90s ")).isEqualTo(new CrossroadsSettings.Rate(5, Duration.ofSeconds(90)));
		for (String bad : List.of("20", "0/1h", "20/0s", "x/1h", "20/soon", "20/-1m")) {
			assertThatThrownBy(() -> CrossroadsSettings.Rate.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	/** How many of so many failed sign-ins were allowed. */
	private static int guessFor(Throttles throttles, String address, String username, int times) {
		return guessFor(throttles, address, username, true, times);
	}

	private static int guessFor(Throttles throttles, String address, String username, boolean exists, int times) {
		int allowed = 0;
		for (int i = 0; i < times; i++) {
			try {
				throttles.takeSignIn(address, username, exists);
				allowed++;
			}
			catch (TooManyRequestsException refused) {
				// counted below
			}
		}
		return allowed;
	}

	private static MockHttpServletRequest request(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return request;
	}
}
