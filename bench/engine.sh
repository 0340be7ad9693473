#!/usr/bin/env bash
# The exercise engine's benchmarks (issue 4), figures in docs/benchmarks.md:
#  1. JMH, one thread: options for a client with three conditions over 5,000 exercises and
#     800 rules; the engine's share of re-checking 60,000 program exercises after a rule change.
#  2. The whole re-check on the real application and H2: 10,000 clients with active
#     programs, a rule added through the knowledge base, the time until it is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target bench/results/engine
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.medexpro.programs.ExerciseEngineBenchmark | tee bench/results/engine/jmh.txt
./mvnw -q -B test -Dgroups=benchmark -Dmedex.excluded-test-groups= -Dtest=ProgramRecheckBenchmarkTests \
  -Dsurefire.failIfNoSpecifiedTests=false
cp target/benchmarks/recheck.txt bench/results/engine/recheck.txt
cat bench/results/engine/recheck.txt
