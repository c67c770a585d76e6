package org.crossroads;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The crossroads.* settings: their defaults, and a bad value stopping the start with a message naming it. */
@ExtendWith(OutputCaptureExtension.class)
class CrossroadsSettingsTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CrossroadsSettings.class)
	static class SettingsOnly {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SettingsOnly.class)
		.withPropertyValues("crossroads.data-dir=./target/test-data");

	@Test
	void defaultsApplyWhenNothingIsSet() {
		runner.run(context -> {
			CrossroadsSettings settings = context.getBean(CrossroadsSettings.class);
			assertThat(settings.retention()).isEqualTo(Duration.ofDays(30));
			assertThat(settings.retentionPurgeCron()).isEqualTo("0 15 3 * * *");
			assertThat(settings.contentRefresh()).isEqualTo(Duration.ofMillis(500));
			assertThat(settings.maxRequestSize()).isEqualTo(DataSize.ofKilobytes(64));
			assertThat(settings.admin().username()).isEqualTo("admin");
			assertThat(settings.admin().password()).isNull();
			assertThat(settings.rateLimit().enabled()).isTrue();
			assertThat(settings.rateLimit().signInPerAddress()).extracting(Object::toString)
				.containsExactly("5/PT1M", "10/PT10M", "20/PT1H");
			assertThat(settings.rateLimit().signInPerAccount()).containsExactly(new CrossroadsSettings.Rate(10, Duration.ofMinutes(1)));
			assertThat(settings.rateLimit().resultsPerAddress()).containsExactly(new CrossroadsSettings.Rate(20, Duration.ofHours(1)));
			assertThat(settings.rateLimit().apiPerAddress()).containsExactly(new CrossroadsSettings.Rate(1200, Duration.ofMinutes(1)));
			assertThat(settings.publish().reviewMonths()).isEqualTo(12);
			assertThat(settings.embed().allowedOrigins()).isEmpty();
			assertThat(settings.embed().enabled()).isFalse();
		});
	}

	@Test
	void sitesAllowedToFrameTheQuestionnaireAreBareOrigins(CapturedOutput output) {
		runner.withPropertyValues("crossroads.embed.allowed-origins=https://clinic.example,http://127.0.0.1:8081")
			.run(context -> assertThat(context.getBean(CrossroadsSettings.class).embed().allowedOrigins())
				.containsExactly("https://clinic.example", "http://127.0.0.1:8081"));
		for (String bad : new String[] { "*", "https://*.clinic.example", "https://clinic.example/", "https://clinic.example/quiz",
				"ftp://clinic.example", "clinic.example", "https://Clinic.example", "https://clinic.example:80a" }) {
			int before = output.getAll().length();
			SpringApplication app = new SpringApplication(SettingsOnly.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> app.run("--crossroads.embed.allowed-origins=" + bad,
					"--crossroads.data-dir=./target/test-data")).as(bad).isNotNull();
			assertThat(output.getAll().substring(before)).as(bad)
				.contains("APPLICATION FAILED TO START")
				.contains("crossroads.embed.allowedOrigins[0]")
				.contains("Reason: must be an origin such as https://clinic.example");
		}
	}

	@Test
	void valuesAreReadInSpringsUnits() {
		runner.withPropertyValues("crossroads.retention=12h", "crossroads.max-request-size=1MB",
				"crossroads.admin.username=chief", "crossroads.publish.review-months=24")
			.run(context -> {
				CrossroadsSettings settings = context.getBean(CrossroadsSettings.class);
				assertThat(settings.publish().reviewMonths()).isEqualTo(24);
				assertThat(settings.retention()).isEqualTo(Duration.ofHours(12));
				assertThat(settings.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(settings.admin().username()).isEqualTo("chief");
			});
	}

	@Test
	void aBadValueStopsTheStartWithAReportNamingThePropertyAndWhy(CapturedOutput output) {
		assertStartRefused(output, "--crossroads.retention=-1d", "crossroads.retention", "must be positive");
		assertStartRefused(output, "--crossroads.retention=0s", "crossroads.retention", "must be positive");
		assertStartRefused(output, "--crossroads.content-refresh=0s", "crossroads.content-refresh", "must be positive");
		assertStartRefused(output, "--crossroads.max-request-size=1GB", "crossroads.max-request-size",
				"must be between 1KB and 16MB");
		assertStartRefused(output, "--crossroads.max-request-size=abc", "crossroads.max-request-size",
				"'abc' does not match data size pattern");
		assertStartRefused(output, "--crossroads.retention=soon", "crossroads.retention",
				"'soon' is not a valid duration");
		assertStartRefused(output, "--crossroads.rate-limit.results-per-address=lots", "crossroads.rate-limit.results-per-address",
				"'lots' is not a rate such as 20/1h");
	}

	@Test
	void aReviewAgeOutsideOneTo1200MonthsStopsTheStart(CapturedOutput output) {
		// A nested setting's validation names it as bound (reviewMonths), without an origin line.
		for (String bad : new String[] { "0", "1201", "-3" }) {
			int before = output.getAll().length();
			SpringApplication app = new SpringApplication(SettingsOnly.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> app.run("--crossroads.publish.review-months=" + bad,
					"--crossroads.data-dir=./target/test-data")).isNotNull();
			assertThat(output.getAll().substring(before)).as(bad)
				.contains("APPLICATION FAILED TO START")
				.contains("Property: crossroads.publish.reviewMonths")
				.contains("Reason: must be between 1 and 1200");
		}
		runner.withPropertyValues("crossroads.publish.review-months=1200")
			.run(context -> assertThat(context.getBean(CrossroadsSettings.class).publish().reviewMonths()).isEqualTo(1200));
	}

	private static void assertStartRefused(CapturedOutput output, String argument, String property, String reason) {
		int before = output.getAll().length();
		SpringApplication app = new SpringApplication(SettingsOnly.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run(argument, "--crossroads.data-dir=./target/test-data")).as(argument)
			.isNotNull();
		assertThat(output.getAll().substring(before)).as(argument)
			.contains("APPLICATION FAILED TO START")
			.contains("Origin: \"" + property + "\"")
			.contains("Reason: ")
			.contains(reason);
	}
}
