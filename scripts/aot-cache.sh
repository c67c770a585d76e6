#!/usr/bin/env bash
# A faster, smaller production start of the packaged jar: extracted layout, a class cache made by
# a training run, and JVM flags for a small node.
#
#   scripts/aot-cache.sh [build] [--java17] [--port PORT]   builds target/tuned/ from the jar
#   scripts/aot-cache.sh run [APP ARGS...]                   starts it (in the foreground)
#   scripts/aot-cache.sh measure [--runs N] [--duration 10s] [--port PORT]
#                                                            default start against tuned start
#
# build: extracts target/crossroads-*.jar (java -Djarmode=tools ... extract) into target/tuned/app,
# then starts it once on a throwaway H2 data dir, sends a few requests (home, a questionnaire step,
# the evaluation API, the stylesheet, the health check) and stops it; the JVM writes at exit what
# it loaded into a cache. With a JDK 25 (JAVA_HOME, else /usr/lib/jvm/*25*) that is the AOT cache
# (-XX:AOTCacheOutput, classes loaded and linked plus method profiles); otherwise, or with
# --java17, the java on the PATH (17 or later) writes a class-data sharing archive
# (-XX:ArchiveClassesAtExit). The cache only fits the JVM and the jar it was made with: rebuild
# after every package. target/tuned/java names the JVM that run must use.
#
# run: that JVM with the cache, TUNED_JVM_FLAGS (below) and CROSSROADS_JAVA_OPTS (default
# -Xmx512m; set it to change the heap), on the extracted jar; app arguments pass through, e.g.
#   scripts/aot-cache.sh run --crossroads.data-dir=/srv/crossroads --server.port=8080
#
# measure: starts the default (java -jar with CROSSROADS_JAVA_OPTS) and the tuned start on fresh
# H2 dirs, each --runs times (default 2), and prints per run "Started ... in X s", the time until
# /readyz answers UP, RSS after start and after --duration of wrk (2 threads, 32
# connections) on GET / and then POST /api/v1/evaluations, the load's req/s, then the medians
# and the tuned/default ratios. Needs a built target/tuned/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Chosen by measurement on a 2-CPU node (docs/performance.md): the serial collector (no
# concurrent GC threads and their remembered sets), a heap that starts small and grows on demand,
# only the C1 compiler (no C2 threads and arenas; on 2 busy CPUs it reached full speed sooner),
# smaller thread stacks, a bounded code cache, a heap given back when load drops (free ratios),
# two malloc arenas instead of one per thread, and Tomcat threads sized to a small machine instead
# of 200. Kept out of application.properties so the default start is unchanged.
TUNED_JVM_FLAGS=(-XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1
  -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
TUNED_APP_ARGS=(--server.tomcat.threads.max=32)
# CROSSROADS_TUNED_FLAGS replaces the JVM flags above (build and run must use the same ones).
# shellcheck disable=SC2206
[ -n "${CROSSROADS_TUNED_FLAGS:-}" ] && TUNED_JVM_FLAGS=($CROSSROADS_TUNED_FLAGS)

TUNED=${CROSSROADS_TUNED_DIR:-$CROSSROADS_ROOT/target/tuned}
[[ $TUNED = /* ]] || TUNED=$PWD/$TUNED
CMD=build
case ${1:-} in
  build|run|measure) CMD=$1; shift ;;
esac

# java_major JAVA: the feature version of a java binary (17, 25, ...), 0 if it does not run.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' \
    | grep -E '^[0-9]+$' || echo 0
}

# pick_java [--java17]: a JDK 25 or later for the AOT cache if there is one, else java on the PATH.
pick_java() {
  local candidate
  if [ "${1:-}" != --java17 ]; then
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | sort -V -r); do
      if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ]; then
        echo "$candidate"; return 0
      fi
    done
  fi
  candidate=$(command -v java) || die "no java on the PATH"
  [ "$(java_major "$candidate")" -ge 17 ] || die "$candidate is older than Java 17"
  echo "$candidate"
}

# cache_flags JAVA MODE: the JVM options that use (MODE=use) or write (MODE=write) the cache.
cache_flags() {
  local java=$1 mode=$2
  if [ "$(java_major "$java")" -ge 25 ]; then
    [ "$mode" = write ] && echo "-XX:AOTCacheOutput=$TUNED/app.aot" || echo "-XX:AOTCache=$TUNED/app.aot"
  else
    [ "$mode" = write ] && echo "-XX:ArchiveClassesAtExit=$TUNED/app.jsa" || echo "-XX:SharedArchiveFile=$TUNED/app.jsa"
  fi
}

tuned_jar() {
  local jar
  jar=$(ls "$TUNED"/app/crossroads-*.jar 2>/dev/null | head -n1)
  [ -n "$jar" ] && [ -f "$TUNED/java" ] || die "no tuned start in $TUNED: build it with scripts/aot-cache.sh"
  echo "$jar"
}

# start_tuned PORT LOGFILE [ARGS...]: like start_app (common.sh), for the tuned start.
start_tuned() {
  local port=$1 logfile=$2 java jar; shift 2
  jar=$(tuned_jar); java=$(cat "$TUNED/java")
  # shellcheck disable=SC2086,SC2046
  "$java" $(cache_flags "$java" use) "${TUNED_JVM_FLAGS[@]}" ${CROSSROADS_JAVA_OPTS:--Xmx512m} -jar "$jar" \
    "${TUNED_APP_ARGS[@]}" --server.port="$port" --server.address=127.0.0.1 $(management_port_arg "$@") "$@" \
    >>"$logfile" 2>&1 &
  APP_PID=$!
}

build() {
  local port=${AOT_PORT:-8151} java17= java jar work
  while [ $# -gt 0 ]; do
    case $1 in
      --java17) java17=--java17 ;;
      --port) port=$2; shift ;;
      *) die "unknown argument $1 (usage: aot-cache.sh [build] [--java17] [--port PORT])" ;;
    esac
    shift
  done
  jar=$(find_jar)
  java=$(pick_java $java17)
  rm -rf "$TUNED"
  mkdir -p "$TUNED"
  log "extracting $(basename "$jar") into $TUNED/app"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$TUNED/app" >/dev/null \
    || die "could not extract $jar"
  work=$(mktemp -d /tmp/crossroads-aot.XXXXXX)
  mkdir -p "$work/data"
  log "training run with $java (Java $(java_major "$java")) on the throwaway data dir $work/data"
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    die "port $port is already in use; choose another with --port"
  fi
  # Never real data: no SPRING_*/CROSSROADS_* variable (a datasource, a profile) reaches the
  # training run, and it runs in the work dir, away from any application.properties beside the jar.
  # shellcheck disable=SC2046
  (cd "$work" && exec env $(env | awk -F= '/^(SPRING|CROSSROADS)_/ {print "-u", $1}') \
  "$java" $(cache_flags "$java" write) "${TUNED_JVM_FLAGS[@]}" ${CROSSROADS_JAVA_OPTS:--Xmx512m} \
    -jar "$TUNED/app/$(basename "$jar")" "${TUNED_APP_ARGS[@]}" --server.port="$port" \
    --server.address=127.0.0.1 --management.server.port=0 --crossroads.data-dir="$work/data" \
    >"$work/training.log" 2>&1) &
  APP_PID=$!
  trap 'stop_app; rm -rf "$work"' EXIT
  wait_healthy "$port" 300 || { tail -n 40 "$work/training.log" >&2; die "the training run did not start"; }
  train_requests "http://127.0.0.1:$port"
  log "stopping the training run; the JVM writes the cache as it exits (up to a minute)"
  # not stop_app: its SIGKILL after 30 s would cut the cache short
  kill "$APP_PID"
  wait "$APP_PID" || true
  APP_PID=
  grep -v '^\[.*\]\[warning\]\[\(aot\|cds\)\]' "$work/training.log" | grep -iE 'error|AOTCache creation|dynamic archive' >&2 || true
  [ -s "$TUNED/app.aot" ] || [ -s "$TUNED/app.jsa" ] \
    || { tail -n 40 "$work/training.log" >&2; die "the training run wrote no cache"; }
  echo "$java" >"$TUNED/java"
  rm -rf "$work"
  trap - EXIT
  log "built $TUNED ($(du -sh "$TUNED" | cut -f1)); start it with: scripts/aot-cache.sh run [--crossroads.data-dir=...]"
}

# train_requests BASE: the requests of a visit, so their classes are in the cache too.
train_requests() {
  local base=$1 step body i
  for i in 1 2 3; do
    curl -fs -o /dev/null "$base/" || die "training: GET / failed"
    step=$(curl -fs -o /dev/null -w '%{redirect_url}' "$base/assessment") || die "training: GET /assessment failed"
    curl -fs -o /dev/null "$step" || die "training: GET $step failed"
    curl -fs -o /dev/null "$base/css/site.css" || true
    curl -fs -o /dev/null "$base/api/v1/questionnaire" || die "training: GET /api/v1/questionnaire failed"
    body=$(curl -fs "$base/api/v1/questionnaire" \
      | jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}')
    curl -fs -o /dev/null -H 'Content-Type: application/json' -d "$body" "$base/api/v1/evaluations" \
      || die "training: POST /api/v1/evaluations failed"
    curl -s -o /dev/null "$base/no-such-page" || true
    curl -fs -o /dev/null "$base/readyz" || true
  done
}

run() {
  local jar java
  jar=$(tuned_jar); java=$(cat "$TUNED/java")
  [ -x "$java" ] || die "$java (the JVM the cache was made with) is gone: rebuild with scripts/aot-cache.sh"
  # shellcheck disable=SC2086,SC2046
  exec "$java" $(cache_flags "$java" use) "${TUNED_JVM_FLAGS[@]}" ${CROSSROADS_JAVA_OPTS:--Xmx512m} \
    -jar "$jar" "${TUNED_APP_ARGS[@]}" "$@"
}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
  local runs=2 duration=10s port=${AOT_PORT:-8152}
  while [ $# -gt 0 ]; do
    case $1 in
      --runs) runs=$2; shift ;;
      --duration) duration=$2; shift ;;
      --port) port=$2; shift ;;
      *) die "unknown argument $1 (usage: aot-cache.sh measure [--runs N] [--duration 10s] [--port PORT])" ;;
    esac
    shift
  done
  find_jar >/dev/null; tuned_jar >/dev/null
  ensure_tools wrk:wrk curl:curl jq:jq
  local work base="http://127.0.0.1:$port" kind run t0 started health rss1 rss2 rps_home rps_api
  work=$(mktemp -d /tmp/crossroads-measure.XXXXXX)
  APP_PID=
  trap 'stop_app' EXIT
  export WRK_LIB="$CROSSROADS_ROOT/scripts/lib/wrk" WRK_BODY_FILE="$work/body.json"
  echo "load before: $(uptime | sed 's/.*load average/load average/')"
  printf '%-8s %-4s %10s %10s %10s %10s %10s %10s\n' start run started-s health-s rss-start rss-load \
    "GET / r/s" "POST r/s"
  for run in $(seq 1 "$runs"); do
    for kind in default tuned; do
      rm -rf "$work/data"; mkdir -p "$work/data"
      : >"$work/app.log"
      t0=$(date +%s.%N)
      if [ "$kind" = default ]; then
        start_app "$port" "$work/app.log" --crossroads.data-dir="$work/data" --crossroads.rate-limit.enabled=false
      else
        start_tuned "$port" "$work/app.log" --crossroads.data-dir="$work/data" --crossroads.rate-limit.enabled=false
      fi
      # a fine-grained wait_healthy: the figure is the time until the first UP answer
      until curl -fs "$base/readyz" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$work/app.log" >&2; die "$kind start failed"; }
        sleep 0.05
      done
      health=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
      started=$(grep -o 'Started CrossroadsApplication in [0-9.]* seconds' "$work/app.log" | awk '{ print $4 }')
      sleep 2 # let the start settle before reading memory
      rss1=$(rss_mib "$APP_PID")
      [ -s "$work/body.json" ] || curl -fs "$base/api/v1/questionnaire" \
        | jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}' >"$work/body.json"
      rps_home=$(wrk -t2 -c32 -d"$duration" "$base/" | awk '/^Requests\/sec/ {print $2}')
      rps_api=$(wrk -t2 -c32 -d"$duration" -s "$WRK_LIB/evaluations.lua" "$base/api/v1/evaluations" \
        | awk '/^Requests\/sec/ {print $2}')
      rss2=$(rss_mib "$APP_PID")
      stop_app
      printf '%-8s %-4s %10s %10s %10s %10s %10s %10s\n' "$kind" "$run" "$started" "$health" "$rss1" "$rss2" \
        "$rps_home" "$rps_api" | tee -a "$work/rows.txt"
    done
  done
  echo "load after: $(uptime | sed 's/.*load average/load average/')"
  echo
  echo "median of $runs run(s); RSS in MiB; tuned = $(cat "$TUNED/java") $(cache_flags "$(cat "$TUNED/java")" use | sed 's/=.*//') ${TUNED_JVM_FLAGS[*]} ${TUNED_APP_ARGS[*]}; both ${CROSSROADS_JAVA_OPTS:--Xmx512m}"
  local col name d t
  printf '%-22s %10s %10s %8s\n' figure default tuned ratio
  for col in 3:started-s 4:health-s 5:rss-start 6:rss-load 7:GET-/-req/s 8:POST-req/s; do
    name=${col#*:}; col=${col%%:*}
    d=$(awk -v c="$col" '$1 == "default" {print $c}' "$work/rows.txt" | median)
    t=$(awk -v c="$col" '$1 == "tuned" {print $c}' "$work/rows.txt" | median)
    printf '%-22s %10s %10s %7s%%\n' "$name" "$d" "$t" "$(awk -v d="$d" -v t="$t" 'BEGIN { printf "%.0f", 100 * t / d }')"
  done
  rm -rf "$work"
}

"$CMD" "$@"
