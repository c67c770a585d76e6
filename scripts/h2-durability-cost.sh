#!/usr/bin/env bash
# Measures what the durable H2 setting (WRITE_DELAY=0: every commit is written to the file before
# it is acknowledged) costs against H2's default (commits written by a background thread up to
# 500 ms later, so kill -9 can lose them; crash-test.sh with CRASH_H2_URL shows that).
#
#   scripts/h2-durability-cost.sh [--duration 20s] [--runs 3] [--connections 16]
#
# Runs both apps side by side on fresh data dirs and alternates wrk runs of POST
# /api/v1/assessments between them, so both see the same background load; prints the median.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DURATION=20s RUNS=3 CONNECTIONS=16 PORT_DURABLE=${COST_PORT:-8143}
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
PORT_DEFAULT=$((PORT_DURABLE + 1))
find_jar >/dev/null
ensure_tools wrk:wrk curl:curl
WORK=$(mktemp -d /tmp/crossroads-cost.XXXXXX)
PIDS=()
cleanup() { for APP_PID in "${PIDS[@]}"; do stop_app; done; }
trap cleanup EXIT

cat >"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers":{"daily-functioning":"a-little","phq2-interest":"several-days","phq2-mood":"not-at-all",'
  .. '"gad2-nervous":"several-days","gad2-worry":"not-at-all","self-harm":"not-at-all","diagnosed-condition":"no",'
  .. '"grief-addiction":"no","trauma":"no","understand-why":"somewhat","focus":"build-future","feeling-stuck":"yes",'
  .. '"growth-goal":"yes","performance":"yes","accountability":"somewhat","documentation":"no"}}'
function response(status)
  if status ~= 201 then error("status " .. status) end
end
LUA

mkdir -p "$WORK/durable" "$WORK/default"
start_app "$PORT_DURABLE" "$WORK/durable.log" --crossroads.data-dir="$WORK/durable" --crossroads.rate-limit.enabled=false
PIDS+=("$APP_PID"); wait_healthy "$PORT_DURABLE" 180 || die "durable app did not start"
start_app "$PORT_DEFAULT" "$WORK/default.log" --crossroads.data-dir="$WORK/default" --crossroads.rate-limit.enabled=false \
  --spring.datasource.url="jdbc:h2:file:$WORK/default/crossroads;DB_CLOSE_ON_EXIT=FALSE"
PIDS+=("$APP_PID"); wait_healthy "$PORT_DEFAULT" 180 || die "default app did not start"

run() { # port -> requests per second
  wrk -t2 -c"$CONNECTIONS" -d"$1" -s "$WORK/post.lua" "http://127.0.0.1:$2/api/v1/assessments" \
    | awk '/Requests\/sec/ {print $2}'
}
log "warming up both apps"
run 10s "$PORT_DURABLE" >/dev/null; run 10s "$PORT_DEFAULT" >/dev/null
durable=() default=()
for ((i = 1; i <= RUNS; i++)); do
  durable+=("$(run "$DURATION" "$PORT_DURABLE")")
  default+=("$(run "$DURATION" "$PORT_DEFAULT")")
  log "run $i: WRITE_DELAY=0 ${durable[-1]} req/s, default WRITE_DELAY ${default[-1]} req/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
md=$(median "${durable[@]}") mf=$(median "${default[@]}")
echo "POST /api/v1/assessments, $CONNECTIONS connections, median of $RUNS x $DURATION:"
echo "  H2 WRITE_DELAY=0 (durable): $md req/s"
echo "  H2 default WRITE_DELAY:     $mf req/s"
awk -v a="$md" -v b="$mf" 'BEGIN {printf "  cost of durability: %.0f%% of the default throughput\n", (b - a) * 100 / b}'
rm -rf "$WORK"
