package org.crossroads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import org.crossroads.accounts.Role;
import org.crossroads.accounts.TestAccounts;
import org.crossroads.audit.AuditEventRepository;
import org.crossroads.audit.AuditKind;

/** Failed sign-ins and the JSON API under the production limits, through the whole application. */
@ThrottledIntegrationTest
class SignInThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditEventRepository auditEvents;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAddressGuessingAnAdminPasswordIsThrottledWhileTheAdminSignsInFromElsewhere() throws Exception {
		TestAccounts.Credentials admin = testAccounts.create(Role.ADMIN);
		double throttledBefore = throttled("sign-in-address");
		int refused = 0;
		for (int i = 0; i < 50; i++) {
			MvcResult result = signIn("203.0.113.7", admin.username(), "guess " + i).andReturn();
			if (i < 5) {
				assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?error");
				continue;
			}
			refused++;
			assertThat(result.getResponse().getStatus()).isEqualTo(429);
			assertThat(Long.parseLong(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 180L);
			// the sign-in page, rendered by the forward (which MockMvc only records; see below)
			assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/admin/sign-in");
		}
		assertThat(refused).isEqualTo(45);
		// refused before the password was looked at: no audit row for each, only the meter
		assertThat(auditEvents.findAll()).filteredOn(e -> e.getActor().equals(admin.username())
				&& e.getKind() == AuditKind.SIGN_IN_FAILED).hasSize(5);
		assertThat(throttled("sign-in-address") - throttledBefore).isEqualTo(45);

		signIn("192.0.2.10", admin.username(), admin.password()).andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername(admin.username()));
		// even the right password waits from the throttled address
		signIn("203.0.113.7", admin.username(), admin.password()).andExpect(status().isTooManyRequests())
			.andExpect(unauthenticated());

		// over real HTTP, through a proxy that names the same client: the page says how long to wait
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = http.send(HttpRequest.newBuilder(url("/admin/sign-in")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).isTrue();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/admin/sign-in"))
			.header("X-Forwarded-For", "203.0.113.7")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + admin.username() + "&password=guess&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(429);
		String seconds = page.headers().firstValue(HttpHeaders.RETRY_AFTER).orElseThrow();
		assertThat(page.body()).contains("id=\"sign-in-throttled\"",
				"Too many attempts. Please wait " + seconds + " seconds and try again.", "id=\"sign-in\"", "name=\"_csrf\"");
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	@Test
	void aFloodFromManyAddressesHoldsAnAccountBackForAtMostAMinute() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		clock.setInstant(clock.instant());
		long longestWait = 0;
		for (int i = 0; i < 40; i++) {
			MvcResult result = signIn("198.51.100." + i, editor.username(), "guess " + i).andReturn();
			if (result.getResponse().getStatus() == 429) {
				longestWait = Math.max(longestWait, Long.parseLong(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)));
			}
		}
		assertThat(longestWait).isBetween(1L, 60L);
		signIn("192.0.2.20", editor.username(), editor.password()).andExpect(status().isTooManyRequests());

		clock.advance(Duration.ofSeconds(longestWait));
		signIn("192.0.2.20", editor.username(), editor.password()).andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername(editor.username()));
	}

	@Test
	void theApiAnswers429ProblemDetailsPerAddress() throws Exception {
		clock.setInstant(clock.instant());
		for (int i = 0; i < ThrottledIntegrationTest.API_RATE; i++) {
			mvc.perform(get("/api/v1/questionnaire").with(from("203.0.113.40"))).andExpect(status().isOk());
		}
		MvcResult refused = mvc.perform(get("/api/v1/questionnaire").with(from("203.0.113.40")))
			.andExpect(status().isTooManyRequests()).andReturn();
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
		assertThat(refused.getResponse().getContentAsString()).contains("\"status\":429", "\"title\":\"Too many requests\"",
				"Try again in 2 seconds.");
		mvc.perform(get("/api/v1/questionnaire").with(from("203.0.113.41"))).andExpect(status().isOk());
		// the visitor pages are not the API
		mvc.perform(get("/").with(from("203.0.113.40"))).andExpect(status().isOk());
	}

	/**
	 * Over real HTTP from 127.0.0.1, which Tomcat trusts as a proxy by default
	 * (server.tomcat.remoteip.internal-proxies): X-Forwarded-For names the client the API limit counts.
	 * From a peer outside those addresses the header is ignored; that cannot be shown from one machine.
	 */
	@Test
	void behindATrustedProxyTheForwardedAddressIsTheClient() throws Exception {
		clock.setInstant(clock.instant());
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < ThrottledIntegrationTest.API_RATE; i++) {
			assertThat(api(http, "198.51.100.77").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = api(http, "198.51.100.77");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
		assertThat(api(http, "198.51.100.78").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> api(HttpClient http, String forwardedFor) throws Exception {
		return http.send(HttpRequest.newBuilder(url("/api/v1/questionnaire"))
			.header("X-Forwarded-For", forwardedFor).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private ResultActions signIn(String address, String username, String password) throws Exception {
		return mvc.perform(post("/admin/sign-in").with(csrf()).with(from(address)).param("username", username)
			.param("password", password));
	}

	private double throttled(String limit) {
		return meters.counter("crossroads.throttled", "limit", limit).count();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
