package org.crossroads;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Refuses control characters (other than tab and line breaks) in every text field of an edit form,
 * nested option rows and answer maps included. No editor means to type them, they would reach visitors' pages, and
 * PostgreSQL cannot store a NUL character at all.
 * In the shared root package because the audit filter uses it too (audit must not depend on admin).
 */
public final class NoControlCharacters implements Validator {

	static final String CODE = "error.control-characters";

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object form, Errors errors) {
		check(form, "", errors);
	}

	private static void check(@Nullable Object form, String path, Errors errors) {
		if (form == null || !form.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			Object value = read(component, form);
			String field = path + component.getName();
			if (value instanceof String text && hasControlCharacter(text)) {
				errors.rejectValue(field, CODE);
			}
			else if (value instanceof Map<?, ?> entries && entries.entrySet().stream()
				.anyMatch(e -> hasControlCharacter(String.valueOf(e.getKey())) || hasControlCharacter(String.valueOf(e.getValue())))) {
				errors.rejectValue(field, CODE);
			}
			else if (value instanceof List<?> items) {
				for (int i = 0; i < items.size(); i++) {
					check(items.get(i), field + "[" + i + "].", errors);
				}
			}
		}
	}

	public static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

	private static @Nullable Object read(RecordComponent component, Object form) {
		try {
			// Forms are package-private records of the features that post them.
			Method accessor = component.getAccessor();
			ReflectionUtils.makeAccessible(accessor);
			return accessor.invoke(form);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}
}
