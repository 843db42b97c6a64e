#!/usr/bin/env bash
# Measures the dunghan service on loopback: requests per second and p50/p99 latency of
# GET /v1/deadline at 1, 8 and 32 concurrent clients, then POST /v1/evaluate on generated dossiers
# against the evaluate command on the same file. Bounded: 2,000 requests per client, at most 60 s
# per client count, one evaluation of 100,000 dossiers.
# Usage: benchmarks/service-load.sh [REQUESTS_PER_CLIENT, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
per_client=${1:-2000}
mvn -B -q -ntp package -DskipTests
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar examples/target/dunghan.jar generate --count 100000 --output "$work/dossiers.ndjson" 2>/dev/null
java -Xmx512m -jar examples/target/dunghan.jar serve --host 127.0.0.1 --port 0 --threads 2 > "$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
  grep -q 'listening on' "$work/serve.log" && break
  sleep 0.1
done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log")
java -cp benchmarks/target/benchmarks.jar vn.dunghan.benchmarks.ServiceLoad "$base" "$per_client" 1,8,32 \
  "$work/dossiers.ndjson"
start=$(date +%s.%N)
java -jar examples/target/dunghan.jar evaluate --input "$work/dossiers.ndjson" --as-of 2026-11-26T00:00 \
  --output "$work/cli.ndjson" 2>/dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "evaluate command: 100,000 records in %.2f s, JVM start included\n", e - s }'
