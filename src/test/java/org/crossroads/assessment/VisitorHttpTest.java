package org.crossroads.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.crossroads.SeedAnswers;

/**
 * The visitor pages over real HTTP on a random port: the servlet container's own error dispatch,
 * cookies as a browser would receive them, and the bytes a step page costs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "crossroads.data-dir=./target/test-data")
class VisitorHttpTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final List<HttpResponse<String>> seen = new ArrayList<>();

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		seen.add(response);
		return response;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** Follows 303s as a browser does, each a GET of the Location. */
	HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
		while (response.statusCode() == 303) {
			response = get(response.headers().firstValue("Location").orElseThrow());
		}
		return response;
	}

	static Map<String, String> formOf(Document page, String action) {
		assertThat(page.select("form#questionnaire input[type=hidden]")).extracting(input -> input.attr("name"))
			.containsExactly("version");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", page.selectFirst("form#questionnaire input[name=version]").val());
		fields.put("action", action);
		return fields;
	}

	@Test
	void aWholeVisitNeverSetsACookieAndEveryPageHasTheCrisisLine() throws Exception {
		for (String path : List.of("/", "/compare", "/about", "/privacy")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		HttpResponse<String> start = get("/assessment");
		assertThat(start.statusCode()).isEqualTo(303);
		Map<String, String> answers = SeedAnswers.urgent();
		HttpResponse<String> first = follow(start);
		assertThat(first.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(first.body());
		String location = null;
		for (int step = 1; step <= 3; step++) {
			Map<String, String> form = formOf(page, step < 3 ? "next" : "finish");
			for (Element fieldset : page.select("form#questionnaire fieldset")) {
				String key = fieldset.id().substring(2);
				if (answers.containsKey(key)) {
					form.put(key, answers.get(key));
				}
			}
			HttpResponse<String> response = post(page.selectFirst("form#questionnaire").attr("action"), form);
			assertThat(response.statusCode()).isEqualTo(303);
			if (step < 3) {
				response = follow(response);
				assertThat(response.statusCode()).isEqualTo(200);
				page = Jsoup.parse(response.body());
				assertThat(page.selectFirst("main").firstElementChild().id()).isEqualTo("crisis-help");
			}
			else {
				location = response.headers().firstValue("Location").orElseThrow();
			}
		}
		assertThat(location).startsWith("/results/");
		Document result = Jsoup.parse(get(location).body());
		assertThat(result.selectFirst("main").attr("data-outcome")).isEqualTo("URGENT_SUPPORT");
		assertThat(get(location + "/print").statusCode()).isEqualTo(200);
		assertThat(post("/assessment/" + ResultIds.next() + "/1", Map.of("self-harm", "sometimes")).statusCode())
			.isEqualTo(400);
		HttpResponse<String> unconfirmed = post(location + "/delete", Map.of());
		assertThat(unconfirmed.statusCode()).isEqualTo(303);
		assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith(location + "/delete");
		assertThat(get(location).statusCode()).as("nothing deleted without the confirmation").isEqualTo(200);
		Document ask = Jsoup.parse(get(location + "/delete").body());
		assertThat(ask.selectFirst("form#delete-confirm input[name=confirm]").val()).isEqualTo("yes");
		HttpResponse<String> confirmed = post(location + "/delete", Map.of("confirm", "yes"));
		assertThat(confirmed.statusCode()).isEqualTo(303);
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/results/deleted");
		assertThat(get("/results/deleted").statusCode()).isEqualTo(200);
		assertThat(get(location).statusCode()).isEqualTo(404);

		for (HttpResponse<String> response : seen) {
			assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
			if (response.statusCode() != 303) {
				assertThat(Jsoup.parse(response.body()).select("footer p.crisis-line")).as(response.uri().toString())
					.hasSize(1);
			}
		}
	}

	@Test
	void containerErrorPagesUseTheSiteFrame() throws Exception {
		HttpResponse<String> missing = get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		Document page = Jsoup.parse(missing.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("footer p.crisis-line").text()).contains("988");
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");

		HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/privacy")).header("Accept", "text/html")
			.method("PUT", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(method.body()).selectFirst("footer p.crisis-line")).isNotNull();
		assertThat(missing.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void everyUnknownAddressGetsTheSamePageNotFoundAndTheApiItsProblemDetails() throws Exception {
		HttpResponse<String> first = get("/no-such-page-" + System.nanoTime());
		HttpResponse<String> second = get("/another/unknown/address");
		for (HttpResponse<String> missing : List.of(first, second)) {
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(missing.headers().firstValue("ETag")).isEmpty();
			assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Page not found");
		}
		assertThat(second.body()).isEqualTo(first.body());

		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
			.header("Accept", "application/json").GET().build());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	/** In Spanish too, and the same for every address: its switch leads to the home page, not to the address that failed. */
	@Test
	void theSpanishPageNotFoundIsSpanishAndNamesNoAddress() throws Exception {
		HttpResponse<String> first = get("/no-such-page-" + System.nanoTime() + "?lang=es");
		HttpResponse<String> second = send(HttpRequest.newBuilder(uri("/another/unknown/address"))
			.header("Accept", "text/html").header("Accept-Language", "es-ES").GET().build());
		for (HttpResponse<String> missing : List.of(first, second)) {
			assertThat(missing.statusCode()).isEqualTo(404);
			Document page = Jsoup.parse(missing.body());
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
			assertThat(page.selectFirst("h1").text()).isNotEqualTo("Page not found");
			assertThat(page.selectFirst("nav.language-switch a[hreflang=en]").attr("href")).isEqualTo("/?lang=en");
			assertThat(missing.body()).doesNotContain("no-such-page").doesNotContain("another/unknown");
		}
	}

	@Test
	void aQuestionnaireStepWithAllItsAssetsWeighsUnder150KB() throws Exception {
		HttpResponse<String> step = follow(get("/assessment"));
		assertThat(step.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(step.body());
		long total = step.body().getBytes(StandardCharsets.UTF_8).length;
		List<String> assets = new ArrayList<>();
		page.select("link[href]").forEach(l -> assets.add(l.attr("href")));
		page.select("script[src]").forEach(s -> assets.add(s.attr("src")));
		// the stylesheet and script under addresses that name their content
		assertThat(assets).anyMatch(a -> a.matches("/css/site-[0-9a-f]{32}\\.css"))
			.anyMatch(a -> a.matches("/js/site-[0-9a-f]{32}\\.js"));
		for (String asset : assets) {
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			total += response.body().getBytes(StandardCharsets.UTF_8).length;
		}
		assertThat(total).isLessThan(150 * 1024);
	}
}
