#!/usr/bin/env bash
# Microbenchmark of the rules engine (src/jmh/java, Maven profile jmh): evaluations per second on
# one thread and bytes allocated per evaluation (gc.alloc.rate.norm), for the seeded rule set and one
# ten times larger. Builds the benchmark, then runs JMH with its gc profiler; any arguments go to JMH
# after "-prof gc", e.g. a benchmark regex (evaluate) or shorter runs (-f 1 -wi 1 -i 2).
# Offline: MAVEN_ARGS=-o scripts/jmh.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pjmh process-classes
exec java -cp "target/jmh-classes:target/classes:$(cat target/jmh-classpath.txt)" \
	org.openjdk.jmh.Main -prof gc "$@"
