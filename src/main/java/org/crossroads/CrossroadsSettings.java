package org.crossroads;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code crossroads.*} setting, with its default. Checked at startup: a bad value stops the
 * start with a message naming the property, rather than surfacing later on some request.
 *
 * @param dataDir where the embedded H2 database keeps its files (the default is in
 * application.properties, whose datasource URL uses it)
 * @param retention how long a stored result is kept before the daily purge removes it
 * @param retentionPurgeCron when the purge runs (cron, UTC); "-" turns it off
 * @param auditRetention how long an audit entry is kept before the daily purge removes it
 * @param sessionLifetime how long an editor's session lasts at most from its start, however active;
 * the idle timeout ({@code server.servlet.session.timeout}) ends it sooner when left alone
 * @param draftLifetime how long the answers of an unfinished questionnaire are kept after its last
 * step; long enough for a pause, short because they are answers nobody has asked to keep
 * @param contentRefresh how often a node looks for a newly published version: one query for the
 * latest version number, often enough that a publish reaches every node within a second, and the
 * works the same on H2 and PostgreSQL
 * @param maxRequestSize the largest request body accepted, for the API and for forms
 * @param httpsOnly the site is reached over HTTPS only (the {@code prod} profile): every response
 * carries HSTS, even when a TLS proxy the server does not trust makes requests look plain
 * @param admin the first editor account, made at startup when there is none
 * @param rateLimit how often one client may fail to sign in, store a result and call the API
 * @param publish what a draft must meet to be published
 * @param embed the other sites that may show the questionnaire in a frame
 */
@ConfigurationProperties("crossroads")
@Validated
public record CrossroadsSettings(
		@NotBlank String dataDir,
		@DefaultValue("30d") @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be positive") Duration retention,
		@DefaultValue("0 15 3 * * *") @NotBlank String retentionPurgeCron,
		@DefaultValue("400d") @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be positive") Duration auditRetention,
		@DefaultValue("12h") @NotNull @DurationMin(minutes = 5, message = "must be at least 5 minutes")
		@DurationMax(days = 7, message = "must be at most 7 days") Duration sessionLifetime,
		@DefaultValue("2h") @NotNull @DurationMin(minutes = 5, message = "must be at least 5 minutes")
		@DurationMax(hours = 24, message = "must be at most 24 hours") Duration draftLifetime,
		@DefaultValue("500ms") @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be positive") Duration contentRefresh,
		@DefaultValue("64KB") @NotNull @DataSizeRange(min = "1KB", max = "16MB") DataSize maxRequestSize,
		@DefaultValue("false") boolean httpsOnly,
		@DefaultValue @Valid Admin admin,
		@DefaultValue @Valid RateLimit rateLimit,
		@DefaultValue @Valid Publish publish,
		@DefaultValue @Valid Embed embed) {

	/** The bean's name, as @EnableConfigurationProperties registers it. */
	private static final String BEAN = "@'crossroads-org.crossroads.CrossroadsSettings'";

	/** For @Scheduled, which takes strings: the bound value, so the default stays here alone. */
	public static final String RETENTION_PURGE_CRON = "#{" + BEAN + ".retentionPurgeCron()}";

	/**
	 * How long a purge's lock outlives its run, so a node whose clock is a few seconds behind finds
	 * the run done rather than starting it again.
	 */
	public static final String PURGE_LOCK_AT_LEAST = "PT10S";

	/** For @Scheduled, as an ISO-8601 duration. */
	public static final String CONTENT_REFRESH = "#{" + BEAN + ".contentRefresh()}";

	/**
	 * @param username the first account's name
	 * @param password its password; when empty, a random one-time password is printed once
	 */
	public record Admin(@DefaultValue("admin") String username, String password) {
	}

	/**
	 * @param reviewMonths how old the About page's date of last review may be, in months, for a draft
	 * to be published (the decision-aid standard asks for a current review)
	 * @param requireFullCoverage a draft is published only when its test cases exercise every
	 * outcome, criterion, threshold edge and option that answers can reach
	 */
	public record Publish(@DefaultValue("12") @Min(value = 1, message = "must be between 1 and 1200")
			@Max(value = 1200, message = "must be between 1 and 1200") int reviewMonths,
			@DefaultValue("true") boolean requireFullCoverage) {
	}

	/**
	 * The questionnaire in another site's frame ({@code /embed}) and the JSON API called from its pages.
	 * Empty, the default: no page may be framed, the API answers no cross-origin request and
	 * {@code /embed} does not exist.
	 *
	 * @param allowedOrigins the sites, each a bare origin ({@code https://clinic.example}, a port when
	 * not the scheme's own), whose pages may frame the questionnaire and call the API
	 */
	public record Embed(@DefaultValue List<@NotNull @jakarta.validation.constraints.Pattern(regexp = ORIGIN, message = ORIGIN_MESSAGE) String> allowedOrigins) {

		/** Where the framed questionnaire starts; its steps and result are under it. */
		public static final String PATH = "/embed";

		/** scheme://host[:port], lowercase as browsers send it: no path, no wildcard, no trailing slash. */
		static final String ORIGIN = "https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?";

		static final String ORIGIN_MESSAGE = "must be an origin such as https://clinic.example: http or https, "
				+ "a lowercase host and an optional port, without path, trailing slash or *";

		public Embed {
			allowedOrigins = List.copyOf(allowedOrigins);
		}

		public boolean enabled() {
			return !allowedOrigins.isEmpty();
		}

		/** Whether a path (without the context path) is one of the framed questionnaire's pages. */
		public static boolean page(String path) {
			return path.equals(PATH) || path.startsWith(PATH + "/");
		}
	}

	/**
	 * Throttling, per client address ({@code request.getRemoteAddr()}, which Tomcat takes from
	 * X-Forwarded-For only when the peer is a trusted proxy; an IPv6 address counts by its /64) and,
	 * for sign-ins, per account name. Each limit is one or more rates, all of which must allow a
	 * request: "5/1m" is a bucket of 5 that refills 5 per minute, evenly. Kept in each node's memory,
	 * so a cluster of N nodes allows N times each rate.
	 *
	 * @param enabled false turns every limit off (load tests from one address)
	 * @param signInPerAddress failed sign-ins from one address: a few free, then ever fewer per
	 * minute, ten minutes and hour, so guessing forever from one address gets slower and slower
	 * @param signInPerAccount failed sign-ins for one account name from all addresses together: a
	 * flood slows the account down, but one rate refilling within a minute never shuts it out for
	 * longer than that; names of no account are counted alike, so a refusal tells nothing
	 * @param resultsPerAddress results stored from one address, by the questionnaire's last step or
	 * {@code POST /api/v1/assessments}
	 * @param apiPerAddress requests to {@code /api/v1/**} from one address
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled,
			@DefaultValue({ "5/1m", "10/10m", "20/1h" }) @NotEmpty List<Rate> signInPerAddress,
			@DefaultValue("10/1m") @NotEmpty List<Rate> signInPerAccount,
			@DefaultValue("20/1h") @NotEmpty List<Rate> resultsPerAddress,
			@DefaultValue("1200/1m") @NotEmpty List<Rate> apiPerAddress) {
	}

	/**
	 * So many requests per period, written "20/1h" (a Spring duration: 30s, 1m, 10m, 1h, 1d): a
	 * bucket of that many that refills evenly over the period.
	 */
	public record Rate(long requests, Duration period) {

		private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\S+)\\s*");

		public Rate {
			if (requests < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a rate needs at least one request per positive period");
			}
		}

		/** Read from the settings, by Spring's conversion. */
		public static Rate of(String text) {
			Matcher matcher = TEXT.matcher(text);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("'" + text + "' is not a rate such as 20/1h");
			}
			return new Rate(Long.parseLong(matcher.group(1)), DurationStyle.SIMPLE.parse(matcher.group(2)));
		}

		@Override
		public String toString() {
			return requests + "/" + period;
		}
	}
}
