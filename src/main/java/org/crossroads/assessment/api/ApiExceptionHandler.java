package org.crossroads.assessment.api;

import org.crossroads.assessment.values.ValuesStep;
import org.crossroads.assessment.values.ValuesAnswers;

import org.crossroads.throttling.TooManyRequestsException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.crossroads.CrossroadsSettings;
import org.crossroads.rules.AnswerProblem;
import org.crossroads.rules.InvalidAnswersException;
import org.crossroads.security.RequestSizeLimitFilter;

/**
 * Every refusal of the API is problem details (RFC 9457) with a readable detail. Global, because
 * a wrong media type or method is refused before any controller is chosen. The texts are the
 * messages' api.* keys, in English whatever the request's language: the contract pins them.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** The problem code of an answer that is not a string, beside the rules' own AnswerProblem kinds. */
	private static final String NOT_A_STRING = "NOT_A_STRING";

	private final MessageSource messages;

	private final long limitKb;

	ApiExceptionHandler(MessageSource messages, CrossroadsSettings settings) {
		this.messages = messages;
		this.limitKb = settings.maxRequestSize().toKilobytes();
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException ex) {
		List<Map<String, String>> errors = ex.problems().stream()
			.map(p -> Map.of("question", AnswersRequest.printable(p.questionKey()), "problem", p.kind().name(),
					"detail", describe(p)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("api.invalid-answers.title"),
				text("api.invalid-answers.detail", String.valueOf(errors.size())), errors);
	}

	@ExceptionHandler(ValuesAnswers.InvalidValuesException.class)
	ResponseEntity<ProblemDetail> invalidValues(ValuesAnswers.InvalidValuesException ex) {
		List<Map<String, String>> errors = ex.problems().stream()
			.map(p -> Map.of("part", p.part().name().toLowerCase(Locale.ROOT), "key", AnswersRequest.printable(p.key()),
					"problem", p.kind().name(), "detail", text("api.values." + p.kind().name())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("api.invalid-values.title"),
				text("api.invalid-values.detail", String.valueOf(errors.size())), errors);
	}

	@ExceptionHandler(ValuesStep.ResultGoneException.class)
	ResponseEntity<ProblemDetail> resultGone(ValuesStep.ResultGoneException ex) {
		return AssessmentApiController.notFound();
	}

	@ExceptionHandler(ValuesStep.NotOfferedException.class)
	ResponseEntity<ProblemDetail> valuesNotOffered(ValuesStep.NotOfferedException ex) {
		return problem(HttpStatus.CONFLICT, text("api.values-not-offered.title"), text("api.values-not-offered.detail"),
				List.of());
	}

	/** Too many results stored from this client just now; the API-wide limit answers alike, in a filter. */
	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> throttled(TooManyRequestsException ex) {
		String seconds = Long.toString(ex.retryAfterSeconds());
		ProblemDetail problem = titled(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				text("api.throttled.detail", seconds)), text("api.throttled.title"));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, seconds)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(AnswersRequest.MalformedRequestException.class)
	ResponseEntity<ProblemDetail> malformed(AnswersRequest.MalformedRequestException ex) {
		List<Map<String, String>> errors = ex.questionKeys().stream()
			.map(k -> Map.of("question", AnswersRequest.printable(k), "problem", NOT_A_STRING, "detail",
					text("api.problem." + NOT_A_STRING)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("api.malformed.title"), text(ex.code(), ex.args()), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
							text("api.too-large.detail", String.valueOf(limitKb))), text("api.too-large.title")));
			}
		}
		ProblemDetail problem = titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("api.malformed.unreadable")), text("api.malformed.title"));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail titled(ProblemDetail problem, String title) {
		problem.setTitle(title);
		return problem;
	}

	String describe(AnswerProblem problem) {
		return text("api.problem." + problem.kind().name());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ROOT);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
