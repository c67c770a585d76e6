package org.crossroads.admin.editing;

/** One field of the shared item page: the form property, its label's message key and the input to use. */
record FieldSpec(String name, String label, Type type) {

	enum Type {
		TEXT, AREA, NUMBER, DATE, URL
	}

	static FieldSpec text(String name, String label) {
		return new FieldSpec(name, label, Type.TEXT);
	}

	static FieldSpec area(String name, String label) {
		return new FieldSpec(name, label, Type.AREA);
	}

	static FieldSpec number(String name, String label) {
		return new FieldSpec(name, label, Type.NUMBER);
	}

	static FieldSpec date(String name, String label) {
		return new FieldSpec(name, label, Type.DATE);
	}

	static FieldSpec url(String name, String label) {
		return new FieldSpec(name, label, Type.URL);
	}
}
