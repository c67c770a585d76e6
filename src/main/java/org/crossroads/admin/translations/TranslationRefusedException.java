package org.crossroads.admin.translations;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A translation or a language switch was refused; nothing changed. {@code code} names the message
 * {@code admin.translations.refused.<code>}; {@code gaps}: the texts that keep people safe and stand in the way.
 */
class TranslationRefusedException extends RuntimeException {

	private final String code;

	private final HttpStatus status;

	private final List<TranslationCheck.Gap> gaps;

	TranslationRefusedException(String code, HttpStatus status) {
		this(code, status, List.of());
	}

	TranslationRefusedException(String code, HttpStatus status, List<TranslationCheck.Gap> gaps) {
		super("refused: " + code);
		this.code = code;
		this.status = status;
		this.gaps = List.copyOf(gaps);
	}

	String messageCode() {
		return "admin.translations.refused." + code;
	}

	HttpStatus status() {
		return status;
	}

	List<TranslationCheck.Gap> gaps() {
		return gaps;
	}
}
