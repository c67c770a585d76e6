#!/usr/bin/env bash
# Proves that a result acknowledged to a visitor survives kill -9 of the app.
#
#   scripts/crash-test.sh [h2|postgres] [--rounds N] [--port PORT] [--threads N]
#
# Starts the packaged jar (target/crossroads-*.jar; build it first) on a fresh H2 data dir or a
# fresh PostgreSQL database, drives concurrent POST /api/v1/assessments and records every id
# answered 201, kills the JVM with SIGKILL at a random moment mid-load, checks the database rows
# (nothing half-stored), restarts, and checks every acknowledged id is readable with the result
# it was acknowledged with. Repeats for N rounds (acknowledged ids accumulate). Exits non-zero on
# any loss. Environment: CRASH_H2_URL overrides the H2 JDBC URL ({dir} = data dir), e.g. to show
# that the default WRITE_DELAY loses commits; CRASH_PG_DATABASE (default crossroads_robust_crash)
# and CRASH_PG_ROLE (default crossroads_robust) name the PostgreSQL database and role.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DB=h2 ROUNDS=3 PORT=${CRASH_PORT:-8141} THREADS=8
while [ $# -gt 0 ]; do
  case $1 in
    h2|postgres) DB=$1 ;;
    --rounds) ROUNDS=$2; shift ;;
    --port) PORT=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: crash-test.sh [h2|postgres] [--rounds N] [--port PORT])" ;;
  esac
  shift
done

JAR=$(find_jar)
ensure_tools curl:curl jq:jq python3:python3 unzip:unzip
DRIVER="$CROSSROADS_ROOT/scripts/lib/assessment_driver.py"
WORK=$(mktemp -d /tmp/crossroads-crash.XXXXXX)
BASE="http://127.0.0.1:$PORT"
ACKED="$WORK/acked.jsonl"
APP_LOG="$WORK/app.log"
: >"$ACKED"
APP_PID=
cleanup() { stop_app; }
trap cleanup EXIT

ROWS_SQL="SELECT r.id, (SELECT COUNT(*) FROM result_answer a WHERE a.result_id = r.id) AS answers, \
(SELECT COUNT(*) FROM result_criterion c WHERE c.result_id = r.id) AS criteria, \
r.therapy_score + r.coaching_score AS score FROM assessment_result r"

APP_ARGS=(--crossroads.rate-limit.enabled=false)
case $DB in
  h2)
    DATA="$WORK/data"
    mkdir -p "$DATA"
    APP_ARGS+=(--crossroads.data-dir="$DATA")
    if [ -n "${CRASH_H2_URL:-}" ]; then
      APP_ARGS+=(--spring.datasource.url="${CRASH_H2_URL//\{dir\}/$DATA}")
      log "H2 URL overridden: ${CRASH_H2_URL//\{dir\}/$DATA}"
    fi
    # The H2 shell from the jar's own driver reads the file after a crash, as the app would.
    (cd "$WORK" && unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/h2") || die "no H2 driver inside $JAR"
    H2_JAR=$(ls "$WORK"/h2/h2-*.jar)
    export_rows() {
      java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/crossroads" -user sa -password "" \
        -sql "CALL CSVWRITE('$1', '$ROWS_SQL')" >/dev/null
    }
    ;;
  postgres)
    pg_ensure_running
    PG_DB=${CRASH_PG_DATABASE:-crossroads_robust_crash}
    PG_ROLE=${CRASH_PG_ROLE:-crossroads_robust}
    PG_PASSWORD=$(random_password)
    pg_fresh_database "$PG_DB" "$PG_ROLE" "$PG_PASSWORD"
    export SPRING_PROFILES_ACTIVE=postgres
    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
    export SPRING_DATASOURCE_USERNAME=$PG_ROLE SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD
    export_rows() {
      su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -Atq -F, -d $PG_DB" <<<"$ROWS_SQL" >"$1"
    }
    ;;
esac

start_and_wait() {
  start_app "$PORT" "$APP_LOG" "${APP_ARGS[@]}"
  wait_healthy "$PORT" 180 || { tail -n 40 "$APP_LOG" >&2; die "the app did not start (log: $APP_LOG)"; }
}

log "crash test on $DB: $ROUNDS rounds, $THREADS concurrent clients, port $PORT, work dir $WORK"
start_and_wait
REQUIRED=$(curl -fs "$BASE/api/v1/questionnaire" | jq '[.sections[].questions[] | select(.required)] | length')
# With the visitor pages present, half the clients finish the form: its 303 to /results/{id} is an
# acknowledgement too.
FORM_ARG=()
if [ "$(curl -sL -o /dev/null -w '%{http_code}' "$BASE/assessment")" = 200 ]; then
  FORM_ARG=(--with-form)
else
  log "GET /assessment is not there: only the API is driven"
fi
FAILED=0
for ((round = 1; round <= ROUNDS; round++)); do
  before_round=$(wc -l <"$ACKED")
  python3 "$DRIVER" drive --base "$BASE" --out "$ACKED" --threads "$THREADS" --max-seconds 120 \
    --seed "$round" "${FORM_ARG[@]}" >"$WORK/drive-$round.json" 2>"$WORK/drive-$round.err" &
  DRIVER_PID=$!
  # Kill at a random moment once the load is flowing: 0.5 to 4.5 s after the 20th acknowledgement.
  for ((i = 0; i < 600; i++)); do
    [ $(($(wc -l <"$ACKED") - before_round)) -ge 20 ] && break
    kill -0 "$DRIVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  delay_ms=$((500 + RANDOM % 4000))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  wait "$DRIVER_PID" || { cat "$WORK/drive-$round.err" >&2; die "round $round: the load was refused (see above)"; }
  acked_total=$(wc -l <"$ACKED")
  log "round $round: SIGKILL after ${delay_ms} ms of load; acknowledged this round $((acked_total - before_round)), in total $acked_total"

  export_rows "$WORK/rows-$round.csv"
  rows_report=$(python3 "$DRIVER" rows --acked "$ACKED" --rows "$WORK/rows-$round.csv" --required "$REQUIRED" \
    2>"$WORK/rows-$round.err") || { FAILED=1; cat "$WORK/rows-$round.err" >&2; }

  start_and_wait
  verify_report=$(python3 "$DRIVER" verify --base "$BASE" --acked "$ACKED" 2>"$WORK/verify-$round.err") \
    || { FAILED=1; cat "$WORK/verify-$round.err" >&2; }
  readable=$(jq -r '.readable' <<<"$verify_report")
  via_form=$(grep -c '"via": "form"' "$ACKED" || true)
  echo "round $round ($DB): acknowledged before kill: $acked_total ($((acked_total - via_form)) API 201, $via_form form 303)," \
    "readable after restart: $readable," \
    "stored rows: $(jq -r '.rows' <<<"$rows_report"), rows missing: $(jq -r '.lost' <<<"$rows_report")," \
    "half-stored: $(jq -r '.problems' <<<"$rows_report")," \
    "differing: $(jq -r '.differ' <<<"$verify_report")"
done
stop_app

if [ "$FAILED" -ne 0 ]; then
  die "acknowledged results were lost or half-stored on $DB (work dir $WORK)"
fi
[ "$DB" = postgres ] && pg_psql "-c 'DROP DATABASE IF EXISTS $PG_DB'" >/dev/null
echo "crash test ($DB): PASS, $ROUNDS rounds, $(wc -l <"$ACKED") acknowledged results all readable after SIGKILL"
rm -rf "$WORK"
