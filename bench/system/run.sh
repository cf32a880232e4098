#!/usr/bin/env bash
# Whole-system benchmark against the product started by deploy/local/run.sh (not a test).
#   bench/system/run.sh [N] [CONCURRENCY]      default 200 orders, 8 concurrent bot/admin clients
# Sets the sandbox's install time to 0 and its panel limit to 240 requests/min for the run, restores them after.
# The default seed holds about 28 servers of mc-basic; this script restarts the product with bench/system/seed.json
# (the same nodes, 1 TiB each, 200 allocations per node) so that N orders fit, unless BENCH_KEEP_SEED=1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECRETS=$ROOT/deploy/local/.run/secrets.env
[ -f "$SECRETS" ] || { echo "start the product first: deploy/local/run.sh" >&2; exit 1; }
if [ "${BENCH_KEEP_SEED:-0}" != 1 ]; then
  SANDBOX_SEED_FILE=$ROOT/bench/system/seed.json "$ROOT/deploy/local/run.sh" restart --no-build --skip-demo >/dev/null \
    || { echo "restart with the benchmark seed failed; see deploy/local/.run/logs" >&2; exit 1; }
fi
"$ROOT/deploy/local/run.sh" status | grep -q "not ready\|stopped" && { echo "some component is not running; see deploy/local/run.sh status" >&2; exit 1; }
exec python3 "$ROOT/bench/system/bench.py" --secrets "$SECRETS" --pids "$ROOT/deploy/local/.run/pids" \
  --orders "${1:-200}" --concurrency "${2:-8}"
