package org.crossroads.assessment;

import java.util.List;
import java.util.Map;

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

import org.crossroads.rules.AnswerProblem;
import org.crossroads.rules.InvalidAnswersException;
import org.crossroads.security.RequestSizeLimitFilter;

/**
 * Every refusal of the API is problem details (RFC 9457) with a readable detail. Global, because
 * a wrong media type or method is refused before any controller is chosen.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException ex) {
		List<Map<String, String>> errors = ex.problems().stream()
			.map(p -> Map.of("question", AnswersRequest.printable(p.questionKey()), "problem", p.kind().name(),
					"detail", describe(p)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid answers",
				"Some answers cannot be used: " + errors.size() + " problem(s), listed in \"errors\".", errors);
	}

	@ExceptionHandler(AnswersRequest.MalformedRequestException.class)
	ResponseEntity<ProblemDetail> malformed(AnswersRequest.MalformedRequestException ex) {
		List<Map<String, String>> errors = ex.questionKeys().stream()
			.map(k -> Map.of("question", AnswersRequest.printable(k), "problem", "NOT_A_STRING", "detail",
					"The answer must be an option key given as a string."))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Malformed request", ex.getMessage(), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
							"The request body is larger than the limit of 64 KB."), "Request too large"));
			}
		}
		ProblemDetail problem = titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or cannot be read."), "Malformed request");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail titled(ProblemDetail problem, String title) {
		problem.setTitle(title);
		return problem;
	}

	static String describe(AnswerProblem problem) {
		return switch (problem.kind()) {
			case UNKNOWN_QUESTION -> "There is no question with this key.";
			case UNKNOWN_OPTION -> "This is not one of the question's options.";
			case MISSING_REQUIRED -> "This question needs an answer.";
		};
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
