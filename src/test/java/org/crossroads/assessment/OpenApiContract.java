package org.crossroads.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a real response against the OpenAPI 3.1 document: the status is documented for the operation, the media
 * type is one it names, documented required headers are there, and the body validates against the schema (JSON
 * Schema 2020-12 with the OpenAPI 3.1 dialect, formats asserted). Answers the problems found, none if it matches.
 */
final class OpenApiContract {

	/** The document's address for the validator: never fetched, the text is handed over. */
	static final String DOCUMENT = "https://crossroads.test/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode document;

	private final SchemaRegistry schemas;

	OpenApiContract(String document) {
		this.document = JSON.readTree(document);
		this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				builder -> builder.schemas(Map.of(DOCUMENT, document))
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
	}

	JsonNode document() {
		return document;
	}

	/** {@code template}: the path as the document names it; {@code method}: the operation documenting the answer. */
	List<String> check(String template, String method, int status, String contentType, Map<String, String> headers,
			byte[] body) {
		List<String> problems = new ArrayList<>();
		JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
		if (operation.isMissingNode()) {
			return List.of("no operation " + method + " " + template + " in the document");
		}
		JsonNode response = resolve(operation.path("responses").path(String.valueOf(status)));
		if (response.isMissingNode()) {
			return List.of("status " + status + " is not documented for " + method + " " + template);
		}
		response.path("headers").properties().forEach(header -> {
			JsonNode described = resolve(header.getValue());
			if (described.path("required").asBoolean(false) && !headers.containsKey(header.getKey().toLowerCase(Locale.ROOT))) {
				problems.add("header " + header.getKey() + " is required but missing");
			}
		});
		JsonNode content = response.path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			if (body.length > 0) {
				problems.add("no body is documented, but one came: " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
			}
			return problems;
		}
		String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
		JsonNode media = content.path(mediaType);
		if (media.isMissingNode()) {
			problems.add("media type " + mediaType + " is not documented for " + status + " (documented: "
					+ content.propertyNames() + ")");
			return problems;
		}
		JsonNode instance;
		try {
			instance = JSON.readTree(body);
		}
		catch (JacksonException notJson) {
			problems.add("the body is not JSON: " + notJson.getOriginalMessage());
			return problems;
		}
		for (Error error : validate(media.path("schema"), instance)) {
			problems.add(error.toString());
		}
		return problems;
	}

	/** Validates {@code instance} against a schema object of the document (a $ref into its components). */
	List<Error> validate(JsonNode schemaObject, JsonNode instance) {
		String ref = schemaObject.path("$ref").asString("");
		if (!ref.startsWith("#/")) {
			throw new IllegalStateException("every schema of a response names a component: " + schemaObject);
		}
		Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + ref));
		return schema.validate(instance);
	}

	/** A response or header object, following its $ref into the components. */
	JsonNode resolve(JsonNode node) {
		String ref = node.path("$ref").asString("");
		return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
	}
}
