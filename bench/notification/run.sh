#!/usr/bin/env bash
# notification-service latency benchmark: the packaged service as its own process, the WhatsApp sandbox in this
# JVM (Meta's real limits: 80 msg/s per number, 6 s pair spacing), the real local PostgreSQL (database
# notifications_test, emptied at start) and RabbitMQ (vhost notifications-test, purged; do not run it while the
# module tests run). After 20 warm-up events, publishes EVENTS provisioning.completed events at RATE per second and
# prints p50/p99 of the time from publish to the message accepted by the sandbox (target p99 < 1 s).
#   EVENTS=200 RATE=40 bench/notification/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${EVENTS:-200}
RATE=${RATE:-40}
PORT=${PORT:-18083}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19083}
CP_FILE=notification-service/target/bench.classpath

if [ ! -f notification-service/target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-no}" = yes ]; then
  ./mvnw -B -q -o -pl notification-service -am package -DskipTests
fi
./mvnw -B -q -o -pl notification-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -cp "notification-service/target/test-classes:notification-service/target/classes:$(cat "$CP_FILE")" \
  -Dbench.events="$EVENTS" -Dbench.rate="$RATE" -Dbench.port="$PORT" -Dbench.management-port="$MANAGEMENT_PORT" \
  id.gamestore.notification.bench.NotificationBenchmark | grep '^BENCH' | sed 's/^BENCH //'
