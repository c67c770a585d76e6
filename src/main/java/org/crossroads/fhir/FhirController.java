package org.crossroads.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.crossroads.assessment.AssessmentService;
import org.crossroads.ruleset.published.ContentSnapshot;
import org.crossroads.ruleset.published.PublishedContent;

/**
 * The record for a clinician, as HL7 FHIR R4 JSON: a published version's questionnaire and a stored result. Under
 * the API, so its rate limit and problem details apply. {@code ?download} makes a result a file to save.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = { FhirController.FHIR_JSON_VALUE, FhirController.JSON_VALUE })
class FhirController {

	/** FHIR's own media type first, so it is what a client gets unless it asks for plain JSON alone. */
	static final String FHIR_JSON_VALUE = "application/fhir+json;charset=UTF-8";

	static final String JSON_VALUE = "application/json;charset=UTF-8";

	/** A version number as the site gives them; longer digit strings are numbers too, of no version. */
	private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final PublishedContent published;

	private final AssessmentService assessments;

	private final FhirJson json;

	private final FhirTexts texts;

	FhirController(PublishedContent published, AssessmentService assessments, FhirJson json, MessageSource messages) {
		this.published = published;
		this.assessments = assessments;
		this.json = json;
		this.texts = new FhirTexts(messages);
	}

	@GetMapping("/fhir/Questionnaire/{version}")
	ResponseEntity<?> questionnaire(@PathVariable String version) {
		if (!DIGITS.matcher(version).matches()) {
			return problem(HttpStatus.BAD_REQUEST, "api.fhir.bad-version.title", "api.fhir.bad-version.detail");
		}
		Optional<ContentSnapshot> content = VERSION.matcher(version).matches()
				? published.version(Integer.parseInt(version)) : Optional.empty();
		return content
			.<ResponseEntity<?>>map(c -> fhir(FhirResources.questionnaire(c, c.version() == published.current().version(),
					urls(), texts), null))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "api.fhir.unknown-version.title", "api.fhir.unknown-version.detail"));
	}

	@GetMapping("/assessments/{id}/fhir")
	ResponseEntity<?> response(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		return assessments.find(id)
			.<ResponseEntity<?>>map(a -> {
				// named by the day it was taken, not by the id: the file is no key to the result online
				String file = !parameters.containsKey("download") ? null
						: texts.get("fhir.download.filename",
								LocalDate.ofInstant(a.createdAt().orElseThrow(), ZoneOffset.UTC).toString());
				return fhir(FhirResources.response(a, urls(), texts), file);
			})
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "api.fhir.unknown-result.title", "api.fhir.unknown-result.detail"));
	}

	private ResponseEntity<byte[]> fhir(IBaseResource resource, @Nullable String attachment) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			// a result holds a person's answers: never kept by a shared cache or the browser's
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (attachment != null) {
			ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment).build().toString());
		}
		return ok.body(json.write(resource).getBytes(StandardCharsets.UTF_8));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.get(detail));
		problem.setTitle(texts.get(title));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static FhirUrls urls() {
		return new FhirUrls(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}
}
