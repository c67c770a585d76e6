package org.crossroads;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
		@DefaultValue @Valid Admin admin) {

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
}
