package org.crossroads.admin.testcases;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossroads.rules.Outcome;

import org.jspecify.annotations.Nullable;

/** A test case; {@code answers} maps question keys to option keys, blank meaning unanswered. */
public record TestCaseForm(long lockVersion,
		@NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.too-long}") String name,
		@NotNull(message = "{admin.error.required}") Outcome expected,
		@Nullable Map<String, String> answers) {

	public TestCaseForm {
		answers = answers == null ? Map.of() : answers;
	}

	public static TestCaseForm of(TestCaseEntity t) {
		Map<String, String> answers = new LinkedHashMap<>();
		t.getAnswers().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach(e -> answers.put(e.getKey(), e.getValue()));
		return new TestCaseForm(t.getLockVersion(), t.getName(), t.getExpectedOutcome(), answers);
	}
}
