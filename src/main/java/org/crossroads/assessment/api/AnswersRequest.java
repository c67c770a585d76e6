package org.crossroads.assessment.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"answers": {"question": "option", ...}}} strictly: duplicated keys, other fields
 * and values that are not strings are refused with a message code that says which.
 */
final class AnswersRequest {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private AnswersRequest() {
	}

	static Map<String, String> parse(byte[] body) {
		JsonNode root;
		try {
			root = STRICT.readTree(body);
		}
		catch (JacksonException ex) {
			String why = ex.getOriginalMessage();
			throw new MalformedRequestException(why != null && why.startsWith("Duplicate")
					? "api.malformed.duplicate-key" : "api.malformed.not-json", List.of());
		}
		if (root == null || root.isMissingNode() || !root.isObject()) {
			throw new MalformedRequestException("api.malformed.not-an-object", List.of());
		}
		for (String field : root.propertyNames()) {
			if (!field.equals("answers")) {
				throw new MalformedRequestException("api.malformed.unknown-field", List.of(), printable(field));
			}
		}
		JsonNode answers = root.get("answers");
		if (answers == null || !answers.isObject()) {
			throw new MalformedRequestException("api.malformed.answers-not-an-object", List.of());
		}
		Map<String, String> result = new LinkedHashMap<>();
		List<String> notStrings = answers.properties().stream()
			.filter(e -> !e.getValue().isString())
			.map(Map.Entry::getKey)
			.toList();
		if (!notStrings.isEmpty()) {
			throw new MalformedRequestException("api.malformed.not-strings", notStrings);
		}
		answers.properties().forEach(e -> result.put(e.getKey(), e.getValue().stringValue()));
		return result;
	}

	static String printable(String text) {
		String cleaned = text.replaceAll("\\p{Cntrl}", "?");
		return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
	}

	/**
	 * The body could not be read as answers: {@code code} is the message saying why, with its
	 * {@code args}; {@code questionKeys} names the offending answers, if any.
	 */
	static final class MalformedRequestException extends RuntimeException {

		private final String code;

		private final Object[] args;

		private final List<String> questionKeys;

		MalformedRequestException(String code, List<String> questionKeys, Object... args) {
			super(code);
			this.code = code;
			this.args = args.clone();
			this.questionKeys = List.copyOf(questionKeys);
		}

		String code() {
			return code;
		}

		Object[] args() {
			return args.clone();
		}

		List<String> questionKeys() {
			return questionKeys;
		}
	}
}
