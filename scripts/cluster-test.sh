#!/usr/bin/env bash
# Proves that several nodes on one PostgreSQL behind nginx behave as one site.
#
#   scripts/cluster-test.sh [--nodes 3] [--port 8160]
#
# Starts the set-up of scripts/cluster.sh (the packaged jar; build it first) on a fresh database,
# with the daily purges firing every 20 s on every node at the same moment, then:
#   1. purge:   expired and young results and audit entries are written straight to the database;
#   2. publish: visitors start the questionnaire through nginx; an editor signs in through nginx,
#               edits, previews and publishes while requests rotate over all nodes, never asked to
#               sign in again; each node is asked directly until it serves the new version (limit
#               1 s); the visitors post the forms they were shown before the publish and finish;
#   3. purge:   each run happened on one node only, and exactly the expired rows are gone;
#   4. kill:    results are stored through nginx (API and form) and one node gets SIGKILL mid-load:
#               every acknowledged result is readable afterwards, the other nodes go on answering
#               and nginx stops sending to the dead node.
# Prints the figures and ends with PASS, or fails naming what broke. Environment: CLUSTER_TEST_DB
# (default crossroads_cluster_test) names the database, dropped afterwards.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/cluster.sh"

NODES=3 PORT=${CLUSTER_TEST_PORT:-8160}
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) NODES=$2; shift ;;
    --port) PORT=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: cluster-test.sh [--nodes N] [--port PORT])" ;;
  esac
  shift
done
[ "$NODES" -ge 2 ] || die "a cluster test needs at least 2 nodes"

ensure_tools curl:curl jq:jq python3:python3
LIB="$CROSSROADS_ROOT/scripts/lib"
CLUSTER_WORK=$(mktemp -d /tmp/crossroads-cluster-test.XXXXXX)
CLUSTER_DB=${CLUSTER_TEST_DB:-crossroads_cluster_test}
EDITOR_PASSWORD=$(random_password)
PURGE_EVERY=20
trap 'cluster_stop; cluster_drop_database' EXIT

STARTED=$SECONDS
CROSSROADS_ADMIN_USERNAME=editor CROSSROADS_ADMIN_PASSWORD=$EDITOR_PASSWORD \
  cluster_start "$NODES" "$PORT" --crossroads.rate-limit.enabled=false --crossroads.retention-purge-cron="*/$PURGE_EVERY * * * * *"
log "$NODES nodes and nginx ready in $((SECONDS - STARTED)) s at $CLUSTER_URL"
NODE_PORTS=$(IFS=,; echo "${CLUSTER_APP_PORTS[*]}")

sql() { su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -Atq -d $CLUSTER_DB" <<<"$1"; }

# ------------------------------------------------------------------ 1. rows for the purge
EXPIRED_RESULTS=40 KEPT_RESULTS=15 EXPIRED_AUDIT=30 KEPT_AUDIT=10
PURGE_DATA_AT=$(date +%s.%N)
sql "
INSERT INTO assessment_result (id, outcome, therapy_score, coaching_score, rule_set_version, created_at)
  SELECT 'purge-' || g || '-' || md5(random()::text), 'THERAPY', 3, 0, 1,
         now() - CASE WHEN g <= $EXPIRED_RESULTS THEN interval '31 days' ELSE interval '29 days' END - g * interval '1 second'
  FROM generate_series(1, $((EXPIRED_RESULTS + KEPT_RESULTS))) g;
INSERT INTO result_answer (result_id, question_key, option_key)
  SELECT id, 'trauma', 'yes' FROM assessment_result WHERE id LIKE 'purge-%';
INSERT INTO result_criterion (result_id, position, criterion_code)
  SELECT id, 0, 'therapy.trauma' FROM assessment_result WHERE id LIKE 'purge-%';
INSERT INTO audit_event (occurred_at, actor, kind, subject)
  SELECT now() - CASE WHEN g <= $EXPIRED_AUDIT THEN interval '401 days' ELSE interval '399 days' END,
         'cluster-test', 'EDIT', 'purge check'
  FROM generate_series(1, $((EXPIRED_AUDIT + KEPT_AUDIT))) g;"

# ------------------------------------------------------------------ 2. publish across the nodes
python3 "$LIB/cluster_check.py" publish --base "$CLUSTER_URL" --nodes "$NODE_PORTS" \
  --user editor --password "$EDITOR_PASSWORD" >"$CLUSTER_WORK/publish.json" \
  || die "publishing across the nodes failed (logs in $CLUSTER_WORK)"
PUBLISH=$(cat "$CLUSTER_WORK/publish.json")

# ------------------------------------------------------------------ 3. the purge ran once
expired_left() {
  sql "SELECT (SELECT COUNT(*) FROM assessment_result WHERE created_at < now() - interval '30 days')
            + (SELECT COUNT(*) FROM audit_event WHERE occurred_at < now() - interval '400 days')"
}
for ((i = 0; i < (PURGE_EVERY + 15) * 2; i++)); do
  [ "$(expired_left)" = 0 ] && break
  sleep 0.5
done
[ "$(expired_left)" = 0 ] || die "expired rows are still there $((PURGE_EVERY + 15)) s after they were written"
sleep 1 # the purge's log line follows its last batch
kept=$(sql "SELECT (SELECT COUNT(*) FROM assessment_result WHERE id LIKE 'purge-%') || ' '
  || (SELECT COUNT(*) FROM result_answer WHERE result_id LIKE 'purge-%') || ' '
  || (SELECT COUNT(*) FROM audit_event WHERE actor = 'cluster-test')")
[ "$kept" = "$KEPT_RESULTS $KEPT_RESULTS $KEPT_AUDIT" ] \
  || die "after the purge: results, their answers, audit entries = $kept; expected $KEPT_RESULTS $KEPT_RESULTS $KEPT_AUDIT"
PURGE=$(python3 - "$PURGE_DATA_AT" "$PURGE_EVERY" "$CLUSTER_WORK"/node*.log <<'PY'
import json, re, sys
from datetime import datetime
since, every, logs = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
runs = {}  # (job, slot) -> [(node, removed)]
for node, path in enumerate(logs, 1):
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"(\S+)\s.*(Retention|Audit) purge removed (\d+)", line)
        if not m:
            continue
        at = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).timestamp()
        runs.setdefault((m.group(2), int(at // every)), []).append((node, int(m.group(3)), at))
twice = {f"{job} {slot * every}": r for (job, slot), r in runs.items() if len(r) > 1}
after = lambda job: sum(n for (j, _), r in runs.items() if j == job for _, n, at in r if at >= since)
print(json.dumps({"runs": len(runs), "runs_on_two_nodes": len(twice), "nodes_that_ran": sorted({n for r in runs.values() for n, _, _ in r}),
                  "results_removed": after("Retention"), "audit_removed": after("Audit"), "twice": twice}))
PY
)
[ "$(jq -r .runs_on_two_nodes <<<"$PURGE")" = 0 ] || die "a purge ran on two nodes at once: $PURGE"
[ "$(jq -r .results_removed <<<"$PURGE")" = "$EXPIRED_RESULTS" ] && [ "$(jq -r .audit_removed <<<"$PURGE")" = "$EXPIRED_AUDIT" ] \
  || die "the purges removed other than the $EXPIRED_RESULTS expired results and $EXPIRED_AUDIT audit entries: $PURGE"

# ------------------------------------------------------------------ 4. kill -9 of one node under load
ACKED="$CLUSTER_WORK/acked.jsonl"
: >"$ACKED"
python3 "$LIB/assessment_driver.py" drive --base "$CLUSTER_URL" --out "$ACKED" --threads 6 --max-seconds 12 \
  --seed 5 --with-form --gateway-errors-lost >"$CLUSTER_WORK/drive.json" 2>"$CLUSTER_WORK/drive.err" &
DRIVER_PID=$!
for ((i = 0; i < 300; i++)); do
  [ "$(wc -l <"$ACKED")" -ge 30 ] && break
  sleep 0.1
done
sleep 1
DEAD=2
ACKED_BEFORE_KILL=$(wc -l <"$ACKED")
KILLED_AT=$(date +%s.%N)
cluster_kill_node "$DEAD"
log "node $DEAD (port ${CLUSTER_APP_PORTS[DEAD - 1]}) killed with SIGKILL after $ACKED_BEFORE_KILL acknowledged results"
wait "$DRIVER_PID" || { cat "$CLUSTER_WORK/drive.err" >&2; die "the load was refused (see above)"; }
DRIVE=$(cat "$CLUSTER_WORK/drive.json")
VERIFY=$(python3 "$LIB/assessment_driver.py" verify --base "$CLUSTER_URL" --acked "$ACKED" 2>"$CLUSTER_WORK/verify.err") \
  || { cat "$CLUSTER_WORK/verify.err" >&2; die "acknowledged results are missing after the kill"; }
sleep 0.5 # nginx writes its log line after the response
NODES_REPORT=$(python3 "$LIB/cluster_check.py" nodes --log "$CLUSTER_WORK/nginx-access.log" \
  --dead "127.0.0.1:${CLUSTER_APP_PORTS[DEAD - 1]}" --killed-at "$KILLED_AT") \
  || die "nginx went on sending to the dead node or requests failed after the kill: $NODES_REPORT"

# ------------------------------------------------------------------ figures
echo "publish:  version $(jq -r .published <<<"$PUBLISH"); new version served by each node, ms after the publish was answered:" \
  "$(jq -c .propagation_ms <<<"$PUBLISH"); editor requests $(jq -r .editor_requests <<<"$PUBLISH") over nodes" \
  "$(jq -c .editor_nodes <<<"$PUBLISH"); visitors spanning the publish finished $(jq -r .visitors_finished <<<"$PUBLISH")" \
  "(result versions $(jq -c .visitor_result_versions <<<"$PUBLISH"))"
echo "purge:    $(jq -r .runs <<<"$PURGE") runs in 20 s slots, none on two nodes (ran on nodes $(jq -c .nodes_that_ran <<<"$PURGE"));" \
  "removed $(jq -r .results_removed <<<"$PURGE") of $EXPIRED_RESULTS expired results and $(jq -r .audit_removed <<<"$PURGE")" \
  "of $EXPIRED_AUDIT expired audit entries; kept $KEPT_RESULTS young results and $KEPT_AUDIT young entries"
echo "kill:     acknowledged $(jq -r .acked <<<"$DRIVE") results ($ACKED_BEFORE_KILL before the kill), readable afterwards" \
  "$(jq -r .readable <<<"$VERIFY"); lost in flight (502, never acknowledged) $(jq -r .lost <<<"$DRIVE")"
echo "nodes:    served before the kill $(jq -c .served_before_kill <<<"$NODES_REPORT"), after $(jq -c .served_after_kill <<<"$NODES_REPORT");" \
  "failed 1 s after the kill $(jq -r .failed_1s_after_kill <<<"$NODES_REPORT"); dead node tried and passed on" \
  "$(jq -r .tried_on_dead_node_then_passed_on <<<"$NODES_REPORT") times"
[ "$(jq -r .readable <<<"$VERIFY")" = "$(jq -r .acked <<<"$DRIVE")" ] || die "not every acknowledged result is readable"
echo "cluster test: PASS ($NODES nodes, $((SECONDS - STARTED)) s)"
