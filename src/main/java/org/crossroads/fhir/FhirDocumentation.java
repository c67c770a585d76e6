package org.crossroads.fhir;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR operations in the API's OpenAPI document. The resources are HL7's, so their schemas name only what this
 * site fixes (resource type, status, the questionnaire a response answers) and leave the rest to the FHIR R4
 * specification. The shared problem and rate-limit responses, the {@code Accept-Language} parameter and the {@code Content-Language}
 * header are the API's own components, named by reference.
 */
@Configuration(proxyBeanMethods = false)
class FhirDocumentation {

	private static final String FHIR = "application/fhir+json";

	private static final String JSON = "application/json";

	@Bean
	OpenApiCustomizer fhirApiDocumentation() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new io.swagger.v3.oas.models.Components());
			}
			openApi.getComponents()
				.addSchemas("FhirQuestionnaire", resource("Questionnaire", """
						An HL7 FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html): the published \
						version's sections as `group` items, questions as `choice` items with the keys as `linkId`s, and \
						a read-only `result` group.""", Map.of(
						"url", type("string").format("uri").description("Its own address in the API."),
						"version", type("string"),
						"status", enumeration(null, "active", "retired")
							.description("`active` for the current version, `retired` for older ones."),
						"item", type("array").items(type("object")).minItems(1)), "url", "version", "status", "item"))
				.addSchemas("FhirQuestionnaireResponse", resource("QuestionnaireResponse", """
						An HL7 FHIR R4 QuestionnaireResponse (https://hl7.org/fhir/R4/questionnaireresponse.html): the \
						answers by section, then the `result` group (screening totals, outcome, matched criteria). \
						Nothing in it names the visitor.""", Map.of(
						"status", enumeration(null, "completed"),
						"questionnaire", type("string").format("uri")
							.description("The address of the questionnaire version that decided it."),
						"authored", type("string").description("When it was stored."),
						"item", type("array").items(type("object")).minItems(1)),
						"status", "questionnaire", "authored", "item"));
			Map<String, PathItem> paths = openApi.getPaths();
			if (paths == null) {
				return;
			}
			describe(paths.get("/api/v1/fhir/Questionnaire/{version}"), questionnaire());
			describe(paths.get("/api/v1/assessments/{id}/fhir"), response());
		};
	}

	private static void describe(@Nullable PathItem path, Operation described) {
		Operation found = path == null ? null : path.getGet();
		if (found == null) {
			return;
		}
		described.addParametersItem(new Parameter().$ref("#/components/parameters/Accept-Language"));
		described.getResponses().get("200")
			.addHeaderObject("Content-Language", new Header().$ref("#/components/headers/Content-Language"));
		found.operationId(described.getOperationId())
			.tags(described.getTags())
			.summary(described.getSummary())
			.description(described.getDescription())
			.parameters(described.getParameters())
			.responses(described.getResponses());
	}

	private static Operation questionnaire() {
		return new Operation().operationId("getFhirQuestionnaire").addTagsItem("FHIR")
			.summary("A published version's questionnaire as FHIR R4")
			.description("""
					That published version of the questionnaire as an HL7 FHIR R4 `Questionnaire`. \
					`application/fhir+json` unless the client accepts only `application/json`, which gets the same \
					body.""")
			.addParametersItem(new Parameter().in("path").name("version").required(true)
				.description("The version number. A version never published is `404`; one that is no whole number, `400`.")
				.schema(type("string"))
				.example("1"))
			.responses(new ApiResponses()
				.addApiResponse("200", resource("The questionnaire.", "FhirQuestionnaire", """
						{
						  "resourceType": "Questionnaire",
						  "url": "https://crossroads.example/api/v1/fhir/Questionnaire/1",
						  "version": "1",
						  "status": "active",
						  "item": [
						    { "linkId": "wellbeing", "text": "How you have been feeling", "type": "group",
						      "item": [ { "linkId": "daily-functioning", "type": "choice", "required": true,
						        "text": "Over the past month, how much have your feelings got in the way of your daily life?" } ] }
						  ]
						}"""))
				.addApiResponse("400", problem("The version is no whole number.", "Malformed version", 400,
						"The version must be a whole number, as the questionnaire names it.", "/api/v1/fhir/Questionnaire/one"))
				.addApiResponse("404", problem("No published version has this number.", "Version not found", 404,
						"No published version of the questionnaire has this number.", "/api/v1/fhir/Questionnaire/99"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static Operation response() {
		return new Operation().operationId("getFhirQuestionnaireResponse").addTagsItem("FHIR")
			.summary("A stored result as a FHIR R4 QuestionnaireResponse")
			.description("""
					The stored result as an HL7 FHIR R4 `QuestionnaireResponse`, for a clinician. With `?download`, \
					also `Content-Disposition: attachment`, named by the day it was taken rather than by the id. \
					`Cache-Control: no-store`: it holds a person's answers.""")
			.addParametersItem(new Parameter().in("path").name("id").required(true)
				.description("The stored result's id. An unknown or malformed id is `404`.")
				.schema(type("string"))
				.example("2BO7lhrTKIdHirAvb4RlnGaWCjiHWDBk"))
			.addParametersItem(new Parameter().in("query").name("download").required(false).allowEmptyValue(true)
				.description("Present (with any value or none): answer as a file to save.")
				.schema(type("string")))
			.responses(new ApiResponses()
				.addApiResponse("200", resource("The QuestionnaireResponse.", "FhirQuestionnaireResponse", """
						{
						  "resourceType": "QuestionnaireResponse",
						  "questionnaire": "https://crossroads.example/api/v1/fhir/Questionnaire/1",
						  "status": "completed",
						  "authored": "2026-11-26T23:47:36Z",
						  "item": [
						    { "linkId": "wellbeing", "text": "How you have been feeling",
						      "item": [ { "linkId": "daily-functioning", "answer": [ { "valueCoding": {
						        "system": "https://crossroads.example/api/v1/fhir/CodeSystem/option", "code": "a-little",
						        "display": "A little" } } ] } ] }
						  ]
						}""")
					.addHeaderObject("Content-Disposition", new Header()
						.description("With `?download` only: `attachment; filename=\"crossroads-result-<day taken>.json\"`.")
						.schema(type("string"))))
				.addApiResponse("404", problem("No result has this id (unknown, deleted or malformed).", "Result not found",
						404, "No result has this id. It may have been deleted, or the link may be incomplete.",
						"/api/v1/assessments/2BO7lhrTKIdHirAvb4RlnGaWCjiHWDBk/fhir"))
				.addApiResponse("405", common("MethodNotAllowed"))
				.addApiResponse("406", common("NotAcceptable"))
				.addApiResponse("429", common("TooManyRequests")));
	}

	private static ApiResponse resource(String description, String schema, String example) {
		Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + schema);
		Object value = parse(example);
		return new ApiResponse().description(description)
			.addHeaderObject("Cache-Control", new Header().description("`no-store`.").schema(type("string")))
			.content(new Content().addMediaType(FHIR, new MediaType().schema(ref).example(value))
				.addMediaType(JSON, new MediaType().schema(ref).example(value)));
	}

	private static ApiResponse problem(String description, String title, int status, String detail, String instance) {
		String example = "{\"title\": \"" + title + "\", \"status\": " + status
				+ ", \"detail\": \"" + detail + "\", \"instance\": \"" + instance + "\"}";
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(parse(example))));
	}

	private static ApiResponse common(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

	/** The site fixes these elements; every other element is FHIR R4's, so other properties are allowed. */
	private static Schema<?> resource(String resourceType, String description, Map<String, Schema> fixed,
			String... required) {
		Schema<?> schema = type("object").description(description)
			.addProperty("resourceType", enumeration(null, resourceType));
		new java.util.TreeMap<>(fixed).forEach(schema::addProperty);
		List<String> all = new java.util.ArrayList<>(List.of("resourceType"));
		all.addAll(List.of(required));
		return schema.required(all);
	}

	private static Schema<Object> type(String type) {
		return new Schema<Object>().types(new LinkedHashSet<>(List.of(type)));
	}

	private static Schema<?> enumeration(@Nullable String description, String... values) {
		Schema<Object> schema = type("string");
		for (String value : values) {
			schema.addEnumItemObject(value);
		}
		return description == null ? schema : schema.description(description);
	}

	private static Object parse(String json) {
		try {
			return Json.mapper().readTree(json);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("an example of the API document is not JSON: " + json, ex);
		}
	}
}
