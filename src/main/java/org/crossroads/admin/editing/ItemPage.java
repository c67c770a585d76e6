package org.crossroads.admin.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the shared item page (admin/item) shows besides the form: its heading's message key, the
 * fields, where the form posts, where "remove" posts (null: cannot be removed), the way back, a
 * subtitle naming the item, and form properties carried as hidden fields.
 */
record ItemPage(String heading, List<FieldSpec> fields, String action, @Nullable String removeAction, String back,
		@Nullable String subtitle, List<String> hidden) {

	public ItemPage {
		fields = List.copyOf(fields);
		hidden = List.copyOf(hidden);
	}

	ItemPage(String heading, List<FieldSpec> fields, String action, String removeAction, String back, String subtitle) {
		this(heading, fields, action, removeAction, back, subtitle, List.of());
	}
}
