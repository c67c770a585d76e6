package org.crossroads.assessment.api;

import org.crossroads.assessment.ResultLink;
import org.crossroads.assessment.AssessmentService;
import org.crossroads.assessment.Assessment;
import org.crossroads.assessment.values.ValuesStep;

import org.crossroads.throttling.Throttles;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;

/** JSON API version 1 for sites that run the assessment inside their own pages. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApiController {

	private final AssessmentService assessments;

	private final PublishedContent published;

	private final Throttles throttles;

	private final ValuesStep values;

	private final MessageSource messages;

	AssessmentApiController(AssessmentService assessments, PublishedContent published, Throttles throttles,
			ValuesStep values, MessageSource messages) {
		this.assessments = assessments;
		this.published = published;
		this.throttles = throttles;
		this.values = values;
		this.messages = messages;
	}

	@GetMapping("/questionnaire")
	ApiJson.Questionnaire questionnaire() {
		ContentSnapshot current = published.current();
		return ApiJson.Questionnaire.of(current.rules(), current.site().valueStatements(),
				key -> messages.getMessage(key, null, Locale.ROOT));
	}

	/**
	 * The optional values step of a stored result: ratings and SURE answers, replacing any given before.
	 * Answers the stored result with them; 409 for an urgent result, which does not offer the step.
	 */
	@PutMapping(path = "/assessments/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> answerValues(@PathVariable String id, @RequestBody byte[] body) {
		ValuesRequest.Raw raw = ValuesRequest.parse(body);
		return assessments.find(id)
			.<ResponseEntity<?>>map(a -> ResponseEntity.ok(ApiJson.Result.of(a, pageUrl(id),
					values.answer(a, raw.ratings(), raw.sure()))))
			.orElseGet(AssessmentApiController::notFound);
	}

	@PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiJson.Result> create(@RequestBody byte[] body, HttpServletRequest request) {
		Map<String, String> answers = AnswersRequest.parse(body);
		// a token per stored result (429 without one); given back when the answers are refused
		Throttles.Token token = throttles.takeResult(request);
		Assessment assessment;
		try {
			assessment = assessments.complete(published.current(), answers);
		}
		catch (RuntimeException notStored) {
			token.giveBack();
			throw notStored;
		}
		String id = assessment.id().orElseThrow();
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/assessments/{id}")
			.buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(ApiJson.Result.of(assessment, pageUrl(id)));
	}

	@PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ApiJson.Result evaluate(@RequestBody byte[] body) {
		return ApiJson.Result.of(assessments.evaluate(published.current(), AnswersRequest.parse(body)), null);
	}

	@GetMapping("/assessments/{id}")
	ResponseEntity<?> find(@PathVariable String id) {
		return assessments.find(id)
			.<ResponseEntity<?>>map(a -> ResponseEntity.ok(ApiJson.Result.of(a, pageUrl(id), values.find(id).orElse(null))))
			.orElseGet(AssessmentApiController::notFound);
	}

	/** A deletion answers no body or a problem: a client may ask for problem details alone. */
	@DeleteMapping(path = "/assessments/{id}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> delete(@PathVariable String id) {
		return assessments.delete(id) ? ResponseEntity.noContent().build() : notFound();
	}

	private String pageUrl(String id) {
		return ResultLink.of(id, published.current().language());
	}

	static ResponseEntity<ProblemDetail> notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No result has this id. It may have been deleted, or the link may be incomplete.");
		problem.setTitle("Result not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
