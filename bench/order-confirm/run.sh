#!/usr/bin/env bash
# Confirm benchmark of order-service (not a test). Runs against the service on $ORDER_PORT (default 8081, readiness on
# its management port $ORDER_MANAGEMENT_PORT, default 9081):
# if nothing answers there, starts the packaged jar (building it when missing) with bench keys, on the throw-away
# test database and RabbitMQ virtual host, and stops it afterwards.
#
#   bench/order-confirm/run.sh                 N=1000 orders at RATE=100 confirmations/s
#   N=3000 RATE=100 bench/order-confirm/run.sh
#   BOT_KEY=... ADMIN_KEY=... RABBITMQ_VHOST=/ bench/order-confirm/run.sh   against a service you started
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/order-confirm
APP=$ROOT/order-service/target/quarkus-app
PORT=${ORDER_PORT:-8081}
MANAGEMENT_PORT=${ORDER_MANAGEMENT_PORT:-9081}
export BASE_URL=http://127.0.0.1:$PORT
READY_URL=http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready
export BOT_KEY=${BOT_KEY:-bench-bot-key}
export ADMIN_KEY=${ADMIN_KEY:-bench-admin-key}
export RABBITMQ_VHOST=${RABBITMQ_VHOST:-orders-test}
BENCH_DB=${ORDER_DB_NAME:-orders_test}
LOG=$ROOT/order-service/target/bench-order-service.log
started=""

cleanup() {
  if [ -n "$started" ]; then
    kill "$started" 2>/dev/null || true
    wait "$started" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if ! curl -fsS -o /dev/null --max-time 2 "$READY_URL" 2>/dev/null; then
  if [ ! -f "$APP/quarkus-run.jar" ]; then
    echo "building order-service ..."
    (cd "$ROOT" && ./mvnw -B -q -pl order-service -am package -DskipTests)
  fi
  echo "starting order-service on :$PORT (database $BENCH_DB, vhost $RABBITMQ_VHOST, log $LOG)"
  QUARKUS_HTTP_PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT_PORT ORDER_DB_NAME=$BENCH_DB RABBITMQ_VHOST=$RABBITMQ_VHOST \
    ORDER_BOT_API_KEYS=$BOT_KEY ORDER_ADMIN_API_KEYS=$ADMIN_KEY \
    java -Xmx512m -jar "$APP/quarkus-run.jar" >"$LOG" 2>&1 &
  started=$!
  for _ in $(seq 1 90); do
    curl -fsS -o /dev/null --max-time 2 "$READY_URL" 2>/dev/null && break
    kill -0 "$started" 2>/dev/null || { echo "order-service did not start; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
    sleep 1
  done
  curl -fsS -o /dev/null "$READY_URL" || { echo "order-service not ready; see $LOG" >&2; exit 1; }
fi

CP=$(ls "$APP"/lib/main/com.rabbitmq.amqp-client-*.jar "$APP"/lib/main/org.slf4j.slf4j-api-*.jar | tr '\n' ':')
java -Dslf4j.internal.verbosity=ERROR -cp "$CP" "$HERE/ConfirmBench.java"

# Nobody consumes provisioning-service's queue in the bench's virtual host: empty it so it does not grow.
if [ "$RABBITMQ_VHOST" != "/" ] && command -v rabbitmqctl >/dev/null 2>&1; then
  rabbitmqctl -q purge_queue -p "$RABBITMQ_VHOST" provisioning-service.order-confirmed >/dev/null 2>&1 || true
fi
