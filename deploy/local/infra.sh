#!/usr/bin/env bash
# Makes sure PostgreSQL 15 and RabbitMQ are installed, running on localhost, and ready for the project:
# a login role with a password, one database per service (and one per service's test suite).
# Used by .ci/run and by deploy/local/run.sh, so the two never drift.
# Idempotent: safe to run again. Needs root (or sudo) only to install or start the servers.
set -euo pipefail

DB_USER=${DB_USER:-ptero}
DB_PASSWORD=${DB_PASSWORD:-ptero}
DATABASES=(orders provisioning notifications orders_test provisioning_test notifications_test e2e_orders e2e_provisioning e2e_notifications)
# One RabbitMQ virtual host per test suite, so that durable queues left by one suite never collect another's messages.
VHOSTS=(/ orders-test provisioning-test notifications-test e2e)
ALLOW_INSTALL=${ALLOW_INSTALL:-yes}

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
  done
  log "RabbitMQ ready on 127.0.0.1:5672 (guest/guest, loopback only; vhosts: ${VHOSTS[*]})"
}

case "${1:-all}" in
  postgres) ensure_postgres ;;
  rabbitmq) ensure_rabbitmq ;;
  all) ensure_postgres; ensure_rabbitmq ;;
  *) die "usage: $0 [all|postgres|rabbitmq]" ;;
esac
