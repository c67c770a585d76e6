package org.crossroads.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Parts of a page with answers that are the same for every visitor of one published version, such
 * as the footer's crisis lines or "Finding help" on a result: rendered once from their Thymeleaf
 * fragment and then inserted as they are ({@code th:utext}; the fragment escaped its text when it
 * was rendered), so a page with answers renders per request only what is its own.
 *
 * <p>A key names everything the fragment's HTML depends on (the version among it), so a publish
 * simply asks for new keys; the oldest are dropped beyond {@value #KEPT}.
 */
@Component
public class SharedFragments {

	static final int KEPT = 256;

	private final ITemplateEngine templates;

	private final Map<String, String> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KEPT;
		}
	});

	SharedFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The HTML of {@code template :: fragment}, rendered with the variables once per key and
	 * language. A fragment rendered here has no request: it may not use {@code @{...}} links to the
	 * site's own pages or request attributes.
	 */
	public String html(String key, String template, String fragment, Supplier<Map<String, Object>> variables) {
		Locale locale = LocaleContextHolder.getLocale();
		String fullKey = key + "|" + locale.toLanguageTag();
		String html = kept.get(fullKey);
		if (html == null) {
			html = templates.process(template, Set.of(fragment), new Context(locale, variables.get()));
			kept.put(fullKey, html);
		}
		return html;
	}
}
