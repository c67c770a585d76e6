package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code prod} profile, for a site behind a TLS proxy: Secure session cookies and HSTS on every
 * response even when the request reaches the app as plain HTTP from an address it does not trust
 * for X-Forwarded-Proto, and structured logs. Run in a JVM of its own, for its logging set-up.
 */
class ProdProfileTest {

	static AppProcess app;

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		app = AppProcess.start(List.of("--spring.profiles.active=prod"), Map.of());
	}

	@AfterAll
	static void stop() throws Exception {
		app.close();
	}

	static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theLogIsStructured() {
		StructuredLogsTest.assertEveryLineIsEcsJson(app.startLines());
	}

	@Test
	void theSessionCookieIsSecureOverPlainHttp() throws Exception {
		HttpResponse<String> signIn = get("/admin/sign-in");
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly"));
	}

	@Test
	void everyResponseCarriesHstsPagesStaticFilesAndErrors() throws Exception {
		for (String path : List.of("/", "/admin/sign-in", "/css/site.css", "/no-such-page", "/api/v1/questionnaire")) {
			assertThat(get(path).headers().firstValue("Strict-Transport-Security"))
				.as(path).contains("max-age=31536000 ; includeSubDomains");
		}
	}
}
