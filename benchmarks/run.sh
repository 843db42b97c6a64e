#!/usr/bin/env bash
# Builds benchmarks.jar and runs the comparative suite with settings suited to a 2-core machine,
# writing the JSON results to benchmarks/results/ and regenerating the tables of RESULTS.md.
# Usage: benchmarks/run.sh [extra JMH options, e.g. a benchmark regex such as WorkingDays]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results
# one raw result file, replaced by each run (earlier ones stay in git history)
json="benchmarks/results/jmh-latest.json"
# forks, warm-up and measurement come from each class's annotations: 1 fork, 3 + 5 iterations
# of 1 s, a 12 s warm-up for PipelineBenchmark (two worker threads and the collecting thread
# share the two cores with the compiler), 5 + 10 iterations for EvaluationBenchmark, whose
# iterations vary most, and 3 forks for the three working-day benchmarks that the targets compare
# (dunghan, Strata, the HashSet loop) and for WorkingDaysPerCallBenchmark
jmh_options=(-t 1 -prof gc -rf json -rff "$json")
java -jar benchmarks/target/benchmarks.jar "${jmh_options[@]}" "$@"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)
machine="$cpu, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
java -cp benchmarks/target/benchmarks.jar vn.dunghan.benchmarks.ResultsTable "$json" benchmarks/RESULTS.md \
  "java -jar benchmarks/target/benchmarks.jar ${jmh_options[*]} $*" "$machine"
echo "Results: $json; tables regenerated in benchmarks/RESULTS.md"
