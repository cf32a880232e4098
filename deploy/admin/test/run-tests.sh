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

SUBCOMMANDS="orders order confirm cancel reset-password watch servers suspend unsuspend terminate extend renew
  change-package change cancel-change jobs job retry trigger cancel-job capacity deliveries resend delivery-stats health report"
# The terminate prompt needs a terminal: util-linux's script(1) gives the CLI one.
HAVE_SCRIPT=no
command -v script >/dev/null 2>&1 && script -qec true /dev/null </dev/null >/dev/null 2>&1 && HAVE_SCRIPT=yes

PASSED=0 FAILED=0 CASE="" CASE_OK=yes BACKEND=""
OUT="" ERR="" RC=0

# run_tty INPUT ARGS...: runs the CLI in a pseudo-terminal with INPUT typed; stdout and stderr both land in OUT
run_tty() {
  local input=$1 cmd; shift
  cmd=$(printf '%q ' "$CLI" "$@")
  : >"$LOG"
  printf '%s\n' "$input" | script -qec "$cmd" /dev/null >"$WORK/out" 2>"$WORK/err"
  RC=$?
  OUT=$(tr -d '\r' <"$WORK/out")
  ERR=$(cat "$WORK/err")
}

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
out_is() { # out_is TEXT: stdout is exactly TEXT
  [ "$OUT" = "$1" ] || fail "stdout differs from the expected text:
$(diff <(printf '%s\n' "$1") <(printf '%s\n' "$OUT") | sed 's/^/    /')"
}
# requests_are LINES: every recorded request, one "METHOD SERVICE PATH FROM TO APIKEY" line each ("-" when absent)
requests_are() {
  local got
  got=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    if line.strip():
        r = json.loads(line)
        q = lambda k: k + "=" + r["query"][k][0] if k in r["query"] else "-"
        print(r["method"], r["service"], r["path"], q("from"), q("to"), r["apiKey"])' "$LOG")
  [ "$got" = "$1" ] || fail "requests differ: got
$got"
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
  for c in $SUBCOMMANDS; do out_has "^  $c( |$)"; done
  end

  for c in $SUBCOMMANDS; do
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

  begin "servers: every server with its term"
  run -- servers
  rc_is 0; requests 1
  request method=GET service=o path=/api/admin/servers apiKey=ord-key query.state=\<none\> query.withinDays=\<none\> \
    query.limit=\<none\> body=
  out_has "^ORDER +STATE +PACKAGE +CUSTOMER +PHONE +SERVER +EXPIRES +SUSPENDED +TERMINATES +PENDING$"
  out_has "^ORD-1 +ACTIVE +mc-basic +Budi Santoso +\+6281234567890 +a1b2c3d4 +2026-12-24T10:01:09Z +- +- +-$"
  out_has "^ORD-3 +SUSPENDED +mc-pro +Andi .* 2026-11-20T08:00:00Z +2026-11-23T08:00:00Z +2026-11-30T08:00:00Z +ACT-9F3K2M1Q$"
  out_has "^ORD-4 +TERMINATED .* 2026-10-11T08:00:05Z +-$"
  out_has "^4 server\(s\)$"
  end

  begin "servers --state --within-days --limit"
  run -- servers --state EXPIRING --within-days 7 --limit 5
  rc_is 0; request method=GET path=/api/admin/servers query.state=expiring query.withinDays=7 query.limit=5
  out_has "^ORD-2 +ACTIVE +mc-basic +Sari"; out_lacks "^ORD-1 "; out_has "^1 server\(s\)$"
  run -- servers --state terminated --limit 0
  rc_is 0; request query.state=terminated query.limit=0
  out_has "^ORDER +STATE"; out_has "^0 server\(s\)$"
  end

  begin "servers: usage and API errors"
  run -- servers --state gone
  rc_is 2; err_has "--state must be one of active, expiring, suspended, terminated, got 'gone'"; requests 0
  run -- servers --within-days soon
  rc_is 2; err_has "--within-days must be a whole number, got 'soon'"; requests 0
  run -- servers --limit
  rc_is 2; err_has "--limit needs a value"; requests 0
  run -- servers ORD-1
  rc_is 2; err_has "unexpected argument 'ORD-1'"; requests 0
  run -- servers --within-days 999
  rc_is 1; err_has "refused GET /api/admin/servers\?withinDays=999 \(HTTP 400\)"
  err_has "^  INVALID_DAYS: withinDays must be from 0 to 366$"; err_has "^  field: withinDays$"
  end

  begin "servers --json"
  run -- --json servers --state suspended
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert [s["orderId"] for s in d] == ["ORD-3"], d' <<<"$OUT" \
    || fail "stdout is not the servers JSON"
  end

  begin "suspend"
  run -- suspend ORD-1
  rc_is 0; requests 1
  request method=POST service=o path=/api/admin/servers/ORD-1/suspend apiKey=ord-key contentType=application/json \
    'body={"by":"bob"}'
  out_has "^suspend accepted for order ORD-1: term SUSPENDED, expires 2026-12-24T10:01:09Z, suspended 2026-11-24T12:00:00Z, terminates 2026-12-01T12:00:00Z$"
  end

  begin "unsuspend --by"
  run -- unsuspend --by alice ORD-1
  rc_is 0
  request method=POST path=/api/admin/servers/ORD-1/unsuspend 'body={"by":"alice"}'
  out_has "^unsuspend accepted for order ORD-1: term ACTIVE, expires 2026-12-24T10:01:09Z$"
  end

  begin "suspend: refused by the API, usage errors"
  run -- suspend ORD-TERMINATED
  rc_is 1; err_has "refused POST /api/admin/servers/ORD-TERMINATED/suspend \(HTTP 409\)"
  err_has "^  SERVER_TERMINATED: the server of order ORD-TERMINATED was deleted"; [ -z "$OUT" ] || fail "stdout not empty"
  run -- suspend
  rc_is 2; err_has "missing <orderId>"; err_has "Try 'ptero-admin suspend --help'"; requests 0
  run -- unsuspend ORD-1 ORD-2
  rc_is 2; err_has "unexpected argument 'ORD-2'"; requests 0
  run -- suspend ORD-1 --by ''
  rc_is 2; err_has "--by must not be empty"; requests 0
  run -- suspend ORD-1 --yes
  rc_is 2; err_has "unknown option '--yes'"; requests 0
  run -- suspend "ORD 1/x" --json
  rc_is 2; err_has "unknown option '--json'"; requests 0
  run -- suspend "ORD 1/x"
  rc_is 0; request "rawPath=/o/api/admin/servers/ORD%201%2Fx/suspend"
  end

  begin "terminate --yes"
  run -- terminate ORD-1 --yes --by alice
  rc_is 0; requests 1
  request method=POST path=/api/admin/servers/ORD-1/terminate apiKey=ord-key 'body={"by":"alice"}'
  out_has "^terminate accepted for order ORD-1: term TERMINATED, .*terminated 2026-11-24T12:00:03Z$"
  end

  begin "terminate without --yes and without a terminal is refused"
  run -- terminate ORD-1 </dev/null
  rc_is 2; err_has "terminate deletes the server and cannot be undone: add --yes to go on"; requests 0
  end

  if [ "$HAVE_SCRIPT" = yes ]; then
    begin "terminate in a terminal asks for the order id"
    run_tty ORD-1 terminate ORD-1
    rc_is 0; out_has "Type the order id to go on"; out_has "terminate accepted for order ORD-1"
    request method=POST path=/api/admin/servers/ORD-1/terminate 'body={"by":"bob"}'
    run_tty yes terminate ORD-1
    rc_is 1; out_has "not terminated: you typed 'yes', not ORD-1"; requests 0
    end
  else
    echo "script(1) not installed: terminate prompt not tested"
  fi

  begin "extend"
  run -- extend ORD-1 7 --by alice
  rc_is 0; requests 1
  request method=POST path=/api/admin/servers/ORD-1/extend apiKey=ord-key 'body={"by":"alice","days":7}'
  out_has "^order ORD-1 extended: term ACTIVE, expires 2026-12-31T10:01:09Z$"
  run -- extend ORD-1 007
  rc_is 0; request 'body={"by":"bob","days":7}'
  end

  begin "extend: usage errors"
  run -- extend ORD-1
  rc_is 2; err_has "missing <days>"; requests 0
  run -- extend ORD-1 0
  rc_is 2; err_has "<days> must be a whole number of at least 1, got '0'"; requests 0
  run -- extend ORD-1 -3
  rc_is 2; err_has "<days> must be a whole number of at least 1, got '-3'"; requests 0
  run -- extend ORD-1 week
  rc_is 2; err_has "<days> must be a whole number of at least 1, got 'week'"; requests 0
  run -- extend ORD-1 99999999999999999999
  rc_is 2; err_has "<days> is too large, got '99999999999999999999'"; requests 0
  run -- extend ORD-1 7 8
  rc_is 2; err_has "unexpected argument '8'"; requests 0
  end

  begin "renew"
  run -- renew ORD-1 3 --by alice
  rc_is 0; requests 1
  request method=POST service=o path=/api/admin/servers/ORD-1/renewals apiKey=ord-key contentType=application/json \
    'body={"by":"alice","durationMonths":3}'
  out_has "^requested renewal REN-4Q9ZK2MB for order ORD-1: 3 month\(s\), IDR 150000, PENDING$"
  out_has "^confirm it with 'ptero-admin confirm REN-4Q9ZK2MB', or drop it with 'ptero-admin cancel-change REN-4Q9ZK2MB'$"
  end

  begin "renew: repeated request, usage errors"
  run -- renew ORD-AGAIN 3
  rc_is 0; request 'body={"by":"bob","durationMonths":3}'
  out_has "^already requested at 2026-11-24T10:59:30Z: renewal REN-4Q9ZK2MB for order ORD-AGAIN: 3 month\(s\)"
  out_lacks "^requested"
  run -- renew ORD-1
  rc_is 2; err_has "missing <months>"; requests 0
  run -- renew ORD-1 1.5
  rc_is 2; err_has "<months> must be a whole number of at least 1, got '1.5'"; requests 0
  run -- renew
  rc_is 2; err_has "missing <orderId>"; requests 0
  end

  begin "change-package"
  run -- change-package ORD-1 mc-pro
  rc_is 0; requests 1
  request method=POST path=/api/admin/servers/ORD-1/package-changes apiKey=ord-key \
    'body={"by":"bob","packageCode":"mc-pro"}'
  out_has "^requested package change CHG-7M2KQ9XD for order ORD-1: to mc-pro \(Minecraft Pro\), IDR 40000, PENDING$"
  out_has "^confirm it with 'ptero-admin confirm CHG-7M2KQ9XD'"
  end

  begin "change-package to a smaller package: the customer is owed"
  run -- change-package ORD-1 mc-mini
  rc_is 0; out_has "to mc-mini \(Minecraft Mini\), IDR -25000 \(owed to the customer\), PENDING$"
  end

  begin "change-package: usage and API errors"
  run -- change-package ORD-1 mc-nope
  rc_is 1; err_has "refused POST /api/admin/servers/ORD-1/package-changes \(HTTP 400\)"
  err_has "^  UNKNOWN_PACKAGE: packageCode is not in the catalog"; err_has "^  field: packageCode$"
  run -- change-package ORD-1
  rc_is 2; err_has "missing <packageCode>"; requests 0
  run -- change-package ORD-1 'mc pro'
  rc_is 2; err_has "<packageCode> must be a package code such as mc-pro, got 'mc pro'"; requests 0
  end

  begin "change: a renewal"
  run -- change REN-4Q9ZK2MB
  rc_is 0; requests 1; request method=GET service=o path=/api/admin/changes/REN-4Q9ZK2MB apiKey=ord-key body=
  out_has "^Change +REN-4Q9ZK2MB \(RENEWAL\)$"; out_has "^Order +ORD-1$"; out_has "^Status +PENDING$"
  out_has "^Months +3$"; out_has "^Amount +IDR 150000$"; out_has "^Requested +2026-11-24T11:00:00Z by admin:alice$"
  out_lacks "^Package"; out_lacks "^Decided"; out_lacks "^Detail"
  end

  begin "change: a refused package change, typed in lower case"
  run -- change chg-credit01
  rc_is 0; request path=/api/admin/changes/CHG-CREDIT01
  out_has "^Change +CHG-CREDIT01 \(PACKAGE_CHANGE\)$"; out_has "^Status +REFUSED$"
  out_has "^Package +mc-mini Minecraft Mini$"; out_has "^Amount +IDR -25000 \(owed to the customer\)$"
  out_has "^Decided by +admin:alice$"; out_has "^Detail +node-jkt-1 has no room for the new limits$"; out_lacks "^Months"
  end

  begin "change: usage and API errors, --json"
  run -- change ORD-1
  rc_is 2; err_has "<changeId> must be a REN-... or CHG-... id, got 'ORD-1'"; requests 0
  run -- change
  rc_is 2; err_has "missing <changeId>"; requests 0
  run -- change CHG-MISSING
  rc_is 1; err_has "refused GET /api/admin/changes/CHG-MISSING \(HTTP 404\)"
  err_has "^  CHANGE_NOT_FOUND: change CHG-MISSING does not exist$"; err_has "^  field: changeId$"
  run -- --json change REN-APPLIED1
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["changeId"] == "REN-APPLIED1" and d["status"] == "APPLIED"' \
    <<<"$OUT" || fail "stdout is not the change JSON"
  end

  begin "confirm a renewal id"
  run -- confirm REN-4Q9ZK2MB --by alice
  rc_is 0; requests 1
  request method=POST service=o path=/api/admin/changes/REN-4Q9ZK2MB/confirm apiKey=ord-key \
    contentType=application/json 'body={"by":"alice"}'
  out_has "^change REN-4Q9ZK2MB is now APPLIED$"; out_has "^new expiry 2027-03-24T10:01:09Z$"
  end

  begin "confirm a package change id in lower case, by \$USER"
  run -- confirm chg-7m2kq9xd
  rc_is 0; request method=POST path=/api/admin/changes/CHG-7M2KQ9XD/confirm 'body={"by":"bob"}'
  out_has "^change CHG-7M2KQ9XD is now CONFIRMED$"; out_lacks "new expiry"
  end

  begin "confirm a change that is no longer pending"
  run -- confirm REN-APPLIED1
  rc_is 1; err_has "refused POST /api/admin/changes/REN-APPLIED1/confirm \(HTTP 409\)"
  err_has "^  ILLEGAL_TRANSITION: change REN-APPLIED1 is APPLIED and cannot be confirmed"; [ -z "$OUT" ] || fail "stdout not empty"
  end

  begin "cancel-change"
  run -- cancel-change CHG-7M2KQ9XD --by alice
  rc_is 0; requests 1
  request method=POST service=o path=/api/admin/changes/CHG-7M2KQ9XD/cancel apiKey=ord-key 'body={"by":"alice"}'
  out_has "^change CHG-7M2KQ9XD is now CANCELLED$"
  run -- cancel-change REN-CANCELD1
  rc_is 1; err_has "ILLEGAL_TRANSITION: change REN-CANCELD1 is CANCELLED"
  run -- cancel-change ORD-1
  rc_is 2; err_has "<changeId> must be a REN-... or CHG-... id, got 'ORD-1'"; requests 0
  run -- cancel-change
  rc_is 2; err_has "missing <changeId>"; requests 0
  end

  begin "order shows its term"
  run -- order ORD-SUSPENDED
  rc_is 0
  out_has "^Term +SUSPENDED, expires 2026-11-20T08:00:00Z, suspended 2026-11-23T08:00:00Z, terminates 2026-11-30T08:00:00Z$"
  run -- order ORD-TRIAL
  rc_is 0; out_has "^Term +ACTIVE, expires 2026-11-25T10:01:09Z \(trial PT24H\)$"
  run -- order ORD-1
  rc_is 0; out_lacks "^Term"
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

  begin "report: the summary's figures and daily chart, exactly"
  run -- report --from 2026-12-01 --to 2026-12-07
  rc_is 0
  requests_are "GET o /api/admin/reports/sales from=2026-12-01 to=2026-12-07 ord-key
GET p /api/admin/reports/provisioning from=2026-12-01 to=2026-12-07 prov-key
GET p /api/admin/reports/capacity from=2026-12-01 to=2026-12-07 prov-key
GET n /api/admin/reports/notifications from=2026-12-01 to=2026-12-07 notif-key"
  out_is "Summary 2026-12-01 to 2026-12-07 (Asia/Jakarta)

Orders         12 placed: 10 completed, 1 failed, 1 cancelled; revenue IDR 620000
Provisioning   10 confirmed: 6 completed, 3 failed, 1 running; success rate 66.7%
Failures       NO_CAPACITY 2, INSTALL_FAILED 1
Undelivered    1 of 20 message(s)
Capacity       2 warning(s)

Daily orders   ▄▆·▂█·▄  (█ = 4 orders, · none)
Success rate   █▄·▁▆█·  (▁ 0% .. █ 100%, · none finished)

DATE        ORDERS  SUCCESS
2026-12-01  2       100.0%
2026-12-02  3       50.0%
2026-12-03  0       -
2026-12-04  1       0.0%
2026-12-05  4       66.7%
2026-12-06  0       100.0%
2026-12-07  2       -

NODE  NAME        WARNING      DETAIL
1     node-jkt-1  ALMOST_FULL  memory 90.6% used
1     node-jkt-1  FULL_SOON    expected full on 2026-12-13 (memory)"
  end

  begin "report: summary is the default, with the services' default range"
  run -- report
  rc_is 0; requests 4
  requests_are "GET o /api/admin/reports/sales - - ord-key
GET p /api/admin/reports/provisioning - - prov-key
GET p /api/admin/reports/capacity - - prov-key
GET n /api/admin/reports/notifications - - notif-key"
  out_has "^Summary 2026-12-01 to 2026-12-07 \(Asia/Jakarta\)$"; out_has "^Daily orders   ▄▆·▂█·▄  "
  end

  begin "report: an empty range"
  run -- report --from 2026-01-01 --to 2026-01-03
  rc_is 0
  out_is "Summary 2026-01-01 to 2026-01-03 (Asia/Jakarta)

Orders         0 placed: 0 completed, 0 failed, 0 cancelled; revenue IDR 0
Provisioning   0 confirmed: 0 completed, 0 failed, 0 running; success rate -
Failures       none
Undelivered    0 of 0 message(s)
Capacity       2 warning(s)

Daily orders   ···  (no orders)
Success rate   ···  (▁ 0% .. █ 100%, · none finished)

DATE        ORDERS  SUCCESS
2026-01-01  0       -
2026-01-02  0       -
2026-01-03  0       -

NODE  NAME        WARNING      DETAIL
1     node-jkt-1  ALMOST_FULL  memory 90.6% used
1     node-jkt-1  FULL_SOON    expected full on 2026-12-13 (memory)"
  run -- report provisioning --from 2026-01-01 --to 2026-01-02
  rc_is 0
  out_has "^Jobs +0 confirmed: 0 completed, 0 failed, 0 running$"; out_has "^Success rate +-$"
  out_has "^To completed +none$"; out_has "^Failures: 0 in total$"; out_count "^\(none\)$" 5
  out_has "^2026-01-02 +0 +0 +0 +-$"
  run -- report notifications --from 2026-01-01 --to 2026-01-01
  rc_is 0; out_has "^Messages +0: 0 delivered \(-\), 0 read \(-\), 0 failed \(-\), 0 pending$"
  out_has "^To delivered +none$"; out_has "^Undelivered: 0 in total$"; out_has "^2026-01-01 +0 +0 +0$"
  run -- report sales --from 2026-01-01 --to 2026-01-01
  rc_is 0; out_has "^Orders +0 placed: 0 confirmed"; out_has "^Revenue +IDR 0 "; out_count "^\(none\)$" 2
  end

  begin "report provisioning"
  run -- report provisioning --from 2026-12-01 --to 2026-12-07
  rc_is 0; requests 1
  request method=GET service=p path=/api/admin/reports/provisioning apiKey=prov-key query.from=2026-12-01 \
    query.to=2026-12-07 body=
  out_has "^Provisioning report 2026-12-01 to 2026-12-07 \(Asia/Jakarta\)$"
  out_has "^Jobs +10 confirmed: 6 completed, 3 failed, 1 running$"; out_has "^Success rate +66.7%$"
  out_has "^To completed +p50 1200 ms, p95 3400 ms, max 3400 ms \(6 job\(s\)\)$"
  out_has "^Compensations +2 run, 1 failed$"; out_has "^Retries +3$"
  out_has "^REASON +FAILURES$"; out_has "^NO_CAPACITY +2$"; out_has "^FAILED_STEP +FAILURES$"; out_has "^WAIT_INSTALL +1$"
  out_has "^STEP +RUNS +P50_MS +P95_MS$"; out_has "^CREATE_SERVER +7 +450 +900$"
  out_has "^mc-basic +6 +4 +1 +1 +80.0%$"; out_has "^2026-12-04 +1 +0 +1 +0.0%$"; out_has "^2026-12-07 +1 +0 +0 +-$"
  out_has "^Failures: 3 in total, the newest 2 shown$"
  out_has "^2026-12-05T04:00:00Z +ORD-FAIL0003 +mc-pro +NO_CAPACITY +PLACE +no node has 4096 MiB free$"
  end

  begin "report notifications"
  run -- report notifications --from 2026-12-01 --to 2026-12-07
  rc_is 0; requests 1
  request method=GET service=n path=/api/admin/reports/notifications apiKey=notif-key query.from=2026-12-01 \
    query.to=2026-12-07
  out_has "^Messages +20: 18 delivered \(90.0%\), 10 read \(50.0%\), 1 failed \(5.0%\), 1 pending$"
  out_has "^Fallbacks +email 1, admin alert 1$"
  out_has "^To delivered +p50 800 ms, p95 2500 ms, max 2500 ms \(9 message\(s\)\)$"
  out_has "^SERVER_READY +10 +9 +5 +1 +0$"
  out_has "^CHANNEL +MESSAGES +DELIVERED +READ +FAILED +DELIVERED% +READ% +FAILED%$"
  out_has "^whatsapp-cloud +19 +18 +10 +1 +94.7% +52.6% +5.3%$"; out_has "^email +1 +0 +0 +0 +0.0% +0.0% +0.0%$"
  out_has "^2026-12-02 +4 +3 +1$"; out_has "^Undelivered: 1 in total$"
  out_has "^2026-12-02T04:00:00Z +ORD-FAIL0002 +SERVER_READY +whatsapp-cloud +FAILED +the number is not on WhatsApp$"
  end

  begin "report capacity"
  run -- report capacity
  rc_is 0; requests 1
  request method=GET service=p path=/api/admin/reports/capacity apiKey=prov-key query.from=\<none\> query.to=\<none\>
  out_has "^NODE +NAME +MEMORY_MIB +DISK_MIB +ALLOCATIONS +AT$"
  out_has "^1 +node-jkt-1 +14848/16384 90.6% +30720/102400 30.0% +3/50 6.0% +2026-12-07T05:00:00Z$"
  out_has "^2 +node-sg-1 +0/8192 0.0% +0/-1 +0/10 0.0% "
  out_has "^1 +node-jkt-1 +292.57 +1462.86 +0.14 +2026-12-13 +memory$"; out_has "^2 +node-sg-1 +0 +0 +0 +- +-$"
  out_has "^mc-basic +12$"; out_has "^1 +node-jkt-1 +FULL_SOON +expected full on 2026-12-13 \(memory\)$"
  end

  begin "report sales"
  run -- report sales --from 2026-12-01 --to 2026-12-07
  rc_is 0; requests 1
  request method=GET service=o path=/api/admin/reports/sales apiKey=ord-key query.from=2026-12-01 query.to=2026-12-07
  out_has "^Orders +12 placed: 11 confirmed, 10 completed, 1 failed, 1 cancelled, 0 pending$"
  out_has "^Revenue +IDR 620000 \(orders 500000, renewals 90000, package changes 30000\)$"
  out_has "^Customers +8 new, 3 returning$"; out_has "^PACKAGE +ORDERS +COMPLETED +REVENUE_IDR$"
  out_has "^mc-pro +4 +3 +150000$"; out_has "^3 +2 +2 +100000$"; out_has "^2026-12-05 +4 +3 +200000$"
  end

  begin "report --days (with --json: only the range matters)"
  run -- --json report sales --days 3 --to 2026-12-07
  rc_is 0; request query.from=2026-12-05 query.to=2026-12-07
  run -- --json report sales --from 2026-11-30 --days 2
  rc_is 0; request query.from=2026-11-30 query.to=2026-12-01
  run -- --json report sales --from 2024-02-28 --days 3
  rc_is 0; request query.from=2024-02-28 query.to=2024-03-01
  local today; today=$(TZ=Asia/Jakarta date +%F)
  run -- --json report sales --days 1
  rc_is 0; request "query.from=$today" "query.to=$today"
  run STORE_TIME_ZONE=UTC -- --json report sales --days 7 --to 2026-12-31
  rc_is 0; request query.from=2026-12-25 query.to=2026-12-31
  # "today" is the store's: UTC+14 and UTC-11 are always on different days
  local east west; east=$(TZ=Pacific/Kiritimati date +%F); west=$(TZ=Pacific/Pago_Pago date +%F)
  [ "$east" != "$west" ] || fail "tzdata missing: Pacific/Kiritimati and Pacific/Pago_Pago give the same day"
  run STORE_TIME_ZONE=Pacific/Kiritimati -- --json report sales --days 1
  rc_is 0; request "query.from=$east" "query.to=$east"
  run STORE_TIME_ZONE=Pacific/Pago_Pago -- --json report sales --days 2
  rc_is 0; request "query.from=$(date -u -d "$west -1 day" +%F)" "query.to=$west"
  end

  begin "report: bad options are named before any request"
  run -- report --from 2026-13-01
  rc_is 2; err_has "--from must be a date like 2026-12-01, got '2026-13-01'"; requests 0
  run -- report sales --to yesterday
  rc_is 2; err_has "--to must be a date like 2026-12-01, got 'yesterday'"; requests 0
  run -- report --to 2026-02-30
  rc_is 2; err_has "--to must be a date like 2026-12-01, got '2026-02-30'"; requests 0
  run -- report --from 2026-12-08 --to 2026-12-07
  rc_is 2; err_has "--from 2026-12-08 is after --to 2026-12-07"; requests 0
  run -- report --from 2025-12-01 --to 2026-12-07
  rc_is 2; err_has "--from 2025-12-01 to --to 2026-12-07 is 372 days; a report covers at most 366"; requests 0
  run -- report --days 0
  rc_is 2; err_has "--days must be a whole number from 1 to 366, got '0'"; requests 0
  run -- report --days 367
  rc_is 2; err_has "--days must be a whole number from 1 to 366, got '367'"; requests 0
  run -- report --days week
  rc_is 2; err_has "--days must be a whole number from 1 to 366, got 'week'"; requests 0
  run -- report --from 2026-12-01 --to 2026-12-07 --days 7
  rc_is 2; err_has "give at most two of --from, --to and --days"; requests 0
  run -- report weekly
  rc_is 2; err_has "the report must be one of summary, provisioning, notifications, capacity, sales, got 'weekly'"
  requests 0
  run -- report sales capacity
  rc_is 2; err_has "unexpected argument 'capacity'"; requests 0
  run -- report --to
  rc_is 2; err_has "--to needs a value"; requests 0
  end

  begin "report: a service that is down is named"
  run PROVISIONING_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- report provisioning
  rc_is 1; err_has "cannot reach provisioning-service at http://127.0.0.1:9"; [ -z "$OUT" ] || fail "stdout not empty"
  run NOTIFICATION_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- report notifications
  rc_is 1; err_has "cannot reach notification-service at http://127.0.0.1:9"
  run ORDER_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- report sales
  rc_is 1; err_has "cannot reach order-service at http://127.0.0.1:9"
  end

  begin "report: the summary shows what it got and names what it did not"
  run PROVISIONING_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- report --from 2026-12-01 --to 2026-12-07
  rc_is 1
  err_has "^ptero-admin: provisioning report not available: cannot reach provisioning-service at http://127.0.0.1:9$"
  err_has "^ptero-admin: capacity report not available: cannot reach provisioning-service"
  out_has "^Orders +12 placed: 10 completed"
  out_has "^Provisioning +not available: cannot reach provisioning-service at http://127.0.0.1:9$"
  out_has "^Capacity +not available: cannot reach provisioning-service"; out_has "^Undelivered +1 of 20 message\(s\)$"
  out_has "^Daily orders   ▄▆·▂█·▄  "; out_has "^Success rate +not available$"; out_has "^2026-12-05 +4 +-$"
  run ORDER_ADMIN_API_KEY= -- report --from 2026-12-01 --to 2026-12-07
  rc_is 1; out_has "^Orders +not available: ORDER_ADMIN_API_KEY is not set$"; out_has "^Daily orders +not available$"
  out_has "^Success rate   █▄·▁▆█·  "; out_has "^2026-12-04 +- +0.0%$"; requests 3
  end

  begin "report: a refused key"
  run NOTIFICATION_ADMIN_API_KEY=wrong -- report notifications
  rc_is 1; err_has "refused GET /api/admin/reports/notifications \(HTTP 401\)"; err_has "check NOTIFICATION_ADMIN_API_KEY"
  run NOTIFICATION_ADMIN_API_KEY=wrong -- report
  rc_is 1; err_has "check NOTIFICATION_ADMIN_API_KEY"
  out_has "^Undelivered +not available: notification-service answered HTTP 401$"; out_has "^Provisioning +10 confirmed"
  end

  begin "report --json"
  run -- report sales --json --from 2026-12-01 --to 2026-12-01
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["range"]["from"] == "2026-12-01" and len(d["daily"]) == 1, d' \
    <<<"$OUT" || fail "stdout is not the sales report JSON"
  run -- --json report
  rc_is 0
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert sorted(d) == ["capacity", "notifications", "provisioning", "sales"] and d["provisioning"]["totals"]["confirmed"] == 10, d' \
    <<<"$OUT" || fail "stdout is not the four reports"
  run PROVISIONING_URL=http://127.0.0.1:9 PTERO_ADMIN_CONNECT_TIMEOUT=2 -- --json report
  rc_is 1
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["provisioning"] is None and d["capacity"] is None and d["sales"]["totals"]["orders"] == 12, d' \
    <<<"$OUT" || fail "stdout lacks the null parts"
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
for tool in env bash curl awk sed mktemp rm cat head date sleep paste dirname cut; do
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
run PATH="$WORK/bin" -- servers --state suspended
rc_is 0; out_has "^ORD-3 +SUSPENDED +mc-pro"; out_has "^1 server\(s\)$"
run PATH="$WORK/bin" -- renew ORD-1 2 --by 'a "quoted" name'
rc_is 0; request 'body={"by":"a \"quoted\" name","durationMonths":2}'
out_has "^requested renewal REN-4Q9ZK2MB for order ORD-1: 2 month\(s\), IDR 100000, PENDING$"
run PATH="$WORK/bin" -- report --from 2026-12-01 --to 2026-12-07
rc_is 0; out_has "^Daily orders   ▄▆·▂█·▄  "; out_has "^Success rate   █▄·▁▆█·  "; out_has "^2026-12-05 +4 +66.7%$"
end

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
