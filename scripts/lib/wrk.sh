# The wrk scenario shared by load-test.sh and bench.sh. Source it after setting LIB (scripts/lib),
# BASE, WORK, CONNECTIONS, DURATION and WARMUP; it appends a line per scenario to RESULTS, keeps
# the figures in RPS, P50 and P99 (by name, p50/p99 in ms) and sets FAILED=1 on any error.
declare -gA RPS=() P50=() P99=()

# ms LATENCY: wrk's "1.09s" / "717.28ms" / "850.00us" in milliseconds.
ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'
}

# scenario NAME PATH [LUA] [READ_PREFIX]: warm up, then measure; appends a line to RESULTS.
# With WARMUP_ONLY=1 it warms up only.
scenario() {
  local name=$1 path=$2 script=${3:-} prefix=${4:-} out args=()
  [ -n "$script" ] && args=(-s "$LIB/wrk/$script")
  export WRK_READ_PREFIX=$prefix
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "${args[@]}" "$BASE$path" >"$WORK/warmup.txt" 2>&1 || true
  [ "${WARMUP_ONLY:-0}" = 1 ] && return 0
  log "running: $name for $DURATION with $CONNECTIONS connections"
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "${args[@]}" "$BASE$path" 2>&1) \
    || { echo "$out" >&2; die "wrk failed on $name"; }
  echo "$out" >"$WORK/wrk-${name//[^A-Za-z0-9]/_}.txt"
  local rps p50 p99 total non2xx sockets unexpected
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' <<<"$out")
  sockets=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  unexpected=$(awk '/^UNEXPECTED/ {print $2}' <<<"$out")
  local errors=$(( ${non2xx:-0} + ${sockets:-0} + ${unexpected:-0} ))
  RPS[$name]=$rps P50[$name]=$(ms "$p50") P99[$name]=$(ms "$p99")
  RESULTS+=("$(printf '%-30s %10s %10s %10s %10s %7s' "$name" "$rps" "$p50" "$p99" "$total" "$errors")")
  if [ "$errors" -ne 0 ]; then
    FAILED=1
    log "FAIL: $name: non-2xx/3xx ${non2xx:-0}, socket errors ${sockets:-0}, unexpected answers ${unexpected:-0}"
  fi
}

