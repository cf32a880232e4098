#!/usr/bin/env bash
# Whole-system benchmark against the product started by deploy/local/run.sh (not a test); see docs/performance.md.
#   bench/system/run.sh [N] [CONCURRENCY]      N orders in the measured mixed phase (default 300), 8 concurrent clients
# Phases: returning seed (BENCH_SEED_CUSTOMERS, default 90), mixed (N), single (BENCH_SINGLE, default 20), lookup-first
# (BENCH_LOOKUP_ORDERS, default 120; provisioning-service restarted with PROVISIONING_BENCH_LOOKUP_BEFORE_CREATE=true
# for it, then restarted normally). Sets the sandbox's install time to 0 and its panel limit to 240 requests/min,
# restores the install time after. The product is restarted first with bench/system/seed.json (the default nodes,
# 300 allocations each, room for every order of every phase), unless BENCH_KEEP_SEED=1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN_SH=$ROOT/deploy/local/run.sh
SECRETS=$ROOT/deploy/local/.run/secrets.env
[ -f "$SECRETS" ] || { echo "start the product first: deploy/local/run.sh" >&2; exit 1; }
if [ "${BENCH_KEEP_SEED:-0}" != 1 ]; then
  SANDBOX_SEED_FILE=$ROOT/bench/system/seed.json "$RUN_SH" restart --no-build --skip-demo >/dev/null \
    || { echo "restart with the benchmark seed failed; see deploy/local/.run/logs" >&2; exit 1; }
fi
"$RUN_SH" status | grep -q "not ready\|stopped" && { echo "some component is not running; see deploy/local/run.sh status" >&2; exit 1; }
exec python3 "$ROOT/bench/system/bench.py" --secrets "$SECRETS" --pids "$ROOT/deploy/local/.run/pids" --run-sh "$RUN_SH" \
  --orders "${1:-300}" --concurrency "${2:-8}" --seed-customers "${BENCH_SEED_CUSTOMERS:-90}" \
  --single "${BENCH_SINGLE:-20}" --lookup-orders "${BENCH_LOOKUP_ORDERS:-120}"
