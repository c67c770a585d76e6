package org.crossroads.site;

import org.crossroads.CrossroadsSettings;
import org.crossroads.ruleset.published.SiteContent;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs, on visitor, admin and error pages alike: the published crisis
 * resources for the footer line (by region), the retention period that pages state, and what the
 * page's head tells search engines.
 */
@ControllerAdvice
class SiteModelAdvice {

	private static final Logger log = LoggerFactory.getLogger(SiteModelAdvice.class);

	private final PublishedContent published;

	private final RetentionPeriod retention;

	private final SharedFragments fragments;

	SiteModelAdvice(PublishedContent published, CrossroadsSettings settings, SharedFragments fragments) {
		this.published = published;
		this.retention = RetentionPeriod.of(settings.retention());
		this.fragments = fragments;
	}

	@ModelAttribute("crisisResources")
	List<SiteContent.CrisisResource> crisisResources() {
		return resources();
	}

	/**
	 * The crisis lines by region, the region of the browser's language first, the lines in the
	 * visitor's language before the others. The order depends on Accept-Language, so caches must keep
	 * one copy per language.
	 */
	@ModelAttribute("crisisRegions")
	List<CrisisRegion> crisisRegions(HttpServletRequest request, HttpServletResponse response) {
		if (!response.getHeaders(HttpHeaders.VARY).contains(HttpHeaders.ACCEPT_LANGUAGE)) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
		return CrisisRegion.ordered(resources(), CrisisRegion.languages(request), language());
	}

	/**
	 * The footer's crisis lines as HTML, rendered once per published version, crisis-line region and
	 * language (the only things they depend on; {@link SharedFragments} adds the language to the key).
	 */
	@ModelAttribute("footerCrisisLine")
	String footerCrisisLine(HttpServletRequest request) {
		List<Locale> languages = CrisisRegion.languages(request);
		String version;
		List<SiteContent.CrisisResource> resources;
		try {
			ContentSnapshot content = published.current();
			version = String.valueOf(content.version());
			resources = content.site().crisisResources();
		}
		catch (RuntimeException ex) {
			version = "none";
			resources = List.of();
		}
		List<SiteContent.CrisisResource> lines = resources;
		String language = language();
		// framed in another site's page, the directory link opens a new tab rather than leave the frame
		boolean framed = CrossroadsSettings.Embed.page(request.getRequestURI().substring(request.getContextPath().length()));
		return fragments.html("footer-crisis|" + version + "|" + CrisisRegion.preferredCode(lines, languages)
				+ (framed ? "|framed" : ""), "fragments/crisis", "footer-regions",
				() -> Map.of("crisisRegions", CrisisRegion.ordered(lines, languages, language), "embed", framed));
	}

	/** The language the page is in, as the site resolved it for this request. */
	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	private List<SiteContent.CrisisResource> resources() {
		try {
			return published.current().site().crisisResources();
		}
		catch (RuntimeException ex) {
			// an error page must still render; the frame then shows its fallback crisis line
			log.warn("Crisis resources unavailable: {}", ex.getClass().getSimpleName());
			return List.of();
		}
	}

	@ModelAttribute("retention")
	RetentionPeriod retention() {
		return retention;
	}

	@ModelAttribute("pageMeta")
	PageMeta pageMeta(HttpServletRequest request) {
		// on an error dispatch the request URI is the error path, so error pages are never indexed
		return PageMeta.forPath(request.getRequestURI().substring(request.getContextPath().length()));
	}
}
