#!/usr/bin/env bash
# Times the report on many agencies with two dossiers eight years apart against evaluating the same
# dossiers, both with -Xmx256m: the report's cost should grow with the dossiers, breaks and
# agencies, not with the agencies times the days spanned.
# Usage: benchmarks/report-agencies.sh [AGENCIES, default 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
agencies=${1:-10000}
mvn -B -q -ntp package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp benchmarks/target/benchmarks.jar vn.dunghan.benchmarks.ManyAgencies "$work/agencies.ndjson" "$agencies"
time_of() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
evaluate=$(time_of java -Xmx256m -jar examples/target/dunghan.jar evaluate --input "$work/agencies.ndjson" \
  --as-of 2026-11-26T00:00 --output "$work/results.ndjson")
report=$(time_of java -Xmx256m -jar examples/target/dunghan.jar report --input "$work/agencies.ndjson" \
  --as-of 2026-11-26T00:00 --output-dir "$work/report")
echo "$agencies agencies, $((agencies * 2)) dossiers: evaluate ${evaluate} s, report ${report} s (JVM start included)"
