package org.crossroads.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossroads.CrossroadsApplication;
import org.crossroads.accounts.Role;
import org.crossroads.accounts.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database, as behind a load balancer without sticky sessions: this test's server
 * and a second application started beside it. Signing in on one and going on with the other just
 * works, CSRF token included, and signing out on one ends the session on both.
 */
@SecurityIntegrationTest
class TwoNodesTest {

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]*)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTheSecondNode() {
		// the same database as the test's own context (test properties and any active profile apply)
		secondNode = new SpringApplicationBuilder(CrossroadsApplication.class)
			.properties("server.port=0", "management.server.port=0", "server.address=127.0.0.1",
					"spring.datasource.hikari.maximum-pool-size=2", "spring.main.banner-mode=off")
			.run();
	}

	@AfterAll
	static void stopTheSecondNode() {
		secondNode.close();
	}

	int secondPort() {
		return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
	}

	@Test
	void aSessionStartedOnOneNodeGoesOnOnTheOtherAndEndsOnBoth() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		int first = port;
		int second = secondPort();

		// the sign-in form from the first node, posted to the second
		HttpResponse<String> form = send(first, "/admin/sign-in", null, null);
		String anonymous = cookie(form);
		HttpResponse<String> signedIn = send(second, "/admin/sign-in", anonymous,
				"username=" + encode(editor.username()) + "&password=" + encode(editor.password()) + "&_csrf="
						+ encode(csrf(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		String session = cookie(signedIn);
		assertThat(session).isNotEqualTo(anonymous);

		// each node knows the session; a form from one is accepted by the other
		assertThat(send(first, "/admin", session, null).statusCode()).isEqualTo(200);
		HttpResponse<String> passwordPage = send(second, "/admin/password", session, null);
		assertThat(passwordPage.statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = send(first, "/admin/sign-out", session, "_csrf=" + encode(csrf(passwordPage)));
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?signed-out");

		for (int node : new int[] { first, second }) {
			HttpResponse<String> after = send(node, "/admin", session, null);
			assertThat(after.statusCode()).as("node on port %d", node).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?ended");
		}
	}

	@Test
	void signingOutOnOneNodeEndsTheAccountsSessionsOnEveryNode() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		TestAccounts.Credentials other = testAccounts.create(Role.EDITOR);
		String laptop = signIn(port, editor);
		String phone = signIn(secondPort(), editor);
		String someoneElse = signIn(secondPort(), other);

		HttpResponse<String> page = send(port, "/admin/password", laptop, null);
		send(port, "/admin/sign-out", laptop, "_csrf=" + encode(csrf(page)));

		for (int node : new int[] { port, secondPort() }) {
			HttpResponse<String> after = send(node, "/admin", phone, null);
			assertThat(after.statusCode()).as("node on port %d", node).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?ended");
			assertThat(send(node, "/admin", someoneElse, null).statusCode()).as("another account").isEqualTo(200);
		}
	}

	@Test
	void aPasswordChangeOnOneNodeEndsTheAccountsOtherSessionsOnEveryNode() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		String here = signIn(port, editor);
		String elsewhere = signIn(secondPort(), editor);
		String newPassword = "rivers bend under quiet " + TestAccounts.freshUsername().hashCode();

		HttpResponse<String> page = send(port, "/admin/password", here, null);
		HttpResponse<String> changed = send(port, "/admin/password", here, "currentPassword=" + encode(editor.password())
				+ "&newPassword=" + encode(newPassword) + "&repeatPassword=" + encode(newPassword) + "&_csrf="
				+ encode(csrf(page)));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/admin/password?changed");
		String kept = changed.headers().allValues("Set-Cookie").isEmpty() ? here : cookie(changed);

		for (int node : new int[] { port, secondPort() }) {
			HttpResponse<String> after = send(node, "/admin", elsewhere, null);
			assertThat(after.statusCode()).as("node on port %d", node).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?ended");
			assertThat(send(node, "/admin", kept, null).statusCode()).as("the session that made the change")
				.isEqualTo(200);
		}
	}

	private String signIn(int node, TestAccounts.Credentials account) throws Exception {
		HttpResponse<String> form = send(node, "/admin/sign-in", null, null);
		HttpResponse<String> signedIn = send(node, "/admin/sign-in", cookie(form), "username=" + encode(account.username())
				+ "&password=" + encode(account.password()) + "&_csrf=" + encode(csrf(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return cookie(signedIn);
	}

	private HttpResponse<String> send(int port, String path, String session, String formBody) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		if (formBody != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(formBody));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
			.map(m -> m.group(1)).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF_FIELD.matcher(page.body());
		assertThat(token.find()).as("a CSRF field on %s", page.uri()).isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
