package org.crossroads.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat itself refuses some URLs before the application sees them (an encoded "/" or "\", NUL,
 * invalid UTF-8) and would answer with its own HTML page (with an inline style the CSP forbids).
 * Under /api/ the answer is problem details, as the API promises for every error; elsewhere a
 * short plain-text message. Neither names the server or its version. The texts are the
 * application's messages, handed over by the installer.
 */
class ApiErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	ApiErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		boolean api = uri != null && uri.startsWith("/api/");
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known != null ? known.getReasonPhrase() : text("api.refused-early.title");
		try {
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? ProblemJson.of(title, status, text("api.refused-early.detail"))
						: text("api.refused-early.text", String.valueOf(status), title) + "\n");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is already on its way: nothing more to say
		}
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ROOT);
	}

	/** Adds the valve to the host, after Spring Boot's own, so it reports first. */
	@Component
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final MessageSource messages;

		Installer(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(
					context -> context.getParent().getPipeline().addValve(new ApiErrorReportValve(messages)));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
