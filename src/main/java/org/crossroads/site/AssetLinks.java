package org.crossroads.site;

import jakarta.servlet.http.HttpServletRequest;

import org.crossroads.language.LanguageLinks;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.servlet.IServletWebExchange;

import org.springframework.beans.factory.ObjectProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Thymeleaf's links: the stylesheet's and script's carry the hash of their content
 * ({@code /css/site-<md5>.css}); every other link gets the page's language where links carry it
 * ({@link LanguageLinks}). Spring's own way, a filter
 * that asks the resource chain about every link of every page, cost the result page about 7 % of
 * its rate. The site runs at the root, so a link is its lookup path.
 */
final class AssetLinks extends StandardLinkBuilder {

	private final ObjectProvider<ResourceUrlProvider> resources;

	AssetLinks(ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		if (link.startsWith("/css/") || link.startsWith("/js/")) {
			String versioned = resources.getObject().getForLookupPath(link);
			return versioned != null ? versioned : link;
		}
		return context instanceof IWebContext web
				&& web.getExchange() instanceof IServletWebExchange servlet
				&& servlet.getNativeRequestObject() instanceof HttpServletRequest request
						? LanguageLinks.carry(request, link) : link;
	}
}
