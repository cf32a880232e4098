#!/usr/bin/env bash
# Runs every ptero-admin subcommand against fake-api.py and checks the request it made and what it printed.
# Runs the suite once per JSON backend (jq when installed, python3 always) and once with jq hidden from PATH.
# Last line: "N passed, M failed"; exit status 1 when anything failed.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLI=$HERE/../ptero-admin
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ptero-admin-test.XXXXXX")
LOG=$WORK/requests.log
FAKE_PID=""

cleanup() {
  [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null && wait "$FAKE_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# Put the real interpreter first on PATH: version-manager shims (pyenv) cost ~0.1 s per call.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
PATH=$(dirname "$PYTHON"):$PATH

python3 "$HERE/fake-api.py" "$WORK/port" "$LOG" &
FAKE_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
[ -s "$WORK/port" ] || { echo "fake API did not start"; echo "0 passed, 1 failed"; exit 1; }
PORT=$(cat "$WORK/port")

export ORDER_URL=http://127.0.0.1:$PORT/o PROVISIONING_URL=http://127.0.0.1:$PORT/p
export NOTIFICATION_URL=http://127.0.0.1:$PORT/n
export ORDER_MANAGEMENT_URL=http://127.0.0.1:$PORT/om PROVISIONING_MANAGEMENT_URL=http://127.0.0.1:$PORT/pm
export NOTIFICATION_MANAGEMENT_URL=http://127.0.0.1:$PORT/nm
export ORDER_ADMIN_API_KEY=ord-key PROVISIONING_ADMIN_API_KEY=prov-key NOTIFICATION_ADMIN_API_KEY=notif-key
export USER=bob

PASSED=0 FAILED=0 CASE="" CASE_OK=yes BACKEND=""
OUT="" ERR="" RC=0

# run [ENV=VALUE...] -- ARGS...: runs the CLI with a fresh request log
run() {
  local envs=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  : >"$LOG"
  env ${envs[@]+"${envs[@]}"} "$CLI" "$@" >"$WORK/out" 2>"$WORK/err"
  RC=$?
  OUT=$(cat "$WORK/out")
  ERR=$(cat "$WORK/err")
}

begin() { CASE=$1; CASE_OK=yes; }
fail() {
  CASE_OK=no
  echo "FAIL [$BACKEND] $CASE: $*"
}
end() {
  if [ "$CASE_OK" = yes ]; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1))
    echo "  rc=$RC"
    echo "  stdout:"; sed 's/^/    /' "$WORK/out"
    echo "  stderr:"; sed 's/^/    /' "$WORK/err"
  fi
}

rc_is() { [ "$RC" = "$1" ] || fail "exit status $RC, expected $1"; }
out_has() { grep -qE -- "$1" <<<"$OUT" || fail "stdout lacks /$1/"; }
out_lacks() { ! grep -qE -- "$1" <<<"$OUT" || fail "stdout has /$1/"; }
err_has() { grep -qE -- "$1" <<<"$ERR" || fail "stderr lacks /$1/"; }
out_count() { # out_count REGEX N
  local n; n=$(grep -cE -- "$1" <<<"$OUT")
  [ "$n" = "$2" ] || fail "stdout has /$1/ $n times, expected $2"
}
requests() { # requests N: exactly N requests were recorded
  local n; n=$(grep -c . "$LOG")
  [ "$n" = "$1" ] || fail "$n requests recorded, expected $1"
}
# request KEY=VALUE...: checks the last recorded request. Keys: method, service, path, rawPath, apiKey, contentType,
# query.NAME (exact value; "<none>" when absent), body (compared as JSON; "body=" for an empty body)
request() {
  local problem
  problem=$(python3 - "$LOG" "$@" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip()]
if not lines:
    print("no request recorded"); sys.exit()
req = json.loads(lines[-1])
for spec in sys.argv[2:]:
    key, _, want = spec.partition("=")
    if key == "body":
        got = json.loads(req["body"]) if req["body"] else ""
        expected = json.loads(want) if want else ""
    elif key == "query":
        got, expected = req["query"], {}
    elif key.startswith("query."):
        got = req["query"].get(key[6:], [None])[0]
        expected = None if want == "<none>" else want
    else:
        got = req[key]
        expected = None if want == "<none>" else want
    if got != expected:
        print(f"{key}: got {got!r}, expected {expected!r}")
EOF
)
  [ -z "$problem" ] || fail "$problem"
}

suite() {
  BACKEND=$1
  export PTERO_ADMIN_JSON_TOOL=$1

  begin "help lists every subcommand"
  run -- --help
  rc_is 0
  for c in orders order confirm cancel reset-password watch jobs job retry trigger cancel-job capacity deliveries \
    resend delivery-stats health; do out_has "^  $c( |$)"; done
  end

  for c in orders order confirm cancel reset-password watch jobs job retry trigger cancel-job capacity deliveries \
    resend delivery-stats health; do
    begin "$c --help"
    run -- "$c" --help
    rc_is 0; out_has "^Usage: ptero-admin $c"; requests 0
    end
  done

  begin "missing keys are named"
  run ORDER_ADMIN_API_KEY= -- orders
  rc_is 1; err_has "ORDER_ADMIN_API_KEY is not set"; requests 0
  run PROVISIONING_ADMIN_API_KEY= -- jobs
  rc_is 1; err_has "PROVISIONING_ADMIN_API_KEY is not set"; requests 0
  run -u NOTIFICATION_ADMIN_API_KEY -- deliveries ORD-1
  rc_is 1; err_has "NOTIFICATION_ADMIN_API_KEY is not set"; requests 0
  end

  begin "orders with filters"
  run -- orders --status FAILED --page 2 --size 5
  rc_is 0
  request method=GET service=o path=/api/admin/orders apiKey=ord-key query.status=FAILED query.page=2 query.size=5
  out_has "^ORDER +STATUS +PHONE +PACKAGE +CREATED$"
  out_has "^ORD-1 +PENDING +\+6281234567890 +mc-basic +2026-11-24T10:00:00Z$"
  out_has "^ORD-2 +COMPLETED +- +mc-basic"
  out_has "^page 2 \(size 5\), 42 orders in total$"
  end

  begin "orders defaults"
  run -- orders
  rc_is 0; request method=GET path=/api/admin/orders query.page=0 query.size=20 query.status=\<none\>; requests 1
  end

  begin "orders: API error is readable"
  run -- orders --status BOGUS
  rc_is 1; err_has "refused GET /api/admin/orders.* \(HTTP 400\)"
  err_has "^  INVALID_STATUS: status must be one of"; err_has "^  field: status$"
  end

  begin "order detail with timeline"
  run -- order ORD-1
  rc_is 0; request method=GET service=o path=/api/admin/orders/ORD-1 apiKey=ord-key body=
  out_has "^Order +ORD-1$"; out_has "^Status +PENDING$"; out_has "^Customer +Budi \(\+6281234567890\)$"
  out_has "^Confirmed +2026-11-24T10:01:00Z by alice$"; out_has "^Timeline$"
  out_has "^AT +KIND +WHAT +MESSAGE +ACTOR$"; out_has "STEP +ENSURE_USER +user ready +provisioning$"
  out_has "STATUS +CONFIRMED +- +alice$"
  end

  begin "order: ids are URL-encoded"
  run -- order "ORD 1/x"
  rc_is 0; request "rawPath=/o/api/admin/orders/ORD%201%2Fx"
  end

  begin "order not found"
  run -- order ORD-MISSING
  rc_is 1; err_has "HTTP 404"; err_has "ORDER_NOT_FOUND: order ORD-MISSING does not exist"; err_has "field: orderId"
  [ -z "$OUT" ] || fail "stdout not empty"
  end

  begin "non-JSON error body"
  run -- order ORD-BROKEN
  rc_is 1; err_has "answered HTTP 502 to GET /api/admin/orders/ORD-BROKEN"; err_has "Bad Gateway"
  end

  begin "wrong key"
  run ORDER_ADMIN_API_KEY=wrong -- orders
  rc_is 1; err_has "UNAUTHORIZED"; err_has "check ORDER_ADMIN_API_KEY"; request apiKey=wrong
  end

  begin "confirm --by"
  run -- confirm ORD-1 --by alice
  rc_is 0
  request method=POST service=o path=/api/admin/orders/ORD-1/confirm apiKey=ord-key contentType=application/json \
    'body={"confirmedBy":"alice"}'
  out_has "^order ORD-1 is now CONFIRMED$"
  end

  begin "confirm defaults to \$USER and escapes JSON"
  run -- confirm ORD-1
  rc_is 0; request 'body={"confirmedBy":"bob"}'
  run -- confirm --by 'Ann "the admin" \ O'"'"'Neil' ORD-1
  rc_is 0; request "body={\"confirmedBy\":\"Ann \\\"the admin\\\" \\\\ O'Neil\"}"
  end

  begin "cancel --reason"
  run -- cancel ORD-1 --reason "customer asked"
  rc_is 0
  request method=POST path=/api/admin/orders/ORD-1/cancel apiKey=ord-key 'body={"reason":"customer asked"}'
  out_has "^order ORD-1 is now CANCELLED$"
  end

  begin "reset-password --by"
  run -- reset-password ORD-1 --by alice
  rc_is 0
  request method=POST service=o path=/api/admin/orders/ORD-1/password-reset apiKey=ord-key \
    contentType=application/json 'body={"requestedBy":"alice"}'
  out_has "^password reset requested: RST-4Q9ZK2MB \(new login goes to the customer on WhatsApp\)$"
  run -- reset-password ORD-1
  rc_is 0; request 'body={"requestedBy":"bob"}'
  end

  begin "reset-password repeated within the window"
  run -- reset-password ORD-AGAIN
  rc_is 0; requests 1; out_has "^already requested at 2026-11-24T10:59:30Z \(RST-7M2KQ9XD\)$"
  out_lacks "password reset requested"
  end

  begin "reset-password of an order that is not COMPLETED"
  run -- reset-password ORD-PENDING
  rc_is 1; err_has "refused POST /api/admin/orders/ORD-PENDING/password-reset \(HTTP 409\)"
  err_has "ORDER_NOT_COMPLETED: order ORD-PENDING is PENDING"
  [ -z "$OUT" ] || fail "stdout not empty"
  end

  begin "reset-password --json and usage errors"
  run -- --json reset-password ORD-1 --by alice
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["requestId"] == "RST-4Q9ZK2MB" and d["repeated"] is False' \
    <<<"$OUT" || fail "stdout is not the request JSON"
  run -- reset-password
  rc_is 2; err_has "missing <orderId>"; requests 0
  run -- reset-password ORD-1 --by
  rc_is 2; err_has "--by needs a value"; requests 0
  end

  begin "watch until COMPLETED"
  run -- watch "ORD-WATCH-$BACKEND" --interval 0
  rc_is 0; requests 3; request method=GET "path=/api/admin/orders/ORD-WATCH-$BACKEND"
  out_has "status CONFIRMED$"; out_has "status PROVISIONING$"; out_has "status COMPLETED$"
  out_count "order created" 1; out_count "STEP ENSURE_USER  user ready" 1; out_count "STATUS COMPLETED" 1
  out_has "^server ready at 10.0.0.5:25565$"
  end

  begin "watch a FAILED order"
  run -- watch ORD-FAILED --interval 0
  rc_is 1; out_has "status FAILED$"; out_has "^failed: NO_CAPACITY: no node has room$"
  end

  begin "watch times out"
  run -- watch ORD-STUCK --interval 1 --timeout 1
  rc_is 3; err_has "order ORD-STUCK still PROVISIONING after 1s"; out_count "ENSURE_USER" 1
  end

  begin "jobs --state"
  run -- jobs --state FAILED
  rc_is 0; request method=GET service=p path=/api/admin/jobs apiKey=prov-key query.state=FAILED
  out_has "^ORDER +STATE +STEP +ATTEMPTS +FAILURE +UPDATED$"; out_has "^ORD-1 +FAILED +CREATE_SERVER +3 +NO_CAPACITY"
  out_has "^ORD-2 +COMPLETED +CREATE_SERVER +3 +- "; out_has "^2 jobs in total$"
  end

  begin "job detail"
  run -- job ORD-1
  rc_is 0; request method=GET service=p path=/api/admin/jobs/ORD-1 apiKey=prov-key
  out_has "^State +FAILED at step CREATE_SERVER, 3 attempt\(s\)$"
  out_has "^Failure +NO_CAPACITY at step CREATE_SERVER: no node has 4096 MiB free$"
  out_has "^Panel user +budi_1$"; out_lacks "^Server "; out_has "ENSURE_USER +DONE +120 +created user 7$"
  end

  for action in retry:retry:PENDING trigger:trigger:RUNNING cancel-job:cancel:COMPENSATING; do
    IFS=: read -r sub endpoint state <<<"$action"
    begin "$sub"
    run -- "$sub" ORD-1
    rc_is 0; request method=POST service=p "path=/api/admin/jobs/ORD-1/$endpoint" apiKey=prov-key body=
    out_has "^$endpoint accepted: job for order ORD-1 is $state \(step CREATE_SERVER\)$"
    end
  done

  begin "capacity"
  run -- capacity
  rc_is 0; request method=GET service=p path=/api/admin/capacity apiKey=prov-key
  out_has "^NODE +NAME +LOCATION +MAINTENANCE +FREE_MEM_MIB +FREE_DISK_MIB +FREE_ALLOCATIONS$"
  out_has "^1 +node-jkt-1 +1 +false +8192 +51200 +17/20$"; out_has "^2 +node-sg-1 +2 +true +-1 +0 +0/10$"
  end

  begin "deliveries"
  run -- deliveries ORD-1
  rc_is 0; request method=GET service=n path=/api/admin/deliveries apiKey=notif-key query.orderId=ORD-1
  out_has "^DELIVERY +TEMPLATE +CHANNEL +STATUS +ATTEMPTS +UPDATED$"
  out_has "^DLV-1 +SERVER_READY +WHATSAPP_CLOUD +DELIVERED +1 +2026-11-24T10:01:12Z$"
  end

  begin "resend"
  run -- resend DLV-1
  rc_is 0; request method=POST service=n path=/api/admin/deliveries/DLV-1/resend apiKey=notif-key body=
  out_has "^resend accepted: delivery DLV-1 is QUEUED$"
  end

  begin "delivery-stats"
  run -- delivery-stats
  rc_is 0; request method=GET service=n path=/api/admin/deliveries/stats apiKey=notif-key
  out_has "^delivered: 9$"; out_has '^byChannel: \{"WHATSAPP_CLOUD":10\}$'
  end

  begin "health"
  run ORDER_ADMIN_API_KEY= -- health
  rc_is 1; requests 3; request method=GET service=nm path=/q/health/ready apiKey=\<none\>
  out_has "^order-service +UP +http://127.0.0.1:$PORT/om$"; out_has "^provisioning-service +UP +http://127.0.0.1:$PORT/pm$"
  out_has "^notification-service +DOWN \(WhatsApp channel\) +http"
  end

  begin "unreachable service"
  run ORDER_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- orders
  rc_is 1; err_has "cannot reach order-service at http://127.0.0.1:9"
  end

  begin "usage errors"
  run -- orders --size many
  rc_is 2; err_has "--size must be a whole number"; requests 0
  run -- order
  rc_is 2; err_has "missing <orderId>"; requests 0
  run -- order A B
  rc_is 2; err_has "unexpected argument 'B'"
  run -- retry
  rc_is 2; err_has "missing <orderId>"; requests 0
  run -- frobnicate
  rc_is 2; err_has "unknown subcommand 'frobnicate'"
  run --
  rc_is 2; err_has "^Usage: ptero-admin"
  end

  begin "--json prints the API's JSON"
  run -- --json order ORD-1
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["orderId"] == "ORD-1" and d["timeline"]' <<<"$OUT" \
    || fail "stdout is not the order JSON"
  end
}

if command -v jq >/dev/null 2>&1; then suite jq; else echo "jq not installed: jq backend skipped"; fi
suite python3

# Without jq on PATH the CLI has to pick python3 by itself.
BACKEND=no-jq-on-path
unset PTERO_ADMIN_JSON_TOOL
mkdir -p "$WORK/bin"
for tool in env bash curl awk sed mktemp rm cat head date sleep paste dirname; do
  ln -s "$(command -v "$tool")" "$WORK/bin/$tool"
done
ln -s "$PYTHON" "$WORK/bin/python3"
begin "jq absent: falls back to python3"
run PATH="$WORK/bin" -- capacity
rc_is 0; out_has "^1 +node-jkt-1 +1 +false +8192 +51200 +17/20$"
run PATH="$WORK/bin" -- order ORD-MISSING
rc_is 1; err_has "ORDER_NOT_FOUND: order ORD-MISSING does not exist"
run PATH="$WORK/bin" -- confirm ORD-1 --by 'a "quoted" name'
rc_is 0; request 'body={"confirmedBy":"a \"quoted\" name"}'
end

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
