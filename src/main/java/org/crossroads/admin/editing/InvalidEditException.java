package org.crossroads.admin.editing;

/** A value that passed the form's own checks but not the draft's, such as a key already in use. */
public class InvalidEditException extends RuntimeException {

	private final String field;

	private final String messageCode;

	public InvalidEditException(String field, String messageCode) {
		super("invalid " + field + ": " + messageCode);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String field() {
		return field;
	}

	public String messageCode() {
		return messageCode;
	}
}
