package org.crossroads.security;

import org.crossroads.accounts.Role;
import org.crossroads.accounts.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP against the embedded server, because error pages, the firewall, session
 * cookies and container headers only show there.
 */
@SecurityIntegrationTest
class HttpSecurityTest {

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/assessment", "/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/1", "/compare", "/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"/api/v1/questionnaire", "/css/site.css", "/no-such-page", "/api/v1/no-such-thing", "/readyz", "/livez",
			"/admin/sign-in", "/admin/accounts", "/a;b", "/admin/../etc/passwd" })
	void everyResponseCarriesTheSecurityHeadersAndNoBanner(String path) throws Exception {
		assertSecure(send(get(path)));
	}

	@Test
	void errorsRefusalsAndOtherMethodsCarryThemToo() throws Exception {
		HttpResponse<String> notFound = send(get("/no-such-page"));
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertSecure(notFound);
		assertThat(notFound.body()).doesNotContain("Exception", "at org.", "Tomcat");

		HttpResponse<String> tooLarge = send(request("/api/v1/evaluations").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"" + "x".repeat(70_000) + "\"}")));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertSecure(tooLarge);

		HttpResponse<String> trace = send(request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(trace.statusCode()).isEqualTo(405);
		assertSecure(trace);

		HttpResponse<String> rejected = send(get("/a;b"));
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertSecure(rejected);
	}

	@Test
	void visitorsAndApiClientsGetNoCookie() throws Exception {
		String stepOne = send(get("/assessment")).headers().firstValue("Location").orElseThrow();
		List<HttpResponse<String>> responses = List.of(
				send(get("/")),
				send(get("/assessment")),
				send(get(stepOne)),
				send(form(stepOne, "action=next&daily-functioning=not-at-all")),
				send(get(stepOne)),
				send(request("/api/v1/evaluations").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}"))),
				send(request("/api/v1/assessments").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}"))),
				send(get("/api/v1/questionnaire")),
				send(get("/css/site.css")),
				send(get("/no-such-page")),
				send(get(VisitorFormProbe.PATH)),
				send(form(VisitorFormProbe.PATH, "")));
		assertThat(responses).allSatisfy(response -> {
			assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
			assertThat(response.statusCode()).as(response.uri().toString()).isLessThan(500);
		});
	}

	@Test
	void aVisitorFormCarriesNoCsrfFieldWhileAnAdminFormDoes() throws Exception {
		HttpResponse<String> visitor = send(get(VisitorFormProbe.PATH));
		assertThat(visitor.statusCode()).isEqualTo(200);
		assertThat(visitor.body()).contains("id=\"probe\"").doesNotContain("_csrf");
		HttpResponse<String> step = send(get(send(get("/assessment")).headers().firstValue("Location").orElseThrow()));
		assertThat(step.body()).contains("id=\"questionnaire\"").doesNotContain("_csrf");
		assertThat(send(form(VisitorFormProbe.PATH, "")).statusCode()).isEqualTo(200);
		assertThat(send(get("/admin/sign-in")).body()).contains("name=\"_csrf\"");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindTls() throws Exception {
		String plain = sessionCookieHeader(send(get("/admin/sign-in")));
		assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

		// a TLS-terminating proxy in front says so; the cookie is then marked Secure
		String behindTls = sessionCookieHeader(send(request("/admin/sign-in").header("X-Forwarded-Proto", "https").GET()));
		assertThat(behindTls).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void strictTransportSecurityIsSentBehindTlsOnly() throws Exception {
		// over plain HTTP the header would be ignored by browsers (and wrong on localhost)
		assertThat(send(get("/")).headers().firstValue("Strict-Transport-Security")).isEmpty();
		for (String path : List.of("/", "/admin/sign-in", "/api/v1/questionnaire")) {
			HttpResponse<String> behindTls = send(request(path).header("X-Forwarded-Proto", "https").GET());
			assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
		}
	}

	@Test
	void signingInGivesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		HttpResponse<String> page = send(get("/admin/sign-in"));
		String before = sessionId(page).orElseThrow();
		String token = csrfToken(page.body());

		HttpResponse<String> signedIn = send(request("/admin/sign-in").header("Cookie", "JSESSIONID=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + editor.username() + "&password="
					+ URLEncoder.encode(editor.password(), StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		String after = sessionId(signedIn).orElseThrow();
		assertThat(after).isNotEqualTo(before);

		assertThat(send(withSession("/admin/password", after)).statusCode()).isEqualTo(200);
		HttpResponse<String> old = send(withSession("/admin/password", before));
		assertThat(old.statusCode()).isEqualTo(302);
		assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/sign-in?ended"));
	}

	@Test
	void onlyTheProbesAreExposedAndThereIsNoDatabaseConsole() throws Exception {
		assertThat(send(get("/readyz")).statusCode()).isEqualTo(200);
		assertThat(send(get("/readyz")).body()).doesNotContain("details", "components", "db", "diskSpace");
		// the actuator itself is on the management port only (OperationsTest)
		for (String hidden : List.of("/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator/env",
				"/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings",
				"/actuator/metrics", "/h2-console", "/h2-console/")) {
			HttpResponse<String> response = send(get(hidden));
			assertThat(response.statusCode()).as(hidden).isEqualTo(404);
			assertThat(response.body()).as(hidden).doesNotContain("spring.datasource", "\"beans\"", "\"propertySources\"");
		}
	}

	private static void assertSecure(HttpResponse<String> response) {
		String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
		var headers = response.headers();
		assertThat(headers.allValues("Content-Security-Policy")).as(where).hasSize(1);
		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).as(where).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
				"base-uri 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(headers.allValues("X-Content-Type-Options")).as(where).containsExactly("nosniff");
		assertThat(headers.allValues("Referrer-Policy")).as(where).containsExactly("no-referrer");
		assertThat(headers.firstValue("Permissions-Policy")).as(where)
			.hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()",
					"interest-cohort=()"));
		assertThat(headers.firstValue("X-Frame-Options")).as(where).contains("DENY");
		assertThat(headers.firstValue("Server")).as(where).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).as(where).isEmpty();
		assertThat(response.body()).as(where).doesNotContainIgnoringCase("Apache Tomcat/");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder withSession(String path, String sessionId) {
		return request(path).header("Cookie", "JSESSIONID=" + sessionId).GET();
	}

	private HttpRequest.Builder form(String path, String body) {
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookieHeader(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
	}

	private static Optional<String> sessionId(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
			.map(m -> m.group(1)).findFirst();
	}

	private static String csrfToken(String page) {
		Matcher token = CSRF_FIELD.matcher(page);
		assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
		return token.group(1);
	}
}
