package org.crossroads.fhir;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The record's own labels: the messages' fhir.* keys, in English whatever the request's language, like the API's texts. */
record FhirTexts(MessageSource messages) {

	String get(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ROOT);
	}
}
