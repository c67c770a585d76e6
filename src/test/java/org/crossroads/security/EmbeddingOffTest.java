package org.crossroads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** With no site allowed to frame the questionnaire (the default) nothing of embedding exists. */
@SecurityIntegrationTest
class EmbeddingOffTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "/embed", "/embed/", "/embed/assessment/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/1",
			"/embed/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void theFramedPagesAreTheUsualNotFoundPageAndUnframable(String path) throws Exception {
		HttpResponse<String> embed = html(path);
		HttpResponse<String> unknown = html("/no-such-page");
		assertThat(embed.statusCode()).isEqualTo(404);
		assertThat(embed.body()).isEqualTo(unknown.body());
		assertThat(embed.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(embed.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	@Test
	void everyPageKeepsFrameAncestorsNone() throws Exception {
		for (String path : new String[] { "/", "/assessment", "/compare", "/api/v1/questionnaire" }) {
			HttpResponse<String> response = html(path);
			assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
				.containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).endsWith("frame-ancestors 'none'");
			assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
		}
	}

	@Test
	void theApiSendsNoCorsHeaders() throws Exception {
		MockHttpServletResponse preflight = mvc.perform(options("/api/v1/assessments").header("Origin", "https://clinic.example")
			.header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
		assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
		assertThat(preflight.getHeader("Access-Control-Allow-Methods")).isNull();
		MockHttpServletResponse read = mvc.perform(get("/api/v1/questionnaire").header("Origin", "https://clinic.example"))
			.andReturn().getResponse();
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	private HttpResponse<String> html(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}
}
