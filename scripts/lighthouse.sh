#!/usr/bin/env bash
# Lighthouse on the packaged jar, at mobile and desktop settings, on home, step 1, a result page,
# the comparison and about. Builds nothing: it runs target/crossroads-*.jar on a free port with a
# fresh H2 directory, stores one result through the JSON API, and audits the pages with headless
# Chromium. Prints a table of the scores and the audits that failed, and fails unless:
#   accessibility and best practices are 100 on home, step 1, the result and the comparison;
#   SEO is 100 on home, step 1, the comparison and about (a result is noindex on purpose).
#
#   bash scripts/lighthouse.sh [--port N] [--keep]     (--keep: leave the JSON reports in target/lighthouse)
#
# Settings (environment): CHROME_PATH (default /usr/bin/chromium); LIGHTHOUSE_PREFIX, where the
# pinned npm lighthouse is installed when missing (default ~/.cache/crossroads-lighthouse/<version>).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CROSSROADS_ROOT"

LIGHTHOUSE_VERSION=12.8.2 # the last line that runs on Node 20 (13.x needs Node 22.19)
LIGHTHOUSE_PREFIX=${LIGHTHOUSE_PREFIX:-$HOME/.cache/crossroads-lighthouse/$LIGHTHOUSE_VERSION}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=""
KEEP=0
while [ $# -gt 0 ]; do
  case $1 in
    --port) PORT=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) die "unknown argument $1 (see the head of $0)" ;;
  esac
done

JAR=$(find_jar)
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for lighthouse"
[ -x "$CHROME_PATH" ] || die "no Chromium at $CHROME_PATH (bash scripts/install-browser.sh, or set CHROME_PATH)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/crossroads-lighthouse.XXXXXX")
APP_PID=""
cleanup() {
  local status=$?
  set +e
  if [ "$status" -ne 0 ] && [ -f "$WORK/app.log" ]; then
    log "last lines of the app log:"; tail -n 40 "$WORK/app.log" >&2
  fi
  stop_app
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the pinned lighthouse, installed once per version
LIGHTHOUSE="$LIGHTHOUSE_PREFIX/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ]; then
  log "installing npm lighthouse@$LIGHTHOUSE_VERSION into $LIGHTHOUSE_PREFIX"
  mkdir -p "$LIGHTHOUSE_PREFIX"
  npm install --prefix "$LIGHTHOUSE_PREFIX" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
log "lighthouse $("$LIGHTHOUSE" --version), $("$CHROME_PATH" --version 2>/dev/null | head -n 1)"

if [ -z "$PORT" ]; then
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
fi
log "starting $JAR on port $PORT, data directory $WORK/data"
start_app "$PORT" "$WORK/app.log" --crossroads.data-dir="$WORK/data"
wait_healthy "$PORT" 420 || die "the app did not become healthy within 420 s"
BASE="http://127.0.0.1:$PORT"

# one stored result (THERAPY: daily life severely affected), its page is audited like the others
ANSWERS='{"answers":{"daily-functioning":"severely","phq2-interest":"several-days","phq2-mood":"not-at-all",
"gad2-nervous":"several-days","gad2-worry":"not-at-all","self-harm":"not-at-all","diagnosed-condition":"not-sure",
"grief-addiction":"no","trauma":"not-sure","understand-why":"somewhat","focus":"both","feeling-stuck":"somewhat",
"growth-goal":"no","performance":"no","accountability":"somewhat","documentation":"no"}}'
RESULT_ID=$(curl -fsS -X POST -H 'Content-Type: application/json' --data "$ANSWERS" "$BASE/api/v1/assessments" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') || die "could not store a result through the API"
log "stored result $RESULT_ID"

# name path: the pages audited
PAGES=("home /" "step1 /assessment" "result /results/$RESULT_ID" "compare /compare" "about /about")
CHROME_FLAGS="--headless=new --disable-gpu --no-first-run --disable-dev-shm-usage"
[ "$(id -u)" -ne 0 ] || CHROME_FLAGS+=" --no-sandbox"

for entry in "${PAGES[@]}"; do
  read -r name path <<<"$entry"
  for form in mobile desktop; do
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    log "lighthouse $form $path"
    "$LIGHTHOUSE" "$BASE$path" "${preset[@]}" --only-categories=accessibility,best-practices,seo \
      --chrome-flags="$CHROME_FLAGS" --output=json --output-path="$WORK/$name-$form.json" --quiet \
      || die "lighthouse failed on $path ($form)"
  done
done

if [ "$KEEP" = 1 ]; then
  mkdir -p target/lighthouse
  cp "$WORK"/*.json target/lighthouse/
  log "JSON reports kept in target/lighthouse"
fi

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
pages = ["home", "step1", "result", "compare", "about"]
categories = [("accessibility", "a11y"), ("best-practices", "best-pr."), ("seo", "seo")]
# what must be 100, per category
required = {
    "accessibility": {"home", "step1", "result", "compare"},
    "best-practices": {"home", "step1", "result", "compare"},
    "seo": {"home", "step1", "compare", "about"},
}
failures, notes = [], []
print()
print(f"{'page':<9} {'form':<8}" + "".join(f"{short:>10}" for _, short in categories))
for page in pages:
    for form in ["mobile", "desktop"]:
        report = json.load(open(f"{work}/{page}-{form}.json"))
        cells = []
        for cat, short in categories:
            c = report["categories"][cat]
            score = None if c["score"] is None else round(c["score"] * 100)
            cells.append(f"{'-' if score is None else score:>10}")
            failed = [ref["id"] for ref in c["auditRefs"] if ref.get("weight", 0) > 0
                      and report["audits"][ref["id"]]["score"] is not None and report["audits"][ref["id"]]["score"] < 1]
            if page in required[cat] and score != 100:
                failures.append(f"{page} {form} {cat} {score}: {', '.join(failed) or 'no scored audit failed'}")
            elif failed:
                notes.append(f"{page} {form} {cat} {score} (not checked): {', '.join(failed)}")
        print(f"{page:<9} {form:<8}" + "".join(cells))
print()
for n in notes:
    print("  note:", n)
for f in failures:
    print("  FAILED:", f)
if failures:
    sys.exit(1)
print("lighthouse: every checked score is 100")
PY
