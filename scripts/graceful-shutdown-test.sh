#!/usr/bin/env bash
# Graceful shutdown of the packaged app: SIGTERM while a request is in flight.
#
#   scripts/graceful-shutdown-test.sh [--port PORT]
#
# Starts target/crossroads-*.jar on a fresh H2 data dir on a free port, sends POST
# /api/v1/evaluations with a body of about 60 KB (valid answers padded with JSON whitespace, just
# under the 64 KB limit) at 6 KB/s, so the request is still being read ten seconds later, and sends
# the app SIGTERM two seconds in. Passes when:
#   - new connections are refused while that request is still in flight;
#   - the request completes with 200 and its evaluation;
#   - the app logs "Graceful shutdown complete" (not "aborted") and exits by itself with the JVM's
#     status after a SIGTERM whose shutdown hooks all finished: 143 (128 + 15).
# About 15 s on top of the app's start.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PORT=
while [ $# -gt 0 ]; do
  case $1 in
    --port) PORT=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: graceful-shutdown-test.sh [--port PORT])" ;;
  esac
  shift
done

find_jar >/dev/null
ensure_tools curl:curl jq:jq python3:python3
PORT=${PORT:-$(free_port)}
WORK=$(mktemp -d /tmp/crossroads-graceful.XXXXXX)
BASE="http://127.0.0.1:$PORT"
APP_PID= SLOW_PID=
trap 'stop_app; [ -z "$SLOW_PID" ] || kill "$SLOW_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/data"
log "starting the app on port $PORT (work dir $WORK)"
start_app "$PORT" "$WORK/app.log" --crossroads.data-dir="$WORK/data"
wait_healthy "$PORT" 180 || { tail -n 40 "$WORK/app.log" >&2; die "the app did not start"; }

# valid answers (each question's first option), then spaces up to 60000 bytes before the last brace
answers=$(curl -fs "$BASE/api/v1/questionnaire" \
  | jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}')
{ printf '%s' "${answers%\}}"; printf '%*s}' $((60000 - ${#answers})) ''; } >"$WORK/body.json"
[ "$(stat -c %s "$WORK/body.json")" -eq 60000 ] || die "the request body is not 60000 bytes"

# no "Expect: 100-continue": the headers go at once, the body at 6 KB/s
curl -s -o "$WORK/slow.out" -w '%{http_code}' -H 'Expect:' -H 'Content-Type: application/json' \
  --limit-rate 6k --data-binary @"$WORK/body.json" "$BASE/api/v1/evaluations" >"$WORK/slow.code" &
SLOW_PID=$!
sleep 2
kill -0 "$SLOW_PID" 2>/dev/null || die "the slow request ended before the SIGTERM: $(cat "$WORK/slow.code")"
log "SIGTERM to the app (pid $APP_PID) with a request in flight"
kill -TERM "$APP_PID"

refused=0
for ((i = 0; i < 40; i++)); do
  status=0
  curl -s -o /dev/null --max-time 2 "$BASE/readyz" || status=$?
  if [ "$status" -eq 7 ]; then refused=1; break; fi
  sleep 0.25
done
[ "$refused" -eq 1 ] || die "new connections were still accepted after the SIGTERM"
kill -0 "$SLOW_PID" 2>/dev/null || die "the slow request had already ended when new connections were refused"
log "new connections refused while the request goes on"

slow_status=0
wait "$SLOW_PID" || slow_status=$?
SLOW_PID=
code=$(cat "$WORK/slow.code")
[ "$slow_status" -eq 0 ] && [ "$code" = 200 ] \
  || die "the in-flight request did not complete: curl exit $slow_status, HTTP $code"
jq -e '.outcome' "$WORK/slow.out" >/dev/null || die "the in-flight request answered 200 without an evaluation"
log "the in-flight request completed: 200, outcome $(jq -r .outcome "$WORK/slow.out")"

# spring.lifecycle.timeout-per-shutdown-phase is 20 s; then the context closes
for ((i = 0; i < 80; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
kill -0 "$APP_PID" 2>/dev/null && die "the app was still running 40 s after the SIGTERM"
exit_status=0
wait "$APP_PID" || exit_status=$?
APP_PID=
[ "$exit_status" -eq 143 ] || { tail -n 40 "$WORK/app.log" >&2; die "the app exited with $exit_status, not 143"; }
grep -q "Graceful shutdown complete" "$WORK/app.log" || die "no 'Graceful shutdown complete' in the log"
! grep -q "Graceful shutdown aborted" "$WORK/app.log" || die "the graceful shutdown was aborted"
log "PASS: the app finished the request in flight, refused new connections and exited by itself ($exit_status)"
