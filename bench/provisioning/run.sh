#!/usr/bin/env bash
# Provisioning throughput benchmark against the in-process sandbox panel (rate limit 240/min, real local
# PostgreSQL and RabbitMQ). Prints provisions per minute, panel requests per provision and the throughput
# against the bound the rate limit allows.
#   ORDERS=40 bench/provisioning/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDERS=${ORDERS:-40}
LOG=$(mktemp)
./mvnw -B -o -pl provisioning-service -am test \
  -Dtest=ProvisioningBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.excluded.groups=none -Dbench.orders="$ORDERS" >"$LOG" 2>&1 || { tail -60 "$LOG"; exit 1; }
grep -h '^BENCH' "$LOG" provisioning-service/target/surefire-reports/*ProvisioningBenchmarkTest*-output.txt 2>/dev/null \
  | sed 's/^BENCH //' | sort -u
rm -f "$LOG"
