package org.crossroads.site;

import org.crossroads.ruleset.published.SiteContent.CrisisResource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The crisis lines of one region, as pages list them: the region of the visitor's language first (a
 * person in Sydney should not scroll past four countries to reach Lifeline), the others in the
 * editors' order, the international directory always last.
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

	/**
	 * Groups the resources (in position order) by region code and orders the groups.
	 * @param languages the visitor's languages, most preferred first (Accept-Language)
	 */
	static List<CrisisRegion> ordered(List<CrisisResource> resources, List<Locale> languages) {
		Map<String, List<CrisisResource>> byCode = new LinkedHashMap<>();
		resources.forEach(r -> byCode.computeIfAbsent(country(r.regionCode()), c -> new ArrayList<>()).add(r));
		String preferred = preferred(byCode.keySet(), languages);
		List<CrisisRegion> regions = new ArrayList<>();
		byCode.forEach((code, list) ->
				regions.add(new CrisisRegion(code, list.get(0).region(), list, code.equals(preferred))));
		List<CrisisRegion> ordered = new ArrayList<>();
		regions.stream().filter(r -> r.code().equals(preferred)).forEach(ordered::add);
		regions.stream().filter(r -> !r.code().equals(preferred) && !r.international()).forEach(ordered::add);
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
