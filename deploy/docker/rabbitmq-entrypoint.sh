#!/usr/bin/env bash
# Entry point of the compose rabbitmq service. A node that loads definitions at boot creates no default user, so
# this puts two definitions files in DEFINITIONS_DIR: the topology (mounted from deploy/rabbitmq/definitions.json,
# with the dead-letter TTL policy) and the users: the operator's administrator (APP_RABBITMQ_ADMIN_USER /
# APP_RABBITMQ_ADMIN_PASSWORD, for the management UI) and one user per service with only that service's permissions
# (deploy/rabbitmq/permissions.tsv; passwords from deploy/.env). The broker loads that directory at boot
# (deploy/docker/rabbitmq.conf). Then it hands over to the image's own entry point.
set -euo pipefail

: "${APP_RABBITMQ_ADMIN_USER:?APP_RABBITMQ_ADMIN_USER is not set}"
: "${APP_RABBITMQ_ADMIN_PASSWORD:?APP_RABBITMQ_ADMIN_PASSWORD is not set}"
: "${ORDER_RABBITMQ_PASSWORD:?ORDER_RABBITMQ_PASSWORD is not set}"
: "${PROVISIONING_RABBITMQ_PASSWORD:?PROVISIONING_RABBITMQ_PASSWORD is not set}"
: "${NOTIFICATION_RABBITMQ_PASSWORD:?NOTIFICATION_RABBITMQ_PASSWORD is not set}"
TOPOLOGY_FILE=${TOPOLOGY_FILE:-/etc/ptero/definitions.json}
PERMISSIONS_FILE=${PERMISSIONS_FILE:-/etc/ptero/permissions.tsv}
DEFINITIONS_DIR=${DEFINITIONS_DIR:-/tmp/rabbitmq-definitions}
VHOST=${APP_RABBITMQ_VHOST:-/}
CREDENTIAL_DLQ_TTL_DAYS=${CREDENTIAL_DLQ_TTL_DAYS:-7}
[[ $CREDENTIAL_DLQ_TTL_DAYS =~ ^[1-9][0-9]*$ ]] || { echo "CREDENTIAL_DLQ_TTL_DAYS must be a whole number of days" >&2; exit 1; }

json_escape() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '%s' "$s"
}

vhost=$(json_escape "$VHOST")
# add_user SERVICE USER PASSWORD: the user and its permissions (from PERMISSIONS_FILE) for 00-users.json
users="" permissions=""
add_user() {
  local service=$1 user password configure write read
  user=$(json_escape "$2")
  password=$(json_escape "$3")
  IFS=$'\t' read -r configure write read < <(awk -F'\t' -v s="$service" '$1 == s {print $2 "\t" $3 "\t" $4}' "$PERMISSIONS_FILE")
  [ -n "${read:-}" ] || { echo "no permissions for $service in $PERMISSIONS_FILE" >&2; exit 1; }
  users+="${users:+,}{\"name\": \"$user\", \"password\": \"$password\", \"tags\": []}"
  permissions+="${permissions:+,}{\"user\": \"$user\", \"vhost\": \"$vhost\", \"configure\": \"$(json_escape "$configure")\", \"write\": \"$(json_escape "$write")\", \"read\": \"$(json_escape "$read")\"}"
}
add_user order-service "${ORDER_RABBITMQ_USER:-order-service}" "$ORDER_RABBITMQ_PASSWORD"
add_user provisioning-service "${PROVISIONING_RABBITMQ_USER:-provisioning-service}" "$PROVISIONING_RABBITMQ_PASSWORD"
add_user notification-service "${NOTIFICATION_RABBITMQ_USER:-notification-service}" "$NOTIFICATION_RABBITMQ_PASSWORD"
admin=$(json_escape "$APP_RABBITMQ_ADMIN_USER")
admin_password=$(json_escape "$APP_RABBITMQ_ADMIN_PASSWORD")

umask 077
mkdir -p "$DEFINITIONS_DIR"
# The credential dead-letter queues' TTL: definitions.json carries 7 days; CREDENTIAL_DLQ_TTL_DAYS replaces it.
sed "s/\"message-ttl\": 604800000/\"message-ttl\": $((CREDENTIAL_DLQ_TTL_DAYS * 86400000))/" "$TOPOLOGY_FILE" \
  >"$DEFINITIONS_DIR/10-topology.json"
cat >"$DEFINITIONS_DIR/00-users.json" <<JSON
{
  "vhosts": [{"name": "$vhost"}],
  "users": [{"name": "$admin", "password": "$admin_password", "tags": ["administrator"]}, $users],
  "permissions": [{"user": "$admin", "vhost": "$vhost", "configure": ".*", "write": ".*", "read": ".*"}, $permissions]
}
JSON
# Started as root, the image's entry point drops to the rabbitmq user, which must read these files.
if [ "$(id -u)" = 0 ] && id rabbitmq >/dev/null 2>&1; then chown -R rabbitmq "$DEFINITIONS_DIR"; fi

[ $# -gt 0 ] || set -- rabbitmq-server
exec docker-entrypoint.sh "$@"
