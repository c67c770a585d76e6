package org.crossroads.admin.editing;

import org.crossroads.admin.readability.Wording;

import org.jspecify.annotations.Nullable;

/**
 * One field of the shared item page: the form property, its label's message key, the input to use
 * and, for a text visitors read, whose words it is (the page shows its reading grade).
 */
record FieldSpec(String name, String label, Type type, @Nullable Wording wording) {

	FieldSpec(String name, String label, Type type) {
		this(name, label, type, null);
	}

	/** The same field, read by visitors in our own words. */
	FieldSpec visitor() {
		return new FieldSpec(name, label, type, Wording.OWN);
	}

	/** The same field, read by visitors: a proper name. */
	FieldSpec properName() {
		return new FieldSpec(name, label, type, Wording.NAME);
	}

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
