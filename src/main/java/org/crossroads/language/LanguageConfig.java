package org.crossroads.language;

import java.util.EnumSet;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfig {

	/**
	 * After Spring's request context (order -105, which sets the locale from Accept-Language alone) and
	 * before the security chain (-100), so the page cache inside it sees the chosen language.
	 */
	@Bean
	FilterRegistrationBean<LanguageFilter> languageFilter(Languages languages) {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(new LanguageFilter(languages));
		registration.setOrder(-104);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

	/** The locale of a request is the language the filter chose; the source language outside a request. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(Languages languages) {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return request.getAttribute(LanguageFilter.CHOICE) instanceof LanguageChoice choice
						? choice.language().locale() : languages.source().locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				throw new UnsupportedOperationException("the language travels in the address: ?lang=");
			}
		};
	}
}
