package org.crossroads.fhir;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The record's own labels: the messages' fhir.* keys, in the request's language like the content of
 * the record (its {@code language} element says which).
 */
record FhirTexts(MessageSource messages) {

	String get(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
