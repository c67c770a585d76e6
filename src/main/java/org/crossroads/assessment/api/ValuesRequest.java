package org.crossroads.assessment.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"ratings": {"statement": "very", ...}, "sure": {"sure": true, ...}}} strictly: duplicated
 * keys, other fields and parts that are not objects are refused as malformed. A rating that is not a
 * string or a SURE answer that is not a boolean is passed on as a value no key matches, so it is named
 * among the answers' problems, each by its key.
 */
final class ValuesRequest {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** The raw answers: ratings by statement key, SURE answers by item key as "yes" or "no". */
	record Raw(Map<String, String> ratings, Map<String, String> sure) {
	}

	private ValuesRequest() {
	}

	static Raw parse(byte[] body) {
		JsonNode root;
		try {
			root = STRICT.readTree(body);
		}
		catch (JacksonException ex) {
			String why = ex.getOriginalMessage();
			throw new AnswersRequest.MalformedRequestException(why != null && why.startsWith("Duplicate")
					? "api.malformed.duplicate-key" : "api.malformed.not-json", List.of());
		}
		if (root == null || root.isMissingNode() || !root.isObject()) {
			throw new AnswersRequest.MalformedRequestException("api.malformed.values-not-an-object", List.of());
		}
		for (String field : root.propertyNames()) {
			if (!field.equals("ratings") && !field.equals("sure")) {
				throw new AnswersRequest.MalformedRequestException("api.malformed.values-unknown-field", List.of(),
						AnswersRequest.printable(field));
			}
		}
		Map<String, String> ratings = new LinkedHashMap<>();
		part(root, "ratings").properties()
			.forEach(e -> ratings.put(e.getKey(), e.getValue().isString() ? e.getValue().stringValue() : e.getValue().toString()));
		Map<String, String> sure = new LinkedHashMap<>();
		part(root, "sure").properties()
			.forEach(e -> sure.put(e.getKey(), e.getValue().isBoolean() ? (e.getValue().booleanValue() ? "yes" : "no")
					: "not a boolean: " + e.getValue()));
		return new Raw(ratings, sure);
	}

	/** A part may be left out (no ratings; all SURE answers missing), but if given it is an object. */
	private static JsonNode part(JsonNode root, String name) {
		JsonNode part = root.get(name);
		if (part == null) {
			return STRICT.createObjectNode();
		}
		if (!part.isObject()) {
			throw new AnswersRequest.MalformedRequestException("api.malformed.values-part-not-an-object", List.of(), name);
		}
		return part;
	}
}
