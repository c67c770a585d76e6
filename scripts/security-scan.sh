#!/usr/bin/env bash
# Security scan of the packaged app with wapiti and sqlmap (Debian packages, installed if missing).
#
#   scripts/security-scan.sh [--port PORT] [--skip-admin] [--api-only] [--quick]
#
# Starts target/crossroads-*.jar on a fresh H2 data dir with a generated admin password, then:
#   1. wapiti on the visitor pages (everything but /admin);
#   2. wapiti on the admin area with a signed-in session (curl signs in, wapiti gets the cookie);
#   3. sqlmap (batch) on POST /api/v1/evaluations (JSON body), GET /api/v1/assessments/{id} and
#      the visitor form POST /assessment/{draft}/1 (its fields and the draft id in the path);
#   4. throttling (scripts/lib/throttle_check.py): wrong passwords from one address end in 429 while
#      the admin signs in from another; a flood of results from one address is refused, not another's.
# wapiti modules: sql, blindsql, xss, permanentxss, exec, file, crlf, csrf, csp, http_headers,
# cookieflags, redirect, methods. Fails on any finding of SQL injection, XSS, command execution,
# path traversal, CRLF injection or open redirect, on any 500 wapiti provokes, and on any
# injection point sqlmap finds. Other findings (headers, CSP, cookies, CSRF) are printed.
# --skip-admin: no admin scan (a build without sign-in); --api-only: also no visitor form (a build
# without the visitor pages); --quick: shorter time limits.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PORT=${SCAN_PORT:-8143} SKIP_ADMIN=0 API_ONLY=0 ATTACK_TIME=15 SCAN_TIME=150
while [ $# -gt 0 ]; do
  case $1 in
    --port) PORT=$2; shift ;;
    --skip-admin) SKIP_ADMIN=1 ;;
    --api-only) API_ONLY=1 SKIP_ADMIN=1 ;;
    --quick) ATTACK_TIME=6 SCAN_TIME=60 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done

find_jar >/dev/null
ensure_tools wapiti:wapiti sqlmap:sqlmap curl:curl jq:jq python3:python3
LIB="$CROSSROADS_ROOT/scripts/lib"
WORK=$(mktemp -d /tmp/crossroads-scan.XXXXXX)
BASE="http://127.0.0.1:$PORT"
ADMIN_USER=scan-admin
ADMIN_PASSWORD=$(random_password)
APP_PID=
trap 'stop_app' EXIT

mkdir -p "$WORK/data"
log "starting the app on port $PORT (work dir $WORK)"
start_app "$PORT" "$WORK/app.log" --crossroads.data-dir="$WORK/data" \
  --crossroads.admin.username="$ADMIN_USER" --crossroads.admin.password="$ADMIN_PASSWORD"
wait_healthy "$PORT" 180 || { tail -n 40 "$WORK/app.log" >&2; die "the app did not start"; }

# A few stored results, so result pages and the API have something to show and attack.
# wapiti gets the first and may delete it (it submits forms, the delete confirmation's too); sqlmap
# gets the second, which nothing deletes.
python3 "$LIB/assessment_driver.py" create --base "$BASE" --count 5 --out "$WORK/ids.txt"
RESULT_ID=$(sed -n 1p "$WORK/ids.txt")
KEPT_RESULT_ID=$(sed -n 2p "$WORK/ids.txt")

MODULES=sql,blindsql,xss,permanentxss,exec,file,crlf,csrf,csp,http_headers,cookieflags,redirect,methods
FAIL_CATEGORIES='["SQL Injection","Blind SQL Injection","Cross Site Scripting","Command execution","Path Traversal","CRLF Injection","Open Redirect"]'
FAILED=0

# wapiti_scan NAME URL [ARGS...]: runs wapiti into $WORK/wapiti-NAME.json and judges the report.
wapiti_scan() {
  local name=$1 url=$2; shift 2
  local report="$WORK/wapiti-$name.json"
  log "wapiti ($name) on $url"
  timeout $((SCAN_TIME + 14 * ATTACK_TIME + 120)) /usr/bin/python3 "$LIB/wapiti_run.py" -u "$url" -m "$MODULES" --flush-session \
    --store-session "$WORK/wapiti-session-$name" --store-config "$WORK/wapiti-config-$name" \
    -d 3 --max-links-per-page 40 --max-files-per-dir 25 --max-scan-time "$SCAN_TIME" --max-attack-time "$ATTACK_TIME" -t 10 \
    --no-bugreport -v 0 -f json -o "$report" "$@" >"$WORK/wapiti-$name.log" 2>&1 \
    || { tail -n 30 "$WORK/wapiti-$name.log" >&2; die "wapiti ($name) did not finish"; }
  [ -s "$report" ] || die "wapiti ($name) wrote no report"
  local crawled
  crawled=$(/usr/bin/python3 - "$WORK/wapiti-session-$name" <<'PY' 2>/dev/null || echo '?'
import glob, sqlite3, sys
db = sqlite3.connect(glob.glob(sys.argv[1] + "/*.db")[0])
print(db.execute("SELECT COUNT(DISTINCT method || ' ' || path) FROM paths WHERE evil = 0").fetchone()[0])
PY
)
  echo "wapiti ($name): $crawled distinct requests crawled and attacked with $MODULES"
  jq -r '(.vulnerabilities + .anomalies) | to_entries[] | select((.value | length) > 0)
         | "  \(.key): \(.value | length)"' "$report"
  local bad
  bad=$(jq --argjson fail "$FAIL_CATEGORIES" \
    '[.vulnerabilities | to_entries[] | select(.key as $k | $fail | index($k)) | .value[]] | length' "$report")
  local errors
  errors=$(jq '[.anomalies["Internal Server Error"] // [] | .[]] | length' "$report")
  if [ "$bad" -ne 0 ] || [ "$errors" -ne 0 ]; then
    FAILED=1
    log "FAIL: wapiti ($name): $bad injection/XSS/execution/traversal/redirect finding(s), $errors internal error(s)"
    jq -r --argjson fail "$FAIL_CATEGORIES" '(.vulnerabilities | to_entries[] | select(.key as $k | $fail | index($k)))
      , (.anomalies | to_entries[] | select(.key == "Internal Server Error"))
      | .key as $k | .value[] | "    \($k): \(.method) \(.path) \(.info)"' "$report" >&2
  else
    echo "  no injection, XSS, command execution, file disclosure, CRLF or open redirect finding; no 500"
  fi
}

wapiti_scan visitor "$BASE/" --scope folder -x "$BASE/admin*" -x "$BASE/actuator*" \
  -s "$BASE/assessment" -s "$BASE/results/$RESULT_ID" -s "$BASE/compare" -s "$BASE/about" -s "$BASE/privacy" \
  -s "$BASE/api/v1/questionnaire" -s "$BASE/api/v1/assessments/$RESULT_ID"

if [ "$SKIP_ADMIN" -eq 0 ]; then
  # Sign in as a browser would: the sign-in page's CSRF token, then the form post.
  JAR="$WORK/cookies.txt"
  signin_page=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/admin/sign-in") || die "GET /admin/sign-in failed"
  csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$signin_page" | sed 's/.*value="\([^"]*\)"/\1/' | head -n1)
  [ -n "$csrf" ] || csrf=$(grep -o 'value="[^"]*"[^>]*name="_csrf"' <<<"$signin_page" | sed 's/value="\([^"]*\)".*/\1/' | head -n1)
  [ -n "$csrf" ] || die "no CSRF token on /admin/sign-in"
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
    --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/admin/sign-in")
  case $status in
    30[23]\ *sign-in*) die "sign-in refused ($status)" ;;
    30[23]\ *) ;;
    *) die "sign-in answered $status" ;;
  esac
  session=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -n1)
  [ -n "$session" ] || die "no session cookie after sign-in"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$BASE/admin")" = 200 ] \
    || die "the signed-in session cannot open /admin"
  log "signed in as $ADMIN_USER"
  wapiti_scan admin "$BASE/admin" --scope folder -H "Cookie: JSESSIONID=$session" \
    -x "$BASE/admin/sign-out*" -x "$BASE/admin/sign-in*" -s "$BASE/admin/insights"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$BASE/admin")" = 200 ] \
    || { FAILED=1; log "FAIL: the admin session ended during the scan, so part of the admin area was not attacked"; }
fi

# sqlmap_scan NAME ARGS...: batch run; fails if any injection point is identified.
sqlmap_scan() {
  local name=$1; shift
  log "sqlmap ($name)"
  timeout 600 sqlmap --batch --disable-coloring --flush-session --output-dir="$WORK/sqlmap-$name" \
    --level 2 --risk 1 --technique=BEUT --time-sec 2 --threads 2 "$@" >"$WORK/sqlmap-$name.log" 2>&1 || true
  if grep -q "identified the following injection point" "$WORK/sqlmap-$name.log"; then
    FAILED=1
    log "FAIL: sqlmap ($name) found an injection point"
    sed -n '/identified the following injection point/,/^---$/p' "$WORK/sqlmap-$name.log" >&2
  elif grep -qE "do not appear to be injectable|parameter '.*' does not seem to be injectable" "$WORK/sqlmap-$name.log"; then
    echo "sqlmap ($name): $(grep -c "does not seem to be injectable" "$WORK/sqlmap-$name.log") parameter(s) tested, no injection point"
  else
    FAILED=1
    tail -n 20 "$WORK/sqlmap-$name.log" >&2
    log "FAIL: sqlmap ($name) did not complete its tests"
  fi
}

# Every answer is handled alike: a sample of them is marked (*) for sqlmap, to keep the run short.
BODY=$(curl -fs "$BASE/api/v1/questionnaire" \
  | jq -c '{answers: ([.sections[].questions[] | {(.key): .options[0].key}] | add)}' \
  | sed -E 's/("(daily-functioning|self-harm|focus|documentation)":"[^"]*)"/\1*"/g')
sqlmap_scan evaluations -u "$BASE/api/v1/evaluations" --method POST --data "$BODY" \
  -H "Content-Type: application/json"
sqlmap_scan result-id -u "$BASE/api/v1/assessments/${KEPT_RESULT_ID}*"
if [ "$API_ONLY" -eq 1 ]; then
  echo "note: visitor form not scanned (--api-only)"
elif [ "$(curl -sL -o /dev/null -w '%{http_code}' "$BASE/assessment")" = 200 ]; then
  FORM=$(curl -fs "$BASE/api/v1/questionnaire" \
    | jq -r '"action=next&" + ([.sections[].questions[] | "\(.key)=\(.options[0].key)"] | join("&"))')
  # a step posts to its draft's address; a fresh draft id from the start redirect
  DRAFT=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/assessment" | sed -E 's|.*/assessment/([^/]+)/1$|\1|')
  sqlmap_scan form -u "$BASE/assessment/${DRAFT}*/1" --method POST --data "$FORM" -p "action,self-harm,focus,documentation"
else
  FAILED=1
  log "FAIL: GET /assessment is not there: the visitor form cannot be scanned"
fi

# Throttling seen from outside: an attacker address cannot keep the admin out, and a flood of
# stored results from one address is refused while another address stores fine.
log "throttling (addresses in X-Forwarded-For, from loopback, a trusted proxy)"
python3 "$LIB/throttle_check.py" --base "$BASE" --user "$ADMIN_USER" --password "$ADMIN_PASSWORD" \
  || { FAILED=1; log "FAIL: throttling"; }

stop_app
if grep -qE '^\s+at (org|java)\.' "$WORK/app.log"; then
  log "note: the app logged stack traces during the scan (see $WORK/app.log)"
fi
[ "$FAILED" -eq 0 ] || die "security scan found problems (reports in $WORK)"
echo "security scan: PASS (reports were in $WORK)"
[ -n "${KEEP_REPORTS:-}" ] || rm -rf "$WORK"
