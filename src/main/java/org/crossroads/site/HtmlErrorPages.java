package org.crossroads.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.jspecify.annotations.Nullable;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Outside {@code /api}, a request Spring MVC refuses (unknown path, wrong method, bad parameter)
 * gets the status as an HTML error page in the site frame, not the API's problem JSON: the
 * resolver sends the error, and Boot's error controller renders {@code templates/error.html}, the
 * one error page, whose texts follow the status.
 */
@Configuration
class HtmlErrorPages implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new PageExceptionResolver());
	}

	/** A controller's "error/404" (and the like) is the one error page, told its status. */
	@Bean
	ErrorStatusViews errorStatusViews(ThymeleafViewResolver thymeleaf) {
		return new ErrorStatusViews(thymeleaf);
	}

	static final class ErrorStatusViews implements ViewResolver, Ordered {

		private static final Pattern NAME = Pattern.compile("error/(\\d{3})");

		private final ThymeleafViewResolver thymeleaf;

		ErrorStatusViews(ThymeleafViewResolver thymeleaf) {
			this.thymeleaf = thymeleaf;
		}

		@Override
		public View resolveViewName(String viewName, Locale locale) throws Exception {
			Matcher name = NAME.matcher(viewName);
			if (!name.matches()) {
				return null;
			}
			View page = thymeleaf.resolveViewName("error", locale);
			return page == null ? null : new WithStatus(page, Integer.parseInt(name.group(1)));
		}

		@Override
		public int getOrder() {
			return thymeleaf.getOrder() - 1; // before Thymeleaf's, which would look for the template error/404
		}
	}

	private record WithStatus(View page, int status) implements View {

		@Override
		public String getContentType() {
			return page.getContentType();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, Object> withStatus = new HashMap<>(model != null ? model : Map.of());
			withStatus.putIfAbsent("status", status);
			withStatus.put("pageMeta", PageMeta.NOT_INDEXED);
			page.render(withStatus, request, response);
		}
	}

	static final class PageExceptionResolver extends DefaultHandlerExceptionResolver {

		PageExceptionResolver() {
			setWarnLogCategory(null);
		}

		@Override
		protected @Nullable ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
				@Nullable Object handler, Exception ex) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				return null;
			}
			if (handler instanceof HandlerMethod method
					&& new ExceptionHandlerMethodResolver(method.getBeanType()).resolveMethod(ex) != null) {
				return null; // the controller's own @ExceptionHandler decides
			}
			return super.doResolveException(request, response, handler, ex);
		}
	}
}
