package org.crossroads.rules;

import java.util.List;

public class InvalidAnswersException extends RuntimeException {

	private final transient List<AnswerProblem> problems;

	public InvalidAnswersException(List<AnswerProblem> problems) {
		super("invalid answers: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> problems() {
		return problems;
	}
}
