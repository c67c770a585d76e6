package org.crossroads.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossroads.language.Language;
import org.crossroads.language.LanguageLinks;
import org.crossroads.language.Languages;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the {@link SharedPage}s from memory: the first GET of a page renders it as usual and keeps
 * the bytes (and their gzip), keyed by the published version, the page's language, whether the
 * address named it, and the visitor's crisis-line region; later GETs write them out without rendering. A publish
 * starts a new set at once. Pages without a per-request part revalidate by a strong ETag; the
 * others keep the Cache-Control of their first render. Runs inside the security chain, so every
 * response still carries its headers; on error dispatches too, for the page of an unknown address.
 */
final class SharedPageCache extends OncePerRequestFilter {

	private static final String NO_CACHE = "no-cache";

	/** The pages of one published version. */
	private record Generation(int version, Map<String, Rendered> pages) {
	}

	private final List<SharedPage> pages;

	private final PublishedContent published;

	private final Languages languages;

	private volatile Generation generation = new Generation(-1, Map.of());

	SharedPageCache(List<SharedPage> pages, PublishedContent published, Languages languages) {
		this.pages = List.copyOf(pages);
		this.published = published;
		this.languages = languages;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SharedPage.Match match = "GET".equals(request.getMethod()) ? match(request) : null;
		if (match == null) {
			chain.doFilter(request, response);
			return;
		}
		ContentSnapshot content = published.current();
		// the page's language, whether its links carry it, and the live languages its switch offers
		String key = match.name() + "|" + LocaleContextHolder.getLocale().toLanguageTag() + "|"
				+ LanguageLinks.carry(request, "/") + "|" + languages.live().stream().map(Language::code).toList() + "|"
				+ CrisisRegion.preferredCode(content.site().crisisResources(), CrisisRegion.languages(request));
		Map<String, Rendered> kept = pagesOf(content.version());
		Rendered page = kept.get(key);
		if (page != null) {
			page.writeTo(request, response, match.variable());
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		Rendered rendered = Rendered.of(rendering, match.variable(),
				request.getDispatcherType() == DispatcherType.ERROR ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK);
		// a publish during the render: the page may be of either version, so it is not kept
		if (rendered != null && published.current().version() == content.version()) {
			kept.putIfAbsent(key, rendered);
			rendered.writeHeaders(response);
		}
		rendering.copyBodyToResponse();
	}

	private SharedPage.@Nullable Match match(HttpServletRequest request) {
		for (SharedPage page : pages) {
			Optional<SharedPage.Match> match = page.match(request);
			if (match.isPresent()) {
				return match.get();
			}
		}
		return null;
	}

	private Map<String, Rendered> pagesOf(int version) {
		Generation current = generation;
		if (current.version() != version) {
			current = new Generation(version, new ConcurrentHashMap<>());
			generation = current;
		}
		return current.pages();
	}

	/** A page as first rendered, split around its per-request part. */
	private record Rendered(int status, String contentType, Locale locale, @Nullable String cacheControl,
			List<byte[]> parts, @Nullable String etag, byte @Nullable [] gzip) {

		/**
		 * The page to keep, or null when this response is not one (another status than the page's,
		 * a cookie, no HTML). An error page keeps its status and Cache-Control and has no ETag.
		 */
		static @Nullable Rendered of(ContentCachingResponseWrapper response, @Nullable String variable, int status) {
			String type = response.getContentType();
			if (response.getStatus() != status || type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)
					|| response.getHeader(HttpHeaders.SET_COOKIE) != null) {
				return null;
			}
			byte[] body = response.getContentAsByteArray();
			Locale language = response.getLocale();
			if (status != HttpServletResponse.SC_OK) {
				return new Rendered(status, type, language, response.getHeader(HttpHeaders.CACHE_CONTROL), List.of(body),
						null, gzip(body));
			}
			if (variable == null) {
				return new Rendered(status, type, language, NO_CACHE, List.of(body), etag(body), gzip(body));
			}
			List<byte[]> parts = split(body, variable.getBytes(StandardCharsets.UTF_8));
			return parts.size() < 2 ? null
					: new Rendered(status, type, language, response.getHeader(HttpHeaders.CACHE_CONTROL), parts, null, null);
		}

		void writeHeaders(HttpServletResponse response) {
			response.setLocale(locale);
			if (cacheControl != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			}
			if (etag != null) {
				response.setHeader(HttpHeaders.ETAG, etag);
			}
			// the crisis lines follow the language; the encoding follows what the browser takes
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			if (gzip != null) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			}
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response, @Nullable String variable)
				throws IOException {
			response.setStatus(status);
			response.setContentType(contentType);
			writeHeaders(response);
			if (etag != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (gzip != null && acceptsGzip(request)) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				response.setContentLength(gzip.length);
				response.getOutputStream().write(gzip);
				return;
			}
			byte[] between = variable == null ? new byte[0] : variable.getBytes(StandardCharsets.UTF_8);
			int length = between.length * (parts.size() - 1);
			for (byte[] part : parts) {
				length += part.length;
			}
			response.setContentLength(length);
			for (int i = 0; i < parts.size(); i++) {
				if (i > 0) {
					response.getOutputStream().write(between);
				}
				response.getOutputStream().write(parts.get(i));
			}
		}

		private static boolean matches(@Nullable String ifNoneMatch, String etag) {
			if (ifNoneMatch == null) {
				return false;
			}
			return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(t -> t.equals(etag) || t.equals("*"));
		}

		private static boolean acceptsGzip(HttpServletRequest request) {
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			return accepted != null && Arrays.stream(accepted.split(","))
				.map(e -> e.strip().toLowerCase(Locale.ROOT))
				.anyMatch(e -> e.equals("gzip") || (e.startsWith("gzip;") && !e.replace(" ", "").endsWith("q=0")));
		}

		private static List<byte[]> split(byte[] body, byte[] variable) {
			List<byte[]> parts = new ArrayList<>();
			int start = 0;
			for (int i = 0; i <= body.length - variable.length; i++) {
				if (Arrays.equals(body, i, i + variable.length, variable, 0, variable.length)) {
					parts.add(Arrays.copyOfRange(body, start, i));
					start = i + variable.length;
					i = start - 1;
				}
			}
			parts.add(Arrays.copyOfRange(body, start, body.length));
			return List.copyOf(parts);
		}

		private static String etag(byte[] body) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
				return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("every Java platform has SHA-256", ex);
			}
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}
	}
}
