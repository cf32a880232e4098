#!/usr/bin/env bash
# Entry point of the compose rabbitmq service. A node that loads definitions at boot creates no default user, so
# this puts two definitions files in DEFINITIONS_DIR: the topology (mounted from deploy/rabbitmq/definitions.json)
# and the application user (APP_RABBITMQ_USER / APP_RABBITMQ_PASSWORD, from deploy/.env). The broker loads that
# directory at boot (deploy/docker/rabbitmq.conf). Then it hands over to the image's own entry point.
set -euo pipefail

: "${APP_RABBITMQ_USER:?APP_RABBITMQ_USER is not set}"
: "${APP_RABBITMQ_PASSWORD:?APP_RABBITMQ_PASSWORD is not set}"
TOPOLOGY_FILE=${TOPOLOGY_FILE:-/etc/ptero/definitions.json}
DEFINITIONS_DIR=${DEFINITIONS_DIR:-/tmp/rabbitmq-definitions}
VHOST=${APP_RABBITMQ_VHOST:-/}

json_escape() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '%s' "$s"
}

user=$(json_escape "$APP_RABBITMQ_USER")
password=$(json_escape "$APP_RABBITMQ_PASSWORD")
vhost=$(json_escape "$VHOST")
umask 077
mkdir -p "$DEFINITIONS_DIR"
cp "$TOPOLOGY_FILE" "$DEFINITIONS_DIR/10-topology.json"
cat >"$DEFINITIONS_DIR/00-users.json" <<JSON
{
  "vhosts": [{"name": "$vhost"}],
  "users": [{"name": "$user", "password": "$password", "tags": ["administrator"]}],
  "permissions": [{"user": "$user", "vhost": "$vhost", "configure": ".*", "write": ".*", "read": ".*"}]
}
JSON
# Started as root, the image's entry point drops to the rabbitmq user, which must read these files.
if [ "$(id -u)" = 0 ] && id rabbitmq >/dev/null 2>&1; then chown -R rabbitmq "$DEFINITIONS_DIR"; fi

[ $# -gt 0 ] || set -- rabbitmq-server
exec docker-entrypoint.sh "$@"
