package org.crossroads.rules;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.crossroads.SeedAnswers;

/**
 * Evaluations per second on one thread, for the seeded rule set and one ten times larger, with an
 * answer set per outcome. {@code evaluate} is what a request pays (check the answers, then decide);
 * {@code engine} is the decision alone on answers already checked. Run with {@code scripts/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
public class RulesEngineBenchmark {

	/** seed: the Flyway seed (version 1); x10: ten copies of it, 180 questions and 140 criteria. */
	@Param({ "seed", "x10" })
	public String rules;

	@Param({ "THERAPY", "COACHING", "BOTH", "EXPLORE", "URGENT_SUPPORT" })
	public Outcome answers;

	private RuleSet ruleSet;

	private Map<String, String> given;

	private AnswerSheet sheet;

	@Setup
	public void setUp() throws InvalidAnswersException {
		int copies = rules.equals("x10") ? 10 : 1;
		ruleSet = TenfoldRules.of(SeedRules.ruleSet(), copies);
		given = TenfoldRules.answers(seedAnswers(answers), copies);
		sheet = ruleSet.read(given);
		// a benchmark of the wrong path would measure nothing useful: check it decides as named
		Outcome outcome = ruleSet.evaluate(given).outcome();
		if (outcome != answers) {
			throw new IllegalStateException(rules + " " + answers + " answers lead to " + outcome);
		}
	}

	@Benchmark
	public Evaluation evaluate() throws InvalidAnswersException {
		return ruleSet.evaluate(given);
	}

	@Benchmark
	public Evaluation engine() {
		return RulesEngine.evaluate(ruleSet, sheet);
	}

	private static Map<String, String> seedAnswers(Outcome outcome) {
		return switch (outcome) {
			case THERAPY -> SeedAnswers.therapy();
			case COACHING -> SeedAnswers.coaching();
			case BOTH -> SeedAnswers.both();
			case EXPLORE -> SeedAnswers.quiet();
			case URGENT_SUPPORT -> SeedAnswers.urgent();
		};
	}
}
