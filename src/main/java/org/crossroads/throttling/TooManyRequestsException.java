package org.crossroads.throttling;

/** A request refused by a rate limit ({@link Throttles}); the answer is 429 with a Retry-After. */
public class TooManyRequestsException extends RuntimeException {

	private final long retryAfterSeconds;

	TooManyRequestsException(long retryAfterSeconds) {
		super("rate limit reached", null, false, false);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Whole seconds until the limit allows a request again, rounded up: the Retry-After header. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
