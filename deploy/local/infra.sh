#!/usr/bin/env bash
# Makes sure PostgreSQL 15 and RabbitMQ are installed, running on localhost, and ready for the project:
# a login role with a password, one database per service (and one per service's test suite), one broker virtual host
# per test suite, the end-to-end suite's three broker users (one per service, least privilege) and the message TTL
# of the dead-letter queues that can hold a sealed password.
# Used by .ci/run and by deploy/local/run.sh, so the two never drift.
# Idempotent: safe to run again. Needs root (or sudo) only to install or start the servers.
set -euo pipefail

DB_USER=${DB_USER:-ptero}
DB_PASSWORD=${DB_PASSWORD:-ptero}
DATABASES=(orders provisioning notifications orders_test provisioning_test notifications_test e2e_orders e2e_provisioning e2e_notifications)
# One RabbitMQ virtual host per test suite, so that durable queues left by one suite never collect another's messages.
VHOSTS=(/ orders-test provisioning-test notifications-test e2e)
ALLOW_INSTALL=${ALLOW_INSTALL:-yes}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# Each service's broker permissions (configure, write, read), one line per service.
PERMISSIONS_FILE=$ROOT/deploy/rabbitmq/permissions.tsv
BROKER_SERVICES=(order-service provisioning-service notification-service)
# The end-to-end suite runs each service as its own user on vhost e2e: user e2e-<service>, password
# e2e-<service>-local (local-only, vhost e2e only; e2e-tests/.../Product.java uses the same).
E2E_VHOST=e2e
# Dead-letter queues that receive provisioning.completed / credentials.reset (sealed passwords) drop messages older
# than this (a RabbitMQ policy; quorum queues honour message-ttl since 3.10).
CREDENTIAL_DLQ_TTL_DAYS=${CREDENTIAL_DLQ_TTL_DAYS:-7}
CREDENTIAL_DLQ_PATTERN='^(order|notification)-service\.provisioning-events\.dlq$'

log() { printf '[infra] %s\n' "$*"; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 && SUDO="sudo" || true
fi

apt_updated=no
apt_install() {
  [ "$ALLOW_INSTALL" = yes ] || die "$* is not installed. Install it with: sudo apt-get install -y $*"
  command -v apt-get >/dev/null 2>&1 || die "$* is not installed and apt-get is not available. Install $* yourself."
  if [ "$apt_updated" = no ]; then
    log "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    apt_updated=yes
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local cluster
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  [ -n "$cluster" ] || die "no PostgreSQL cluster found (pg_lsclusters is empty)"
  if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
    log "starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086
    $SUDO pg_ctlcluster --skip-systemctl-redirect $cluster start
  fi
  for _ in $(seq 1 30); do
    if $SUDO -u postgres psql -qAtc 'select 1' >/dev/null 2>&1 || su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then
      break
    fi
    sleep 1
  done
  psql_admin() { if [ -n "$SUDO" ]; then $SUDO -u postgres psql -qAt "$@"; else su postgres -c "psql -qAt $(printf '%q ' "$@")"; fi; }
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname='$DB_USER'")" != 1 ]; then
    log "creating login role $DB_USER"
    psql_admin -c "create role $DB_USER login password '$DB_PASSWORD' createdb"
  else
    psql_admin -c "alter role $DB_USER login password '$DB_PASSWORD' createdb" >/dev/null
  fi
  for db in "${DATABASES[@]}"; do
    if [ "$(psql_admin -c "select 1 from pg_database where datname='$db'")" != 1 ]; then
      log "creating database $db"
      psql_admin -c "create database $db owner $DB_USER"
    fi
  done
  log "PostgreSQL ready on 127.0.0.1:5432 (role $DB_USER)"
}

json_escape() {
  local v=${1//\\/\\\\}
  printf '%s' "${v//\"/\\\"}"
}

# ensure_broker_user USER PASSWORD VHOST SERVICE: creates the user (or sets its password) with the permissions of
# SERVICE from $PERMISSIONS_FILE on VHOST, and no tags (no management UI).
ensure_broker_user() {
  local user=$1 password=$2 vhost=$3 service=$4 configure write read
  [[ $user =~ ^[A-Za-z0-9._-]+$ ]] || die "broker user name '$user' may hold only letters, digits, '.', '_' and '-'"
  IFS=$'\t' read -r configure write read < <(awk -F'\t' -v s="$service" '$1 == s {print $2 "\t" $3 "\t" $4}' "$PERMISSIONS_FILE")
  [ -n "${read:-}" ] || die "no permissions for $service in $PERMISSIONS_FILE"
  set_broker_password "$user" "$password"
  $SUDO rabbitmqctl -q set_permissions -p "$vhost" "$user" "$configure" "$write" "$read" >/dev/null
}

# The password goes to the management API on stdin, so it is never on a command line (visible in ps). Without the
# management plugin, rabbitmqctl 3.10 can only take it as an argument.
set_broker_password() {
  local mgmt=${RABBITMQ_MANAGEMENT_URL:-http://127.0.0.1:15672}
  if curl -fs -o /dev/null --max-time 3 -u guest:guest "$mgmt/api/overview" 2>/dev/null; then
    printf '{"password": "%s", "tags": ""}' "$(json_escape "$2")" | curl -fsS -o /dev/null --max-time 10 -u guest:guest \
      -X PUT -H 'Content-Type: application/json' --data-binary @- "$mgmt/api/users/$1" \
      || die "could not create broker user $1 through $mgmt"
  else
    log "management API not reachable at $mgmt; setting the password of $1 with rabbitmqctl"
    $SUDO rabbitmqctl -q add_user "$1" "$2" >/dev/null 2>&1 || $SUDO rabbitmqctl -q change_password "$1" "$2" >/dev/null
  fi
}

ensure_dlq_ttl() {
  local vh=$1 ttl_ms=$((CREDENTIAL_DLQ_TTL_DAYS * 24 * 3600 * 1000))
  $SUDO rabbitmqctl -q set_policy -p "$vh" credential-dlq-ttl "$CREDENTIAL_DLQ_PATTERN" "{\"message-ttl\": $ttl_ms}" \
    --apply-to queues >/dev/null
}

ensure_rabbitmq() {
  if ! command -v rabbitmqctl >/dev/null 2>&1; then
    apt_install rabbitmq-server
  fi
  if ! $SUDO rabbitmqctl -q status >/dev/null 2>&1; then
    log "starting RabbitMQ"
    $SUDO rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  # await_startup fails at once while the node process is still coming up, so ask again until it answers.
  local ok=no
  for _ in $(seq 1 60); do
    if $SUDO rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1; then ok=yes; break; fi
    sleep 2
  done
  [ "$ok" = yes ] || die "RabbitMQ did not start; see /var/log/rabbitmq/"
  if ! $SUDO rabbitmq-plugins -q is_enabled rabbitmq_management >/dev/null 2>&1; then
    $SUDO rabbitmq-plugins -q enable rabbitmq_management >/dev/null 2>&1 || log "management plugin not enabled (optional)"
  fi
  for vh in "${VHOSTS[@]}"; do
    if ! $SUDO rabbitmqctl -q list_vhosts name 2>/dev/null | grep -qx -- "$vh"; then
      log "creating RabbitMQ virtual host $vh"
      $SUDO rabbitmqctl -q add_vhost "$vh" >/dev/null
    fi
    $SUDO rabbitmqctl -q set_permissions -p "$vh" guest '.*' '.*' '.*' >/dev/null
    ensure_dlq_ttl "$vh"
  done
  for svc in "${BROKER_SERVICES[@]}"; do
    ensure_broker_user "e2e-$svc" "e2e-$svc-local" "$E2E_VHOST" "$svc"
  done
  log "RabbitMQ ready on 127.0.0.1:5672 (guest/guest, loopback only; vhosts: ${VHOSTS[*]}; e2e users e2e-<service>;"
  log "credential dead-letter queues keep messages $CREDENTIAL_DLQ_TTL_DAYS days)"
}

case "${1:-all}" in
  postgres) ensure_postgres ;;
  rabbitmq) ensure_rabbitmq ;;
  all) ensure_postgres; ensure_rabbitmq ;;
  # broker-user VHOST USER SERVICE, password in the environment variable BROKER_USER_PASSWORD (used by run.sh)
  broker-user)
    [ $# -eq 4 ] || die "usage: BROKER_USER_PASSWORD=... $0 broker-user VHOST USER SERVICE"
    [ -n "${BROKER_USER_PASSWORD:-}" ] || die "BROKER_USER_PASSWORD is not set"
    ensure_broker_user "$3" "$BROKER_USER_PASSWORD" "$2" "$4"
    ensure_dlq_ttl "$2"
    ;;
  *) die "usage: $0 [all|postgres|rabbitmq|broker-user VHOST USER SERVICE]" ;;
esac
