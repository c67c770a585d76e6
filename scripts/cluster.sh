#!/usr/bin/env bash
# Several nodes of Crossroads on one PostgreSQL behind nginx, on this machine.
#
#   scripts/cluster.sh [--nodes 3] [--port 8180]
#
# Starts the Debian PostgreSQL server (installed when missing) with a fresh database
# (crossroads_cluster), N nodes of the packaged jar (target/crossroads-*.jar; build it first with
# ./mvnw -q package -DskipTests) on ports PORT+1..PORT+N, their management ports (health,
# Prometheus) on PORT+101.., and nginx (Debian nginx-light) on PORT in front of them: round-robin,
# no sticky sessions. Prints the address and the first editor's sign-in, then waits; Ctrl-C stops
# everything it started. Same set-up as docker-compose.yml, without Docker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/cluster.sh"

NODES=3 PORT=8180
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) NODES=$2; shift ;;
    --port) PORT=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: cluster.sh [--nodes N] [--port PORT])" ;;
  esac
  shift
done

EDITOR_PASSWORD=$(random_password)
trap 'cluster_stop; log "stopped (logs in $CLUSTER_WORK)"' EXIT
trap 'exit 0' INT TERM
CROSSROADS_ADMIN_USERNAME=editor CROSSROADS_ADMIN_PASSWORD=$EDITOR_PASSWORD cluster_start "$NODES" "$PORT"

cat <<INFO

Crossroads on $NODES nodes behind nginx:   $CLUSTER_URL
  sign in at $CLUSTER_URL/admin/sign-in as "editor" with the password $EDITOR_PASSWORD
  nodes:        $(printf 'http://127.0.0.1:%s ' "${CLUSTER_APP_PORTS[@]}")
  metrics:      $(printf 'http://127.0.0.1:%s/actuator/prometheus ' "${CLUSTER_MANAGEMENT_PORTS[@]}")
  database:     $CLUSTER_JDBC_URL (kept after the stop)
  logs:         $CLUSTER_WORK
Ctrl-C stops everything.
INFO
wait "$CLUSTER_NGINX_PID"
