package org.crossroads.admin.publishing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why a draft cannot be published. {@code code} names the message {@code admin.problem.<code>};
 * {@code args} fill it in (keys and codes, never editor-typed markup that could run).
 */
public record DraftProblem(String code, List<String> args) {

	public DraftProblem {
		args = List.copyOf(args);
	}

	static DraftProblem of(String code, @Nullable Object... args) {
		return new DraftProblem(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	public String messageCode() {
		return "admin.problem." + code;
	}

	public Object[] messageArgs() {
		return args.toArray();
	}
}
