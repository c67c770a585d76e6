#!/usr/bin/env bash
# The figures of docs/capacity.md: what one node and the local PostgreSQL store per second.
#
#   scripts/capacity.sh [--duration 30s] [--warmup 10s] [--connections "8 32"] [--port 8191]
#
# On a fresh PostgreSQL database (Debian cluster, started if down; dropped at the end):
#   1. the packaged jar on the `postgres` profile (CROSSROADS_JAVA_OPTS, default -Xmx512m; Hikari's
#      default pool of 10), wrk -t2 on POST /api/v1/assessments (each request stores a result) for
#      each connection count, then the page flow of bench.sh (8 requests, one of them the insert);
#      every answer must be the one expected (201, 303, 200), so req/s of the API is results/s;
#   2. the rows one stored result wrote, per table;
#   3. the app stopped: pgbench replays the statements of one stored result (taken from a row the
#      app stored: the result, its answers, its met criteria as pipelined inserts like Hibernate's
#      JDBC batch, then the update of the day's counter row) in one transaction per result: with
#      the counter as it is (one row per day and outcome, here all results of one outcome), with
#      the update spread over five rows, and without it, for each connection count;
#   4. the retention purge's statement (RetentionPurge, batches of 500) deleting every stored row.
# CPU per request comes from the tick counts of the JVM and of PostgreSQL's processes (/proc), the
# write-ahead log from pg_current_wal_lsn(). Prints the load average before and after each part.
# Fails on any error, never on a figure. Everything runs on this machine: app, database and load.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DURATION=30s WARMUP=10s CONNECTIONS="8 32" PORT=${CAPACITY_PORT:-8191}
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --port) PORT=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: capacity.sh [--duration 30s] [--warmup 10s] [--connections \"8 32\"] [--port 8191])" ;;
  esac
  shift
done
MGMT_PORT=$((PORT + 1))

find_jar >/dev/null
ensure_tools wrk:wrk curl:curl jq:jq pgbench:postgresql-client
LIB="$CROSSROADS_ROOT/scripts/lib"
WORK=$(mktemp -d /tmp/crossroads-capacity.XXXXXX)
BASE="http://127.0.0.1:$PORT"
DB=${CAPACITY_PG_DB:-crossroads_capacity} ROLE=${CAPACITY_PG_ROLE:-crossroads_capacity}
PASSWORD=$(random_password)
APP_PID=
cleanup() {
  stop_app
  pg_psql "-c 'DROP DATABASE IF EXISTS $DB'" >/dev/null 2>&1 || true
}
trap cleanup EXIT
load() { log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
sql() { PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "$ROLE" -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }
stored() { sql -c 'SELECT count(*) FROM assessment_result'; }
wal() { sql -c 'SELECT pg_current_wal_lsn()'; }
wal_diff() { sql -c "SELECT pg_wal_lsn_diff('$1', '$2')"; }

pg_ensure_running
pg_fresh_database "$DB" "$ROLE" "$PASSWORD"
log "PostgreSQL $(sql -c 'SHOW server_version'): max_connections $(sql -c 'SHOW max_connections'), shared_buffers $(sql -c 'SHOW shared_buffers'), synchronous_commit $(sql -c 'SHOW synchronous_commit')"

# --- 1. the app ---
load
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
SPRING_DATASOURCE_USERNAME=$ROLE SPRING_DATASOURCE_PASSWORD=$PASSWORD \
  start_app "$PORT" "$WORK/app.log" --management.server.port="$MGMT_PORT" --management.server.address=127.0.0.1 \
    --crossroads.rate-limit.enabled=false
wait_healthy "$MGMT_PORT" 180 || wait_healthy "$PORT" 5 || { tail -n 40 "$WORK/app.log" >&2; die "the app did not start"; }
log "app up: $(grep -o 'Started CrossroadsApplication in [0-9.]* seconds' "$WORK/app.log")"

curl -fs "$BASE/api/v1/questionnaire" >"$WORK/questionnaire.json"
jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}' "$WORK/questionnaire.json" >"$WORK/body.json"
for step in 1 2 3; do
  action=$([ "$step" -eq 3 ] && echo finish || echo next)
  jq -r --argjson n "$step" --arg action "$action" \
    '"action=\($action)&" + ([.sections[$n - 1].questions[] | "\(.key)=\(.options[0].key)"] | join("&"))' \
    "$WORK/questionnaire.json"
done >"$WORK/flow.txt"
export WRK_LIB="$LIB/wrk" WRK_BODY_FILE="$WORK/body.json" WRK_FLOW_FILE="$WORK/flow.txt"

HZ=$(getconf CLK_TCK)
# ticks PID...: CPU time (user + system, in clock ticks) the processes have used so far.
# A process that ends meanwhile (a short-lived backend) counts 0.
ticks() { local p v t=0; for p in "$@"; do v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true); t=$((t + ${v:-0})); done; echo "$t"; }
pg_pids() { pgrep -u postgres postgres | tr '\n' ' '; }
# busy: the machine's non-idle ticks and all ticks, from /proc/stat.
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }

ROWS=()
# measure NAME PATH LUA CONNECTIONS: warm up, then measure with wrk; CPU ms per request of the app
# and of PostgreSQL (all its processes) from their tick counts, and how busy both CPUs were.
measure() {
  local name=$1 path=$2 script=$3 c=$4 out pgs a0 a1 p0 p1 b0 b1 w0 w1 rps p50 p99 total errors
  wrk -t2 -c"$c" -d"$WARMUP" --timeout 10s -s "$LIB/wrk/$script" "$BASE$path" >/dev/null 2>&1 || true
  log "running: $name for $DURATION with $c connections"
  pgs=$(pg_pids)
  # shellcheck disable=SC2086
  w0=$(wal); a0=$(ticks "$APP_PID"); p0=$(ticks $pgs); b0=$(busy)
  out=$(wrk -t2 -c"$c" -d"$DURATION" --timeout 10s --latency -s "$LIB/wrk/$script" "$BASE$path" 2>&1) \
    || { echo "$out" >&2; die "wrk failed on $name"; }
  # shellcheck disable=SC2086
  a1=$(ticks "$APP_PID"); p1=$(ticks $pgs); b1=$(busy); w1=$(wal)
  echo "$out" >"$WORK/wrk-${name//[^A-Za-z0-9]/_}-$c.txt"
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  errors=$(awk -F': ' '/Non-2xx or 3xx responses/ {n += $2} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} /^UNEXPECTED/ {n += $2} END {print n + 0}' <<<"$out")
  ROWS+=("$(awk -v n="$name c=$c" -v r="$rps" -v p50="$p50" -v p99="$p99" -v t="$total" -v e="$errors" -v hz="$HZ" \
    -v a="$((a1 - a0))" -v p="$((p1 - p0))" -v b="$b0 $b1" -v w="$(wal_diff "$w1" "$w0")" 'BEGIN { split(b, x, " ");
      printf "%-34s %9s %9s %9s %8s %6s %9.2f %9.2f %7.1f %6.0f%%", n, r, p50, p99, t, e, 1000 * a / hz / t, 1000 * p / hz / t,
        w / t / 1024, 100 * (x[3] - x[1]) / (x[4] - x[2]) }')")
  [ "$errors" -eq 0 ] || { echo "$out" >&2; die "$name: $errors errors"; }
}

# One warm-up pass over both scenarios before any is measured, so none is measured while the JIT
# compiler still works on code they share.
for script in assessments.lua:/api/v1/assessments flow.lua:/assessment; do
  wrk -t2 -c32 -d"$WARMUP" --timeout 10s -s "$LIB/wrk/${script%%:*}" "$BASE${script#*:}" >/dev/null 2>&1 || true
done
for c in $CONNECTIONS; do
  measure "POST /api/v1/assessments" /api/v1/assessments assessments.lua "$c"
  measure "page flow (8 requests)" /assessment flow.lua "$c"
done
load
rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
stop_app
echo
echo "The app on PostgreSQL (wrk -t2, $WARMUP warm-up each, $DURATION measured; app RSS $rss MiB after load)"
printf '%-34s %9s %9s %9s %8s %6s %9s %9s %7s %7s\n' scenario "req/s" p50 p99 requests errors "app ms" "PG ms" "WAL kB" "CPUs"
printf '%s\n' "${ROWS[@]}"
echo "(app ms, PG ms: CPU time per request of the JVM and of all PostgreSQL processes; WAL kB: write-ahead log per request; CPUs: how busy both CPUs were)"

# --- 2. what one stored result wrote ---
echo
echo "Rows per stored result (averages over the $(stored) results stored above)"
sql -F' ' <<'SQL'
SELECT 'result_answer', round(count(*)::numeric / (SELECT count(*) FROM assessment_result), 2) FROM result_answer
UNION ALL SELECT 'result_criterion', round(count(*)::numeric / (SELECT count(*) FROM assessment_result), 2) FROM result_criterion
UNION ALL SELECT 'outcome_daily_count rows', count(*) FROM outcome_daily_count
UNION ALL SELECT 'assessment_draft rows left', count(*) FROM assessment_draft;
SELECT 'bytes per result, ' || t || ' (table+indexes)', round(pg_total_relation_size(t) / (SELECT count(*) FROM assessment_result)::numeric)
  FROM unnest(ARRAY['assessment_result', 'result_answer', 'result_criterion']) AS t;
SELECT 'MB per 100k results, all three', round(100000.0 * (pg_total_relation_size('assessment_result') + pg_total_relation_size('result_answer')
  + pg_total_relation_size('result_criterion')) / (SELECT count(*) FROM assessment_result) / 1048576, 1);
SQL

# --- 3. pgbench: the database alone ---
# The statements of one result the app stored, with a fresh id per transaction.
sample=$(sql -c "SELECT id FROM assessment_result WHERE id IN (SELECT result_id FROM result_criterion) LIMIT 1")
[ -n "$sample" ] || sample=$(sql -c "SELECT id FROM assessment_result LIMIT 1")
{
  echo "\\set n random(1, 9000000000000000000)"
  echo "BEGIN;"
  sql -c "SELECT format('INSERT INTO assessment_result (id, outcome, therapy_score, coaching_score, rule_set_version, created_at) VALUES (:n, %L, %s, %s, %s, now());', outcome, therapy_score, coaching_score, rule_set_version) FROM assessment_result WHERE id = '$sample'"
  echo "\\startpipeline"
  sql -c "SELECT format('INSERT INTO result_answer (result_id, question_key, option_key) VALUES (:n, %L, %L);', question_key, option_key) FROM result_answer WHERE result_id = '$sample'"
  sql -c "SELECT format('INSERT INTO result_criterion (result_id, position, criterion_code) VALUES (:n, %s, %L);', position, criterion_code) FROM result_criterion WHERE result_id = '$sample'"
  echo "\\endpipeline"
  echo "-- counter"
  sql -c "SELECT format('UPDATE outcome_daily_count SET result_count = result_count + 1 WHERE result_day = current_date AND outcome = %L AND rule_set_version = %s;', outcome, rule_set_version) FROM assessment_result WHERE id = '$sample'"
  echo "COMMIT;"
} >"$WORK/stored-result.sql"
grep -v -e '^-- counter' -e '^UPDATE outcome_daily_count' "$WORK/stored-result.sql" >"$WORK/stored-result-no-counter.sql"
# The same with the counter update spread over the five outcomes' rows (one outcome in five each):
# what a counter split into five rows would take.
OUTCOMES="'THERAPY', 'COACHING', 'BOTH', 'EXPLORE', 'URGENT_SUPPORT'"
sed -e "s/^BEGIN;/\\\\set o random(1, 5)\nBEGIN;/" \
    -e "s/AND outcome = '[A-Z_]*'/AND outcome = (ARRAY[$OUTCOMES])[:o]/" "$WORK/stored-result.sql" >"$WORK/stored-result-5-rows.sql"
# today's counter rows exist (the app made one unless the day turned)
sql -c "INSERT INTO outcome_daily_count (result_day, outcome, rule_set_version, result_count)
  SELECT current_date, o, rule_set_version, 1 FROM assessment_result, unnest(ARRAY[$OUTCOMES]) AS o
  WHERE id = '$sample' ON CONFLICT DO NOTHING"
echo
echo "pgbench script ($(grep -c '^INSERT' "$WORK/stored-result.sql") inserts and 1 update per transaction):"
sed 's/^/  /' "$WORK/stored-result.sql"
echo
printf '%-34s %10s %12s %9s %7s %7s\n' "pgbench -M prepared -j2 -T${DURATION%s}" "results/s" "latency ms" "PG ms" "WAL kB" "CPUs"
for c in $CONNECTIONS; do
  for script in stored-result stored-result-5-rows stored-result-no-counter; do
    load
    w0=$(wal); b0=$(busy)
    # the backends pgbench opens are gone when it ends: count the server's ticks from its log-free
    # total instead, the cumulative ticks of exited children (cutime/cstime) of the postmaster
    postmaster=$(head -n1 "$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p {print $6}')/postmaster.pid")
    p0=$(( $(ticks $(pg_pids)) + $(awk '{print $16 + $17}' "/proc/$postmaster/stat") ))
    out=$(PGPASSWORD=$PASSWORD pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$ROLE" -n -M prepared -j 2 -c "$c" \
      -T "${DURATION%s}" -f "$WORK/$script.sql" "$DB" 2>&1) || { echo "$out" >&2; die "pgbench failed"; }
    p1=$(( $(ticks $(pg_pids)) + $(awk '{print $16 + $17}' "/proc/$postmaster/stat") ))
    b1=$(busy); w1=$(wal)
    echo "$out" >"$WORK/pgbench-$script-$c.txt"
    awk -v n="$script c=$c" -v tps="$(awk '/^tps/ {print $3}' <<<"$out")" -v lat="$(awk '/^latency average/ {print $4}' <<<"$out")" \
      -v t="$(awk '/^number of transactions actually processed/ {print $6}' <<<"$out")" -v p="$((p1 - p0))" -v hz="$HZ" -v b="$b0 $b1" -v w="$(wal_diff "$w1" "$w0")" \
      'BEGIN { split(b, x, " "); printf "%-34s %10.0f %12s %9.2f %7.1f %6.0f%%\n", n, tps, lat, 1000 * p / hz / t, w / t / 1024, 100 * (x[3] - x[1]) / (x[4] - x[2]) }'
  done
done
load

# --- 4. the retention purge's statement ---
total=$(stored)
echo
echo "Purge: the statement of StoredResultRepository.deleteOldestCreatedBefore, 500 at a time, over all $total results"
t0=$(date +%s.%N)
batches=0
while [ "$(sql -c "WITH d AS (DELETE FROM assessment_result WHERE id IN (SELECT id FROM assessment_result WHERE created_at < now() + interval '1 day' ORDER BY created_at LIMIT 500) RETURNING 1) SELECT count(*) FROM d")" -eq 500 ]; do
  batches=$((batches + 1))
done
t1=$(date +%s.%N)
awk -v n="$total" -v b="$batches" -v s="$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" \
  'BEGIN { printf "deleted %d results (with their answers and criteria) in %d full batches, %.1f s: %.0f results/s, %.0f ms a batch\n", n, b, s, n / s, 1000 * s / (b + 1) }'
[ "$(stored)" -eq 0 ] || die "the purge left rows"
load
rm -rf "$WORK"
