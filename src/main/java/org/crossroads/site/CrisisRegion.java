package org.crossroads.site;

import org.crossroads.ruleset.published.SiteContent.CrisisResource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The crisis lines of one region, as pages list them: the region of the visitor's language first (a
 * person in Sydney should not scroll past four countries to reach Lifeline), then, for a visitor who
 * reads Spanish say, the regions with a line that answers in Spanish, the others in the editors'
 * order, the international directory always last. Within a region, the lines in the visitor's
 * language come first.
 *
 * @param preferred the visitor's language names this region: pages show it alone, the others one
 *     choice away
 */
public record CrisisRegion(String code, String name, List<CrisisResource> resources, boolean preferred) {

	public CrisisRegion {
		resources = List.copyOf(resources);
	}

	public boolean international() {
		return CrisisResource.INTERNATIONAL.equals(code);
	}

	/** Groups and orders the resources for a visitor who reads English. */
	static List<CrisisRegion> ordered(List<CrisisResource> resources, List<Locale> languages) {
		return ordered(resources, languages, CrisisResource.ENGLISH);
	}

	/**
	 * Groups the resources (in position order) by region code and orders the groups: the preferred
	 * region first; for a visitor who reads another language than English, then the regions with a line
	 * that answers in it; then the others; the international directory last. Within a region the lines
	 * in the visitor's language come first, the others keep the editors' order.
	 * @param languages the visitor's languages, most preferred first (Accept-Language)
	 * @param language the language the visitor reads the site in ("es"), as the site resolved it
	 */
	static List<CrisisRegion> ordered(List<CrisisResource> resources, List<Locale> languages, String language) {
		Map<String, List<CrisisResource>> byCode = new LinkedHashMap<>();
		resources.forEach(r -> byCode.computeIfAbsent(country(r.regionCode()), c -> new ArrayList<>()).add(r));
		String preferred = preferred(byCode.keySet(), languages);
		List<CrisisRegion> regions = new ArrayList<>();
		byCode.forEach((code, list) -> {
			List<CrisisResource> lines = new ArrayList<>(list);
			// stable: the editors' order stays among the lines in the language and among the others
			lines.sort(Comparator.comparing((CrisisResource r) -> !r.answersIn(language)));
			regions.add(new CrisisRegion(code, list.get(0).region(), lines, code.equals(preferred)));
		});
		boolean english = CrisisResource.ENGLISH.equals(CrisisResource.primaryLanguage(language));
		Predicate<CrisisRegion> inLanguage = r -> !english && r.resources().stream().anyMatch(l -> l.answersIn(language));
		List<CrisisRegion> ordered = new ArrayList<>();
		regions.stream().filter(r -> r.code().equals(preferred)).forEach(ordered::add);
		List<CrisisRegion> others = regions.stream().filter(r -> !r.code().equals(preferred) && !r.international()).toList();
		others.stream().filter(inLanguage).forEach(ordered::add);
		others.stream().filter(inLanguage.negate()).forEach(ordered::add);
		regions.stream().filter(CrisisRegion::international).forEach(ordered::add);
		return List.copyOf(ordered);
	}

	/**
	 * The region of the visitor's languages that has crisis lines, or "" when none has: everything
	 * about the order of the lists follows from it, so pages the same for everyone vary by it alone.
	 */
	static String preferredCode(List<CrisisResource> resources, List<Locale> languages) {
		return preferred(resources.stream().map(r -> country(r.regionCode())).collect(Collectors.toSet()), languages);
	}

	private static String preferred(Set<String> codes, List<Locale> languages) {
		return languages.stream()
			.map(l -> country(l.getCountry()))
			.filter(codes::contains)
			.filter(c -> !CrisisResource.INTERNATIONAL.equals(c))
			.findFirst().orElse("");
	}

	/** The visitor's languages, most preferred first; none when the browser names none. */
	static List<Locale> languages(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? List.of() : Collections.list(request.getLocales());
	}

	/** ISO 3166 says GB; people and older rows say UK. */
	private static String country(String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return upper.equals("UK") ? "GB" : upper;
	}
}
