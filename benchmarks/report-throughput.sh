#!/usr/bin/env bash
# Measures the report on generated dossiers against Jackson parsing the same file, in one run,
# both with -Xmx256m; the target is a report within 2x the parse-only time.
# Usage: benchmarks/report-throughput.sh [COUNT, default 1000000] [THREADS, default 2]
# JAVA_OPTS, if set, is passed to both JVMs (for example -XX:TieredStopAtLevel=1).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
threads=${2:-2}
mvn -B -q -ntp package -DskipTests
file=$(mktemp --suffix=.ndjson)
out=$(mktemp -d)
trap 'rm -rf "$file" "$out"' EXIT
java -jar examples/target/dunghan.jar generate --count "$count" --seed 2026 --output "$file"
echo "file: $(du -h "$file" | cut -f1), $count dossiers"
parse_start=$(date +%s%N)
java -Xmx256m ${JAVA_OPTS:-} -cp benchmarks/target/benchmarks.jar vn.dunghan.benchmarks.ParseOnly "$file" > /dev/null
parse_ms=$(( ($(date +%s%N) - parse_start) / 1000000 ))
report_start=$(date +%s%N)
java -Xmx256m ${JAVA_OPTS:-} -jar examples/target/dunghan.jar report --input "$file" --as-of 2026-11-26T00:00 --threads "$threads" \
  --output-dir "$out" > "$out/console.txt" 2> "$out/progress.txt"
report_ms=$(( ($(date +%s%N) - report_start) / 1000000 ))
head -3 "$out/console.txt"
echo "parse only (JVM start included): ${parse_ms} ms; report with $threads threads: ${report_ms} ms;" \
  "ratio $(awk "BEGIN {printf \"%.2f\", $report_ms / $parse_ms}")"
