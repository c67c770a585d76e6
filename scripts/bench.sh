#!/usr/bin/env bash
# Benchmark of the packaged app, default start against tuned start, in one run.
#
#   scripts/bench.sh [--duration 20s] [--warmup 10s] [--connections 32] [--port PORT] [--default-only]
#
# For each start (the default `java -jar` with CROSSROADS_JAVA_OPTS, default -Xmx512m; then the
# tuned start of scripts/aot-cache.sh, built here when missing, with the same heap) on a fresh H2
# data dir: the start time ("Started CrossroadsApplication in"), RSS after start, then each
# scenario with wrk (2 threads, --connections; every scenario warmed up for --warmup first, then
# each warmed up again and measured for --duration), RSS after load:
#   GET /assessment/{new}/1   step 1 of a questionnaire not started (GET /assessment redirects here)
#   GET /                     the home page
#   GET /favicon.svg          a static file
#   POST /api/v1/evaluations  the rules engine through the API
#   page flow                 GET /assessment, GET and POST of each of the 3 steps, the result page
#                             (8 requests a flow, one of them the insert)
#   GET /results/{id}         a stored result's page
#   GET /api/v1/questionnaire the questionnaire as JSON
# Prints req/s, p50, p99 and errors of each, then the ratios the performance targets name
# (docs/performance.md). Fails on any error (non-2xx/3xx, socket error, unexpected answer), never
# on a figure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DURATION=20s WARMUP=10s CONNECTIONS=32 PORT=${BENCH_PORT:-8144} DEFAULT_ONLY=0
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --port) PORT=$2; shift ;;
    --default-only) DEFAULT_ONLY=1 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: bench.sh [--duration 20s] [--warmup 10s] [--connections 32] [--default-only])" ;;
  esac
  shift
done

find_jar >/dev/null
ensure_tools wrk:wrk curl:curl jq:jq python3:python3
LIB="$CROSSROADS_ROOT/scripts/lib"
WORK=$(mktemp -d /tmp/crossroads-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
APP_PID=
FAILED=0
trap 'stop_app' EXIT
source "$LIB/wrk.sh"
export CROSSROADS_JAVA_OPTS=${CROSSROADS_JAVA_OPTS:--Xmx512m}

rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# The java process of the app: the tuned start's script runs java in the foreground under bash.
java_pid() {
  local child
  child=$(pgrep -P "$APP_PID" java 2>/dev/null | head -n1 || true)
  echo "${child:-$APP_PID}"
}

# scenarios START: each scenario of the table, in order.
scenarios() {
  local start=$1 first_step
  first_step=/assessment/$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')/1
  scenario "$start:GET /assessment/{new}/1" "$first_step"
  scenario "$start:GET /" /
  scenario "$start:GET /favicon.svg" /favicon.svg
  scenario "$start:POST /api/v1/evaluations" /api/v1/evaluations evaluations.lua
  scenario "$start:page flow (8 requests)" /assessment flow.lua
  scenario "$start:GET /results/{id}" / reads.lua /results/
  scenario "$start:GET /api/v1/questionnaire" /api/v1/questionnaire
}

# bench START: one start, all scenarios; sets START_S, RSS_START, RSS_LOAD and RPS/P50/P99 as
# "START:scenario".
bench() {
  local start=$1 data="$WORK/data-$1" logfile="$WORK/app-$1.log"
  mkdir -p "$data"
  log "$start start on port $PORT (work dir $WORK)"
  if [ "$start" = default ]; then
    start_app "$PORT" "$logfile" --crossroads.data-dir="$data" --crossroads.rate-limit.enabled=false
  else
    bash "$CROSSROADS_ROOT/scripts/aot-cache.sh" run --server.port="$PORT" --server.address=127.0.0.1 \
      --crossroads.data-dir="$data" --crossroads.rate-limit.enabled=false >>"$logfile" 2>&1 &
    APP_PID=$!
  fi
  wait_healthy "$PORT" 180 || { tail -n 40 "$logfile" >&2; die "the $start start did not come up"; }
  START_S[$start]=$(grep -o 'Started CrossroadsApplication in [0-9.]*' "$logfile" | awk '{print $4}')
  RSS_START[$start]=$(rss_mib "$(java_pid)")

  curl -fs "$BASE/api/v1/questionnaire" >"$WORK/questionnaire.json"
  jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}' "$WORK/questionnaire.json" \
    >"$WORK/body.json"
  for step in 1 2 3; do
    action=$([ "$step" -eq 3 ] && echo finish || echo next)
    jq -r --argjson n "$step" --arg action "$action" \
      '"action=\($action)&" + ([.sections[$n - 1].questions[] | "\(.key)=\(.options[0].key)"] | join("&"))' \
      "$WORK/questionnaire.json"
  done >"$WORK/flow.txt"
  python3 "$LIB/assessment_driver.py" create --base "$BASE" --count 200 --out "$WORK/ids-$start.txt"
  : >"$WORK/ids-acked.txt"
  export WRK_LIB="$LIB/wrk" WRK_BODY_FILE="$WORK/body.json" WRK_FLOW_FILE="$WORK/flow.txt" \
    WRK_IDS_IN="$WORK/ids-$start.txt" WRK_IDS_OUT="$WORK/ids-acked.txt"

  # Every scenario is warmed up once before any is measured: otherwise the first ones are measured
  # while the JIT compiler still works on code that all of them share.
  WARMUP_ONLY=1 scenarios "$start"
  RESULTS=()
  scenarios "$start"
  RSS_LOAD[$start]=$(rss_mib "$(java_pid)")
  stop_app

  echo
  echo "$start start: started in ${START_S[$start]} s, RSS ${RSS_START[$start]} MiB after start, ${RSS_LOAD[$start]} MiB after load"
  printf '%-42s %10s %10s %10s %10s %7s\n' scenario "req/s" p50 p99 requests errors
  printf '%s\n' "${RESULTS[@]}"
}

declare -A START_S=() RSS_START=() RSS_LOAD=()
bench default
if [ "$DEFAULT_ONLY" -eq 0 ]; then
  [ -d "$CROSSROADS_ROOT/target/tuned" ] || bash "$CROSSROADS_ROOT/scripts/aot-cache.sh" build
  bench tuned
fi

# ratio A B: A / B to two places.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
# target NAME VALUE OP LIMIT: one line of the ratio table.
target() {
  local met
  met=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { if (v == "n/a") print "?"; else if (op == ">=") print (v + 0 >= l + 0 ? "met" : "NOT met"); else print (v + 0 <= l + 0 ? "met" : "NOT met") }')
  printf '%-62s %8s  %s %s  %s\n' "$1" "$2" "$3" "$4" "$met"
}

echo
echo "Ratios ($DURATION per scenario after $WARMUP warm-up, $CONNECTIONS connections, default start)"
static=${RPS["default:GET /favicon.svg"]}
evaluations=${RPS["default:POST /api/v1/evaluations"]}
target "GET /assessment/{new}/1 / static file (req/s)" "$(ratio "${RPS["default:GET /assessment/{new}/1"]}" "$static")" ">=" 0.80
target "GET / / static file (req/s)" "$(ratio "${RPS["default:GET /"]}" "$static")" ">=" 0.80
target "static file / POST /api/v1/evaluations (req/s)" "$(ratio "$static" "$evaluations")" ">=" 1.50
target "page flows per s / POST /api/v1/evaluations (8-request flows)" \
  "$(ratio "$(awk -v r="${RPS["default:page flow (8 requests)"]}" 'BEGIN { print r / 8 }')" "$evaluations")" ">=" 0.25
for key in "${!P99[@]}"; do
  target "p99 / p50, $key" "$(ratio "${P99[$key]}" "${P50[$key]}")" "<=" 3
done | sort
if [ "$DEFAULT_ONLY" -eq 0 ]; then
  target "tuned start time / default start time" "$(ratio "${START_S[tuned]}" "${START_S[default]}")" "<=" 0.45
  target "tuned RSS after load / default RSS after load" "$(ratio "${RSS_LOAD[tuned]}" "${RSS_LOAD[default]}")" "<=" 0.60
fi

if [ "$FAILED" -ne 0 ]; then
  die "bench: errors in a scenario (work dir $WORK)"
fi
echo "bench: no errors"
rm -rf "$WORK"
