package org.crossroads.assessment.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;

import org.jspecify.annotations.Nullable;

import org.crossroads.CrossroadsSettings;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document of API version 1, served at {@code /v3/api-docs}. The controllers stay thin and take raw
 * bodies (to refuse bad input strictly, with the API's own messages), so what a generator could infer from them says
 * little: the shapes (those of {@link ApiJson}, {@link AnswersRequest}, {@link ValuesRequest} and the problem details
 * of {@link ApiExceptionHandler}) and every operation's request and responses are written here, next to the code they
 * describe. OpenApiResponsesTest checks real responses against them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String JSON = "application/json";

	static final String PROBLEM = "application/problem+json";

	static final String FHIR = "application/fhir+json";

	private static final String ID = "2BO7lhrTKIdHirAvb4RlnGaWCjiHWDBk";

	@Bean
	OpenAPI crossroadsOpenApi(CrossroadsSettings settings) {
		return new OpenAPI()
			.info(new Info().title("Crossroads API")
				.version("1")
				.description("""
						The anonymous self-assessment (therapy, coaching, both, or neither yet) for sites that run it in \
						their own pages: the published questionnaire, evaluations, stored results with their optional \
						values answers, and the record for a clinician as HL7 FHIR R4. No session, no cookie, no sign-in. \
						Question, option and statement keys are stable identifiers. Every refusal is problem details \
						(RFC 9457, `application/problem+json`) with a readable `detail`, in English. Every request takes \
						a token of its client address's rate limit: without one, `429` with `Retry-After`. Request \
						bodies over %d KB are refused with `413`.""".formatted(settings.maxRequestSize().toKilobytes())))
			.addTagsItem(new io.swagger.v3.oas.models.tags.Tag().name("Questionnaire")
				.description("The published questionnaire and its keys."))
			.addTagsItem(new io.swagger.v3.oas.models.tags.Tag().name("Results")
				.description("Evaluating answers, and stored results with their values answers."))
			.addTagsItem(new io.swagger.v3.oas.models.tags.Tag().name("FHIR")
				.description("The record for a clinician, as HL7 FHIR R4 resources."))
			// relative: the document is the same whatever host, port or proxy serves it
			.servers(List.of(new Server().url("/").description("the site serving this document")));
	}

	/** Writes every operation of the API over what springdoc found in the controllers. */
	@Bean
	OpenApiCustomizer assessmentApiDocumentation(CrossroadsSettings settings) {
		long limitKb = settings.maxRequestSize().toKilobytes();
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.setComponents(components);
			// springdoc's guesses from the records the controllers return give way to the shapes below
			if (components.getSchemas() != null) {
				java.util.Arrays.stream(ApiJson.class.getDeclaredClasses())
					.map(Class::getSimpleName)
					.forEach(components.getSchemas()::remove);
			}
			schemas().forEach(components::addSchemas);
			responses(limitKb).forEach(components::addResponses);
			components.addParameters("Accept-Language", new Parameter().in("header").name("Accept-Language")
				.required(false)
				.description("The language of the texts (questions, options, reasons, FHIR narrative): the best live "
						+ "match, else English. Refusals are in English whatever it says.")
				.schema(type("string"))
				.example("es"));
			components.addHeaders("Content-Language", new Header().description("The language the texts are in.")
				.schema(type("string")));
			components.addHeaders("Retry-After", new Header().description("Seconds to wait before the next request.")
				.schema(type("integer").minimum(java.math.BigDecimal.ONE)));
			Map<String, PathItem> paths = openApi.getPaths();
			if (paths == null) {
				return;
			}
			describe(paths.get("/api/v1/questionnaire"), PathItem.HttpMethod.GET, questionnaire());
			describe(paths.get("/api/v1/assessments"), PathItem.HttpMethod.POST, store());
			describe(paths.get("/api/v1/evaluations"), PathItem.HttpMethod.POST, evaluate());
			describe(paths.get("/api/v1/assessments/{id}"), PathItem.HttpMethod.GET, find());
			describe(paths.get("/api/v1/assessments/{id}"), PathItem.HttpMethod.DELETE, delete());
			describe(paths.get("/api/v1/assessments/{id}/values"), PathItem.HttpMethod.PUT, values());
		};
	}

	/**
	 * Keeps what springdoc found (the path and method) and replaces everything it could only guess; every operation
	 * with texts in its answer takes {@code Accept-Language}.
	 */
	static void describe(@Nullable PathItem path, PathItem.HttpMethod method, Operation described) {
		if (path == null) {
			return;
		}
		Operation found = path.readOperationsMap().get(method);
		if (found == null) {
			return;
		}
		if (method != PathItem.HttpMethod.DELETE) {
			described.addParametersItem(new Parameter().$ref("#/components/parameters/Accept-Language"));
			described.getResponses().forEach((status, response) -> {
				if (status.startsWith("2") && response.getContent() != null) {
					response.addHeaderObject("Content-Language", new Header().$ref("#/components/headers/Content-Language"));
				}
			});
		}
		found.operationId(described.getOperationId())
			.tags(described.getTags())
			.summary(described.getSummary())
			.description(described.getDescription())
			.parameters(described.getParameters())
			.requestBody(described.getRequestBody())
			.responses(described.getResponses());
	}

	// --- operations ---

	private static Operation questionnaire() {
		return new Operation().operationId("getQuestionnaire").addTagsItem("Questionnaire")
			.summary("The published questionnaire")
			.description("""
					The questionnaire as published now, its texts in the language of `Accept-Language` \
					(`Content-Language` says which; keys are the same in every language): its `version`, the \
					`sections` in order with their questions and options, and `values`, the optional step after a \
					stored result (statements to rate, the ratings, the four SURE items in their fixed wording).""")
			.responses(new ApiResponses()
				.addApiResponse("200", json("The published questionnaire.", "Questionnaire", QUESTIONNAIRE_EXAMPLE))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation store() {
		return new Operation().operationId("storeAssessment").addTagsItem("Results")
			.summary("Evaluate answers and store the result")
			.description("""
					Evaluates the answers under the published version and stores the result. The answer is the stored \
					result with its `id` (192 random bits, the only key to it: treat it like a password), the \
					`resultUrl` of the visitor's private result page and `createdAt`. Refused answers store nothing. \
					Each stored result also takes a token of the client address's result limit.""")
			.requestBody(answersBody())
			.responses(new ApiResponses()
				.addApiResponse("201", json("Stored; `Location` is the result's address in the API.", "StoredResult",
						STORED_EXAMPLE)
					.addHeaderObject("Location", new Header().description("The stored result's address in the API.")
						.required(true)
						.schema(type("string").format("uri"))))
				.addApiResponse("400", common("InvalidAnswers"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("413", common("ContentTooLarge"))
				.addApiResponse("415", common("UnsupportedMediaType"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation evaluate() {
		return new Operation().operationId("evaluateAnswers").addTagsItem("Results")
			.summary("Evaluate answers without storing anything")
			.description("""
					The same input and the same result as storing, without `id`, `resultUrl`, `createdAt` and \
					`values`: nothing is stored (previews, embedding sites).""")
			.requestBody(answersBody())
			.responses(new ApiResponses()
				.addApiResponse("200", json("The result; nothing stored.", "Evaluation", EVALUATION_EXAMPLE))
				.addApiResponse("400", common("InvalidAnswers"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("413", common("ContentTooLarge"))
				.addApiResponse("415", common("UnsupportedMediaType"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation find() {
		return new Operation().operationId("getAssessment").addTagsItem("Results")
			.summary("A stored result")
			.description("The stored result with its values answers, if any were given.")
			.addParametersItem(idParameter())
			.responses(new ApiResponses()
				.addApiResponse("200", json("The stored result.", "StoredResult", STORED_WITH_VALUES_EXAMPLE))
				.addApiResponse("404", common("ResultNotFound"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation delete() {
		return new Operation().operationId("deleteAssessment").addTagsItem("Results")
			.summary("Delete a stored result")
			.description("The result is gone for good, with its values answers.")
			.addParametersItem(idParameter())
			.responses(new ApiResponses()
				.addApiResponse("204", new ApiResponse().description("Deleted."))
				.addApiResponse("404", common("ResultNotFound"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation values() {
		return new Operation().operationId("answerValues").addTagsItem("Results")
			.summary("Answer the values step of a stored result")
			.description("""
					Stores the optional values answers of a stored result, replacing earlier ones: `ratings` by \
					statement key (any may be left out; keys of the version that decided the result) and all four \
					`sure` answers as booleans (`true` = yes). Answers the stored result with `values`; outcome and \
					scores stay as they were. An urgent result does not offer the step (`409`).""")
			.addParametersItem(idParameter())
			.requestBody(new RequestBody().required(true)
				.description("The values answers.")
				.content(new Content().addMediaType(JSON, media("ValuesAnswers", VALUES_REQUEST_EXAMPLE))))
			.responses(new ApiResponses()
				.addApiResponse("200", json("The stored result with its values answers.", "StoredResult",
						STORED_WITH_VALUES_EXAMPLE))
				.addApiResponse("400", common("InvalidValues"))
				.addApiResponse("404", common("ResultNotFound"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("409", problem("An urgent result: the values step is not offered with it.",
						problemExample("Not offered for this result", 409,
								"This result calls for support now: the values step is not offered with it.",
								"/api/v1/assessments/" + ID + "/values")))
				.addApiResponse("413", common("ContentTooLarge"))
				.addApiResponse("415", common("UnsupportedMediaType"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static RequestBody answersBody() {
		return new RequestBody().required(true)
			.description("An option key for each answered question; every required question needs an answer.")
			.content(new Content().addMediaType(JSON, media("Answers", ANSWERS_EXAMPLE)));
	}

	private static Parameter idParameter() {
		return new Parameter().in("path").name("id").required(true)
			.description("The stored result's id, as the result gave it. An unknown or malformed id is `404`.")
			.schema(type("string"))
			.example(ID);
	}

	// --- shared responses ---

	private static Map<String, ApiResponse> responses(long limitKb) {
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		responses.put("InvalidAnswers", problem("""
				Malformed: not JSON, a duplicated key, not `{"answers": {...}}`, an answer that is not a string \
				(listed in `errors` with `NOT_A_STRING`), a missing or unreadable body. Or answers that cannot be used: \
				each offending question in `errors` with `UNKNOWN_QUESTION`, `UNKNOWN_OPTION` or `MISSING_REQUIRED`.""",
				Map.of("invalid answers", INVALID_ANSWERS_EXAMPLE, "malformed", problemExample("Malformed request",
						400, "The request body is not valid JSON.", "/api/v1/evaluations"))));
		responses.put("InvalidValues", problem("""
				Malformed (not JSON, a duplicated key, a field other than `ratings` and `sure`, a part that is not an \
				object), or values answers that cannot be used: each problem in `errors` with `part`, `key`, `problem` \
				and `detail`.""", Map.of("invalid values answers", INVALID_VALUES_EXAMPLE, "malformed",
				problemExample("Malformed request", 400, "Unknown field \"colour\": the body holds only \"ratings\" and \"sure\".",
						"/api/v1/assessments/" + ID + "/values"))));
		responses.put("ResultNotFound", problem("No result has this id (unknown, deleted or malformed).",
				problemExample("Result not found", 404,
						"No result has this id. It may have been deleted, or the link may be incomplete.",
						"/api/v1/assessments/" + ID)));
		responses.put("MethodNotAllowed", problem("A method this path does not have; `Allow` names those it has.",
				problemExample("Method Not Allowed", 405, "Method 'PATCH' is not supported.", "/api/v1/questionnaire"))
			.addHeaderObject("Allow", new Header().description("The methods of this path.").required(true)
				.schema(type("string"))));
		responses.put("NotAcceptable", problem("`Accept` names no media type this operation gives.",
				problemExample("Not Acceptable", 406, "Acceptable representations: [application/json].",
						"/api/v1/questionnaire")));
		responses.put("ContentTooLarge", problem(
				"The body is over " + limitKb + " KB, whether sent with `Content-Length` or chunked.", Map.of(
						"with Content-Length", filterProblemExample("Request too large", 413,
								"The request body is larger than " + limitKb + " KB."),
						"chunked", problemExample("Request too large", 413,
								"The request body is larger than the limit of " + limitKb + " KB.", "/api/v1/assessments"))));
		responses.put("UnsupportedMediaType", problem("`Content-Type` is not `application/json`.",
				problemExample("Unsupported Media Type", 415, "Content-Type 'text/plain' is not supported.",
						"/api/v1/evaluations")));
		responses.put("TooManyRequests", problem(
				"Too many requests (or stored results) from this client address just now; `Retry-After` says when to try again.",
				Map.of("requests", filterProblemExample("Too many requests", 429,
						"Too many requests from your address just now. Try again in 2 seconds."),
						"stored results", problemExample("Too many requests", 429,
								"Too many requests from your address just now. Try again in 180 seconds.",
								"/api/v1/assessments")))
			.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After")));
		return responses;
	}

	private static ApiResponse common(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

	private static ApiResponse json(String description, String schema, String example) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(JSON, media(schema, example)));
	}

	private static MediaType media(String schema, String example) {
		return new MediaType().schema(ref(schema)).example(parse(example));
	}

	static ApiResponse problem(String description, String example) {
		return problem(description, Map.of("problem", example));
	}

	private static ApiResponse problem(String description, Map<String, String> examples) {
		MediaType media = new MediaType().schema(ref("Problem"));
		new java.util.TreeMap<>(examples).forEach((name, text) -> media.addExamples(name,
				new io.swagger.v3.oas.models.examples.Example().value(parse(text))));
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media));
	}

	/** As the API's exception handler writes it: the request's path as {@code instance}, no {@code type}. */
	static String problemExample(String title, int status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		return Json.pretty(problem);
	}

	/** As the filters write it, before any handler: {@code type} {@code about:blank}, no {@code instance}. */
	static String filterProblemExample(String title, int status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return Json.pretty(problem);
	}

	static Object parse(String json) {
		try {
			return Json.mapper().readTree(json);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("an example of the API document is not JSON: " + json, ex);
		}
	}

	// --- schemas ---

	private static Map<String, Schema> schemas() {
		Map<String, Schema> schemas = new LinkedHashMap<>();
		schemas.put("Option", object("A choice: a stable key and its label.", props("key", string("Stable key."),
				"label", string("Shown to the visitor.")), "key", "label"));
		schemas.put("Question", object("A question and its options, in order.", props(
				"key", string("Stable key, used in answers."),
				"prompt", string("The question."),
				"help", type("string", "null").description("A hint, or null."),
				"required", type("boolean").description("Whether an answer is required."),
				"options", array(ref("Option"))), "key", "prompt", "help", "required", "options"));
		schemas.put("Section", object("A section of questions, in order.", props("key", string("Stable key."),
				"title", string("Shown as the section's heading."), "questions", array(ref("Question"))),
				"key", "title", "questions"));
		schemas.put("Statement", object("A values statement to rate, and how each path fits it.", props(
				"key", string("Stable key, used in ratings."), "text", string("The statement."),
				"therapyFit", string("How therapy fits it."), "coachingFit", string("How coaching fits it.")),
				"key", "text", "therapyFit", "coachingFit"));
		schemas.put("SureQuestion", object("A SURE item, in the instrument's fixed wording.", props(
				"key", enumeration(null, "sure", "understand", "risk-benefit", "encouragement"),
				"name", string("Its short name."), "question", string("The question.")), "key", "name", "question"));
		schemas.put("ValuesQuestions", object("The optional step after a stored result.", props(
				"statements", array(ref("Statement")), "ratings", array(ref("Option")),
				"sure", array(ref("SureQuestion")).minItems(4).maxItems(4)), "statements", "ratings", "sure"));
		schemas.put("Questionnaire", object("The published questionnaire.", props(
				"version", type("integer").minimum(java.math.BigDecimal.ONE).description("The published version."),
				"sections", array(ref("Section")), "values", ref("ValuesQuestions")), "version", "sections", "values"));

		schemas.put("Answers", object("Answers by question key: an option key for each answered question.",
				props("answers", type("object").additionalProperties(type("string"))
					.description("Option key by question key; optional questions may be left out.")), "answers"));
		schemas.put("ValuesAnswers", object("Values answers: ratings by statement key, the four SURE answers.", props(
				"ratings", type("object").additionalProperties(ref("Rating"))
					.description("Rating by statement key; any statement may be left out."),
				"sure", type("object").additionalProperties(type("boolean"))
					.description("Each SURE item's answer (`true` = yes); all four are needed."))));
		schemas.put("Rating", enumeration("How much a statement matters.", "not-important", "somewhat", "very"));

		schemas.put("Outcome", enumeration("What the answers suggest.", "URGENT_SUPPORT", "THERAPY", "COACHING",
				"BOTH", "EXPLORE"));
		schemas.put("Pathway", enumeration("The path a criterion speaks for.", "THERAPY", "COACHING", "SAFETY"));
		schemas.put("Scores", object("Points per path.", props("THERAPY", type("integer"), "COACHING", type("integer")),
				"THERAPY", "COACHING"));
		schemas.put("MatchedCriterion", object("A criterion the answers meet, and why it matters.", props(
				"code", string("Stable code."), "pathway", ref("Pathway"), "title", string("Short title."),
				"reason", string("Why it matters.")), "code", "pathway", "title", "reason"));
		schemas.put("PathScore", object("A path's score and the threshold at which it is suggested.",
				props("score", type("integer"), "threshold", type("integer")), "score", "threshold"));
		schemas.put("Change", object("""
				One changed answer. `from` is null when an optional question was left out, `to` is null for leaving \
				it out; `outcome` only on a single change.""", props(
				"question", string("The question's key."), "from", type("string", "null"), "to", type("string", "null"),
				"outcome", ref("Outcome")), "question", "from", "to"));
		schemas.put("ChangePair", object("Two changes that together give another outcome.", props(
				"changes", array(ref("Change")).minItems(2).maxItems(2), "outcome", ref("Outcome")), "changes", "outcome"));
		schemas.put("Stability", object("""
				How settled the result is, under the version that decided it: `close` when one changed answer would \
				give another outcome (listed in `tipping`), `clear` when none would (then the closest pairs, at most \
				3, in `tippingPairs`).""", props(
				"verdict", enumeration(null, "close", "clear"),
				"scores", object("Per path.", props("THERAPY", ref("PathScore"), "COACHING", ref("PathScore")),
						"THERAPY", "COACHING"),
				"tipping", array(ref("Change")), "tippingPairs", array(ref("ChangePair")).maxItems(3)),
				"verdict", "scores", "tipping", "tippingPairs"));
		schemas.put("Values", object("The values answers of a stored result, with the SURE score.", props(
				"ratings", type("object").additionalProperties(ref("Rating")),
				"sure", type("object").additionalProperties(type("boolean")),
				"sureScore", type("integer").minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(4)),
				"readyToDecide", type("boolean").description("All four SURE answers yes.")),
				"ratings", "sure", "sureScore", "readyToDecide"));
		Map<String, Schema> evaluation = props("outcome", ref("Outcome"), "scores", ref("Scores"),
				"matchedCriteria", array(ref("MatchedCriterion")),
				"ruleSetVersion", type("integer").description("The published version that decided it."),
				"stability", new Schema<>().oneOf(List.of(ref("Stability"), type("null")))
					.description("Null for URGENT_SUPPORT: crisis help is nothing to weigh up."));
		schemas.put("Evaluation", object("A result, evaluated and not stored.", evaluation, "outcome", "scores",
				"matchedCriteria", "ruleSetVersion", "stability"));
		Map<String, Schema> stored = new LinkedHashMap<>();
		stored.put("id", type("string").description("The result's id: the only key to it.").pattern("^[A-Za-z0-9_-]{32}$"));
		stored.putAll(evaluation);
		stored.put("resultUrl", type("string").format("uri").description("The visitor's private result page."));
		stored.put("createdAt", type("string").format("date-time"));
		stored.put("values", ref("Values"));
		schemas.put("StoredResult", object("A stored result; `values` once the values step was answered.", stored, "id",
				"outcome", "scores", "matchedCriteria", "ruleSetVersion", "resultUrl", "createdAt", "stability"));

		schemas.put("AnswerError", object("A question whose answer cannot be used.", props(
				"question", string("The question's key as sent."),
				"problem", enumeration(null, "UNKNOWN_QUESTION", "UNKNOWN_OPTION", "MISSING_REQUIRED", "NOT_A_STRING"),
				"detail", string("What is wrong, readably.")), "question", "problem", "detail"));
		schemas.put("ValuesError", object("A values answer that cannot be used.", props(
				"part", enumeration(null, "ratings", "sure"),
				"key", string("The statement or SURE item key as sent."),
				"problem", enumeration(null, "UNKNOWN_STATEMENT", "UNKNOWN_RATING", "UNKNOWN_SURE_ITEM", "NOT_YES_OR_NO",
						"MISSING_SURE_ANSWER"),
				"detail", string("What is wrong, readably.")), "part", "key", "problem", "detail"));
		schemas.put("Problem", object("Problem details (RFC 9457); `errors` lists the offending answers, if any.", props(
				"type", type("string").format("uri-reference"), "title", string("Short summary."),
				"status", type("integer").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)),
				"detail", string("What happened, readably."), "instance", type("string").format("uri-reference"),
				"errors", array(new Schema<>().oneOf(List.of(ref("AnswerError"), ref("ValuesError")))).minItems(1)),
				"title", "status", "detail"));
		return schemas;
	}

	static Schema<Object> type(String... types) {
		return new Schema<Object>().types(new LinkedHashSet<>(List.of(types)));
	}

	static Schema<?> ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	private static Schema<?> string(String description) {
		return type("string").description(description);
	}

	private static Schema<?> array(Schema<?> items) {
		return type("array").items(items);
	}

	private static Schema<?> enumeration(@Nullable String description, String... values) {
		Schema<Object> schema = new Schema<>().types(new LinkedHashSet<>(List.of("string")));
		for (String value : values) {
			schema.addEnumItemObject(value);
		}
		return description == null ? schema : schema.description(description);
	}

	/** No other properties: a response with a key the document does not name fails the check. */
	static Schema<?> object(String description, Map<String, Schema> properties, String... required) {
		return type("object").description(description)
			.properties(properties)
			.required(required.length == 0 ? null : new ArrayList<>(List.of(required)))
			.additionalProperties(false);
	}

	static Map<String, Schema> props(Object... nameThenSchema) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		for (int i = 0; i < nameThenSchema.length; i += 2) {
			properties.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
		}
		return properties;
	}

	// --- examples: the seeded questionnaire's keys and texts ---

	private static final String QUESTIONNAIRE_EXAMPLE = """
			{
			  "version": 1,
			  "sections": [
			    {
			      "key": "wellbeing",
			      "title": "How you have been feeling",
			      "questions": [
			        {
			          "key": "daily-functioning",
			          "prompt": "Over the past month, how much have your feelings got in the way of your daily life? Think of work or study, friends and family, sleep, and looking after yourself.",
			          "help": "Think about the past month as a whole, not just your best or worst days.",
			          "required": true,
			          "options": [
			            { "key": "not-at-all", "label": "Not at all" },
			            { "key": "a-little", "label": "A little" },
			            { "key": "quite-a-bit", "label": "Quite a bit" },
			            { "key": "severely", "label": "Severely: it is hard to get through the day" }
			          ]
			        }
			      ]
			    }
			  ],
			  "values": {
			    "statements": [
			      { "key": "insurance-pays", "text": "Having health insurance pay for it",
			        "therapyFit": "You pay for each session. Insurance often pays.", "coachingFit": "Prepaid packages, flexible pricing." }
			    ],
			    "ratings": [
			      { "key": "not-important", "label": "Not important" },
			      { "key": "somewhat", "label": "Somewhat important" },
			      { "key": "very", "label": "Very important" }
			    ],
			    "sure": [
			      { "key": "sure", "name": "Sure of myself", "question": "Do you feel SURE about the best choice for you?" },
			      { "key": "understand", "name": "Understand information", "question": "Do you know the benefits and risks of each option?" },
			      { "key": "risk-benefit", "name": "Risk-benefit ratio", "question": "Are you clear about which benefits and risks matter most to you?" },
			      { "key": "encouragement", "name": "Encouragement", "question": "Do you have enough support and advice to make a choice?" }
			    ]
			  }
			}""";

	private static final String ANSWERS_EXAMPLE = """
			{
			  "answers": {
			    "daily-functioning": "a-little", "phq2-interest": "not-at-all", "phq2-mood": "several-days",
			    "gad2-nervous": "several-days", "gad2-worry": "not-at-all", "self-harm": "not-at-all",
			    "diagnosed-condition": "no", "grief-addiction": "no", "trauma": "yes", "understand-why": "somewhat",
			    "focus": "both", "feeling-stuck": "yes", "growth-goal": "no", "performance": "no",
			    "accountability": "somewhat", "documentation": "no"
			  }
			}""";

	private static final String RESULT_BODY = """
			  "outcome": "BOTH",
			  "scores": { "THERAPY": 3, "COACHING": 3 },
			  "matchedCriteria": [
			    { "code": "therapy.trauma", "pathway": "THERAPY", "title": "A painful experience you want to work through",
			      "reason": "Therapists can also address unresolved trauma and help clients process emotional pain that interferes with daily living." },
			    { "code": "coaching.stuck", "pathway": "COACHING", "title": "You feel stuck and want a clear next step",
			      "reason": "Coaching is best suited for individuals who are functioning well but feel stuck or lack direction." }
			  ],
			  "ruleSetVersion": 1,
			  "stability": {
			    "verdict": "close",
			    "scores": { "THERAPY": { "score": 3, "threshold": 3 }, "COACHING": { "score": 3, "threshold": 3 } },
			    "tipping": [
			      { "question": "trauma", "from": "yes", "to": "not-sure", "outcome": "COACHING" },
			      { "question": "trauma", "from": "yes", "to": "no", "outcome": "COACHING" },
			      { "question": "feeling-stuck", "from": "yes", "to": "somewhat", "outcome": "THERAPY" },
			      { "question": "feeling-stuck", "from": "yes", "to": "no", "outcome": "THERAPY" }
			    ],
			    "tippingPairs": []
			  }""";

	private static final String EVALUATION_EXAMPLE = "{\n" + RESULT_BODY + "\n}";

	private static final String STORED_EXAMPLE = "{\n  \"id\": \"" + ID + "\",\n" + RESULT_BODY
			+ ",\n  \"resultUrl\": \"https://crossroads.example/results/" + ID
			+ "\",\n  \"createdAt\": \"2026-11-26T23:47:36.346269Z\"\n}";

	private static final String STORED_WITH_VALUES_EXAMPLE = STORED_EXAMPLE.substring(0, STORED_EXAMPLE.length() - 2)
			+ """
					,
					  "values": {
					    "ratings": { "insurance-pays": "not-important", "diagnosis": "very" },
					    "sure": { "sure": true, "understand": false, "risk-benefit": true, "encouragement": true },
					    "sureScore": 3,
					    "readyToDecide": false
					  }
					}""";

	private static final String VALUES_REQUEST_EXAMPLE = """
			{
			  "ratings": { "diagnosis": "very", "insurance-pays": "not-important" },
			  "sure": { "sure": true, "understand": false, "risk-benefit": true, "encouragement": true }
			}""";

	private static final String INVALID_ANSWERS_EXAMPLE = """
			{
			  "title": "Invalid answers",
			  "status": 400,
			  "detail": "Some answers cannot be used: 3 problem(s), listed in \\"errors\\".",
			  "instance": "/api/v1/evaluations",
			  "errors": [
			    { "question": "colour", "problem": "UNKNOWN_QUESTION", "detail": "There is no question with this key." },
			    { "question": "focus", "problem": "UNKNOWN_OPTION", "detail": "This is not one of the question's options." },
			    { "question": "documentation", "problem": "MISSING_REQUIRED", "detail": "This question needs an answer." }
			  ]
			}""";

	private static final String INVALID_VALUES_EXAMPLE = """
			{
			  "title": "Invalid values answers",
			  "status": 400,
			  "detail": "Some answers cannot be used: 2 problem(s), listed in \\"errors\\".",
			  "instance": "/api/v1/assessments/2BO7lhrTKIdHirAvb4RlnGaWCjiHWDBk/values",
			  "errors": [
			    { "part": "ratings", "key": "diagnosis", "problem": "UNKNOWN_RATING", "detail": "The rating must be one of \\"not-important\\", \\"somewhat\\" or \\"very\\"." },
			    { "part": "sure", "key": "encouragement", "problem": "MISSING_SURE_ANSWER", "detail": "Every SURE item needs an answer: the score counts all four." }
			  ]
			}""";
}
