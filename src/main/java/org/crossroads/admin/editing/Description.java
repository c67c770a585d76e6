package org.crossroads.admin.editing;

import java.util.Objects;
import java.util.StringJoiner;

/** The fields of an item as one readable line, for the audit trail and for comparing content. */
final class Description {

	private final StringJoiner fields = new StringJoiner("; ");

	static Description of() {
		return new Description();
	}

	Description add(String name, Object value) {
		fields.add(name + "=" + (value instanceof String s ? quote(s) : Objects.toString(value)));
		return this;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	@Override
	public String toString() {
		return fields.toString();
	}
}
