package org.crossroads.site;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.crossroads.language.Languages;
import org.crossroads.ruleset.published.PublishedContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * How pages and static files leave the server: shared pages from memory, the stylesheet and script
 * under addresses that carry a hash of their content (so a browser keeps them for a year and a new
 * build gets new addresses), the other static files for a day.
 */
@Configuration
class SiteWebConfig implements WebMvcConfigurer {

	/** Requests, and error dispatches for the page of an unknown address. Inside the security chain (order -100). */
	@Bean
	FilterRegistrationBean<SharedPageCache> sharedPageCache(List<SharedPage> pages, PublishedContent published,
			Languages languages) {
		FilterRegistrationBean<SharedPageCache> registration = new FilterRegistrationBean<>(
				new SharedPageCache(pages, published, languages));
		registration.setOrder(0);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

	/**
	 * Each static folder and file by name. A catch-all pattern would make every link on a page
	 * (Thymeleaf asks the resource chain about each one) and every unknown address search the jar.
	 */
	/** Links to the stylesheet and script with their content hash ({@link AssetLinks}). */
	@Bean
	static BeanPostProcessor assetLinks(ObjectProvider<ResourceUrlProvider> resources) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinks(resources));
				}
				return bean;
			}
		};
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "js")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler(ROOT_FILES.toArray(String[]::new))
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.resourceChain(true);
	}

	/** The static files at the root of the site; {@code SecurityConfig} lets the same ones past its chains. */
	static final List<String> ROOT_FILES = List.of("/favicon.svg", "/robots.txt");
}
