package org.crossroads.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.jspecify.annotations.Nullable;

/**
 * Outside {@code /api}, a request Spring MVC refuses (unknown path, wrong method, bad parameter)
 * gets the status as an HTML error page in the site frame, not the API's problem JSON: the
 * resolver sends the error, and Boot's error controller renders {@code templates/error/*}.
 */
@Configuration
class HtmlErrorPages implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new PageExceptionResolver());
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
