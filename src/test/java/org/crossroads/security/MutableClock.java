package org.crossroads.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can move: it follows the system clock plus an offset, or stands still at a set instant. */
public final class MutableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public void advance(Duration by) {
		Instant standing = fixed.get();
		if (standing != null) {
			fixed.set(standing.plus(by));
		}
		else {
			offset.updateAndGet(o -> o.plus(by));
		}
	}

	public void setInstant(Instant instant) {
		fixed.set(instant);
	}

	/** Back to the system's time. */
	public void reset() {
		fixed.set(null);
		offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		Instant standing = fixed.get();
		return standing != null ? standing : Instant.now().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the application works in UTC");
	}
}
