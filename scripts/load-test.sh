#!/usr/bin/env bash
# Load test of the packaged app with wrk (Debian package, installed if missing).
#
#   scripts/load-test.sh [--duration 10s] [--connections 64] [--port PORT] [--api-only]
#
# Starts target/crossroads-*.jar on a fresh H2 data dir and drives, one after the other, each for
# --duration with --connections connections (after a short warm-up):
#   GET /assessment/{draft}/1     the questionnaire's first page (a fresh draft id, nothing stored)
#   POST /api/v1/evaluations      the evaluation API
#   assessment flow               GET /assessment (303), then GET and POST (303) of step 1, 2, 3
#                                 (finish) -> GET /results/{id}: post/redirect/get over a draft
#   GET /api/v1/assessments/{id}  reads of results stored beforehand
#   GET /results/{id}             the result page for the same results
# Prints requests/s and p50/p99 latency for each. Fails if any request errors (non-2xx/3xx,
# socket errors, or an answer the scenario does not expect) or if any result acknowledged during
# the run (a 303 to /results/{id}) or stored beforehand is missing afterwards. --api-only runs
# only the API scenarios (for a build without the visitor pages).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DURATION=10s CONNECTIONS=64 PORT=${LOAD_PORT:-8142} API_ONLY=0
while [ $# -gt 0 ]; do
  case $1 in
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --port) PORT=$2; shift ;;
    --api-only) API_ONLY=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: load-test.sh [--duration 10s] [--connections 64] [--api-only])" ;;
  esac
  shift
done

find_jar >/dev/null
ensure_tools wrk:wrk curl:curl jq:jq python3:python3
LIB="$CROSSROADS_ROOT/scripts/lib"
WORK=$(mktemp -d /tmp/crossroads-load.XXXXXX)
BASE="http://127.0.0.1:$PORT"
APP_PID=
trap 'stop_app' EXIT

mkdir -p "$WORK/data"
log "starting the app on port $PORT (work dir $WORK)"
start_app "$PORT" "$WORK/app.log" --crossroads.data-dir="$WORK/data" --crossroads.rate-limit.enabled=false
wait_healthy "$PORT" 180 || { tail -n 40 "$WORK/app.log" >&2; die "the app did not start"; }

# Answers: the first option of every question, section by section (step N = section N); a step's
# form sends only its own answers, the draft keeps the others.
curl -fs "$BASE/api/v1/questionnaire" >"$WORK/questionnaire.json"
jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}' "$WORK/questionnaire.json" \
  >"$WORK/body.json"
sections=$(jq '.sections | length' "$WORK/questionnaire.json")
[ "$sections" -eq 3 ] || die "the flow scenario expects 3 sections, the questionnaire has $sections"
for step in 1 2 3; do
  action=$([ "$step" -eq 3 ] && echo finish || echo next)
  jq -r --argjson n "$step" --arg action "$action" \
    '"action=\($action)&" + ([.sections[$n - 1].questions[] | "\(.key)=\(.options[0].key)"] | join("&"))' \
    "$WORK/questionnaire.json"
done >"$WORK/flow.txt"

PAGES=1
# the first step of a questionnaire not started yet: any well-formed draft id shows it, storing nothing
FIRST_STEP=/assessment/$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')/1
page_status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$FIRST_STEP")
if [ "$page_status" != 200 ]; then
  [ "$API_ONLY" -eq 1 ] || die "GET $FIRST_STEP answered $page_status: the visitor pages are missing (use --api-only)"
  PAGES=0
fi
[ "$API_ONLY" -eq 1 ] && PAGES=0

python3 "$LIB/assessment_driver.py" create --base "$BASE" --count 200 --out "$WORK/ids-created.txt"
: >"$WORK/ids-acked.txt"
export WRK_LIB="$LIB/wrk" WRK_BODY_FILE="$WORK/body.json" WRK_FLOW_FILE="$WORK/flow.txt" \
  WRK_IDS_IN="$WORK/ids-created.txt" WRK_IDS_OUT="$WORK/ids-acked.txt"

# A longer run gets a longer warm-up, so the JIT has compiled the hot paths before measuring.
WARMUP=3s
[ "${DURATION%s}" -ge 30 ] 2>/dev/null && WARMUP=10s
FAILED=0
RESULTS=()
source "$LIB/wrk.sh"

[ "$PAGES" -eq 1 ] && scenario "GET /assessment/{draft}/1" "$FIRST_STEP"
scenario "POST /api/v1/evaluations" /api/v1/evaluations evaluations.lua
[ "$PAGES" -eq 1 ] && scenario "assessment flow (8 requests)" /assessment flow.lua
scenario "GET /api/v1/assessments/{id}" / reads.lua /api/v1/assessments/
[ "$PAGES" -eq 1 ] && scenario "GET /results/{id}" / reads.lua /results/

echo
echo "Load test: $DURATION per scenario (after $WARMUP warm-up), $CONNECTIONS connections, 2 wrk threads, H2 file database"
printf '%-30s %10s %10s %10s %10s %7s\n' scenario "req/s" p50 p99 requests errors
printf '%s\n' "${RESULTS[@]}"

sort -u "$WORK/ids-created.txt" "$WORK/ids-acked.txt" >"$WORK/ids-all.txt"
acked=$(wc -l <"$WORK/ids-acked.txt")
if report=$(python3 "$LIB/assessment_driver.py" verify-ids --base "$BASE" --ids "$WORK/ids-all.txt"); then
  echo "results: $(jq -r .acknowledged <<<"$report") acknowledged ($acked through the flow), all readable afterwards"
else
  FAILED=1
  echo "results: $(jq -r .missing <<<"$report") of $(jq -r .acknowledged <<<"$report") acknowledged results missing"
fi
stop_app
if [ "$FAILED" -ne 0 ]; then
  die "load test failed (work dir $WORK)"
fi
[ "$PAGES" -eq 0 ] && echo "note: page scenarios not run (--api-only)"
echo "load test: PASS"
rm -rf "$WORK"
