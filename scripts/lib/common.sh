# Shared helpers for the scripts in this folder: find the packaged jar, install missing Debian
# tools, start and stop the app, and prepare PostgreSQL. Source it; it defines functions only.

# The repository root, whatever folder the script is started from.
CROSSROADS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# The packaged app (CROSSROADS_JAR names another build, to compare two); the scripts build
# nothing, so a missing jar is a clear failure.
find_jar() {
  local jar
  if [ -n "${CROSSROADS_JAR:-}" ]; then
    [ -f "$CROSSROADS_JAR" ] || die "CROSSROADS_JAR=$CROSSROADS_JAR: no such file"
    echo "$CROSSROADS_JAR"; return
  fi
  jar=$(ls "$CROSSROADS_ROOT"/target/crossroads-*.jar 2>/dev/null | grep -v -e '\.original$' -e 'sources' | head -n1)
  [ -n "$jar" ] || die "no target/crossroads-*.jar: build it first with ./mvnw -q package -DskipTests"
  echo "$jar"
}

# ensure_tools CMD[:PACKAGE] ...: installs the Debian packages of commands that are missing.
ensure_tools() {
  local missing=() spec cmd pkg
  for spec in "$@"; do
    cmd=${spec%%:*}; pkg=${spec#*:}
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || die "could not install ${missing[*]}"
  fi
}

# free_port: a TCP port nothing listens on at the moment (the kernel's choice).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# management_port_arg [ARGS...]: --management.server.port=0 (a free port) unless ARGS name one, so
# two apps started side by side never both ask for the default management port (8081).
management_port_arg() {
  local arg
  for arg in "$@"; do
    case $arg in --management.server.port=*) return 0 ;; esac
  done
  echo "--management.server.port=0"
}

# start_app PORT LOGFILE [ARGS...]: starts the jar in the background on 127.0.0.1:PORT and sets
# APP_PID. Extra JVM options come from CROSSROADS_JAVA_OPTS.
start_app() {
  local port=$1 logfile=$2; shift 2
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    die "port $port is already in use; choose another with the script's port setting"
  fi
  # shellcheck disable=SC2086,SC2046
  java ${CROSSROADS_JAVA_OPTS:--Xmx512m} -jar "$(find_jar)" --server.port="$port" --server.address=127.0.0.1 \
    $(management_port_arg "$@") "$@" >>"$logfile" 2>&1 &
  APP_PID=$!
}

# wait_healthy PORT [SECONDS]: waits until the node is ready (/readyz on the app's port: started,
# published content loaded), or fails.
wait_healthy() {
  local port=$1 limit=${2:-120} i
  for ((i = 0; i < limit * 2; i++)); do
    if curl -fs "http://127.0.0.1:$port/readyz" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    if [ -n "${APP_PID:-}" ] && ! kill -0 "$APP_PID" 2>/dev/null; then
      return 1
    fi
    sleep 0.5
  done
  return 1
}

# stop_app: a graceful stop of the app this script started (SIGTERM, then SIGKILL after 30 s).
stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# pg_ensure_running: starts the Debian PostgreSQL cluster (installing the server if missing) and
# sets PG_PORT to its port.
pg_ensure_running() {
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    ensure_tools pg_ctlcluster:postgresql
  fi
  local ver
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q online; then
    pg_ctlcluster "$ver" main start || die "could not start PostgreSQL $ver"
  fi
  PG_PORT=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
  export PGPORT=$PG_PORT
  local i
  for ((i = 0; i < 60; i++)); do
    su postgres -c "psql -p $PG_PORT -Atqc 'select 1'" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "PostgreSQL did not accept connections"
}

# pg_psql SQL...: runs SQL as the postgres superuser.
pg_psql() { su postgres -c "psql -p ${PG_PORT:-5432} -v ON_ERROR_STOP=1 -Atq $*"; }

# pg_fresh_database NAME ROLE PASSWORD: drops and recreates NAME owned by ROLE (created if missing).
pg_fresh_database() {
  local db=$1 role=$2 password=$3
  [[ $db =~ ^[a-z0-9_]+$ && $role =~ ^[a-z0-9_]+$ && $password =~ ^[A-Za-z0-9]+$ ]] \
    || die "database, role and password must be plain identifiers"
  su postgres -c "psql -p ${PG_PORT:-5432} -v ON_ERROR_STOP=1 -Atq" <<SQL >/dev/null || die "could not create database $db"
SET client_min_messages = warning;
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db';
DROP DATABASE IF EXISTS $db;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN; END IF;
END \$\$;
ALTER ROLE $role WITH LOGIN PASSWORD '$password';
CREATE DATABASE $db OWNER $role;
SQL
}

random_password() { head -c 32 /dev/urandom | sha256sum | cut -c1-32; }
