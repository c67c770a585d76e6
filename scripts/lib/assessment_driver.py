#!/usr/bin/env python3
"""Drives and checks stored assessments over the JSON API (standard library only).

  drive  --base URL --out FILE [--threads N] [--max-seconds S] [--with-form]
         POSTs random valid answer sets to /api/v1/assessments from N threads and appends one JSON
         line per acknowledged result (201 fully received) to FILE. With --with-form, every other
         thread goes through the visitor form instead (GET /assessment, 303 to a draft; POST of
         step 1 with every answer, 303; POST finish of step 3) and counts the 303 to /results/{id}
         as the acknowledgement. Stops by itself once the server stops answering
         (the crash test kills it) or after S seconds. With --gateway-errors-lost, a 502, 503 or
         504 (a load balancer whose node died mid-request) counts as lost, not as refused: it was
         never acknowledged.
  verify --base URL --acked FILE
         GETs every acknowledged id and compares outcome, scores and criteria with the 201 body.
         Exit status 1 if any is missing or differs.
  rows   --acked FILE --rows CSV --required N
         Checks rows read from the database (id,answers,criteria,score): every acknowledged result
         has exactly the answers it was sent and the criteria it reported, and no stored result at
         all is half-stored (fewer answers than required questions, or a score without criteria).
  create --base URL --count N --out FILE
         Stores N results and writes their ids, one a line (for read scenarios).
  verify-ids --base URL --ids FILE
         GETs every id (one a line) from the API; exit status 1 if any is missing.
"""
import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse


def connect(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)


def questionnaire(base):
    conn = connect(base)
    conn.request("GET", "/api/v1/questionnaire")
    resp = conn.getresponse()
    body = resp.read()
    if resp.status != 200:
        raise SystemExit(f"GET /api/v1/questionnaire answered {resp.status}")
    questions = [q for s in json.loads(body)["sections"] for q in s["questions"]]
    conn.close()
    return questions


def random_answers(questions, rng):
    answers = {}
    for q in questions:
        if q["required"] or rng.random() < 0.7:
            answers[q["key"]] = rng.choice(q["options"])["key"]
    return answers


def summary(body, answers_sent):
    return {
        "id": body["id"],
        "outcome": body["outcome"],
        "scores": body["scores"],
        "criteria": [c["code"] for c in body["matchedCriteria"]],
        "answers": answers_sent,
    }


def form_finish(conn, answers):
    """The visitor form over its draft: a fresh draft id, every answer posted on step 1, finish on
    step 3. Answers the last response (its body unread) or the first that is not the expected 303."""
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    conn.request("GET", "/assessment")
    resp = conn.getresponse()
    resp.read()
    step1 = resp.getheader("Location") or ""
    if resp.status != 303 or not step1.endswith("/1"):
        return resp
    draft = step1[: -len("/1")]
    conn.request("POST", step1, urllib.parse.urlencode({"action": "next", **answers}), form)
    resp = conn.getresponse()
    if resp.status != 303 or resp.getheader("Location") != draft + "/2":
        return resp
    resp.read()
    conn.request("POST", draft + "/3", urllib.parse.urlencode({"action": "finish", **answers}), form)
    return conn.getresponse()


def drive(args):
    questions = questionnaire(args.base)
    lock = threading.Lock()
    stop = threading.Event()
    counts = {"acked": 0, "refused": 0, "errors": 0, "lost": 0}
    deadline = time.monotonic() + args.max_seconds
    out = open(args.out, "a", encoding="utf-8")

    def worker(seed, form):
        rng = random.Random(seed)
        conn = connect(args.base)
        while not stop.is_set() and time.monotonic() < deadline:
            answers = random_answers(questions, rng)
            try:
                if form:
                    resp = form_finish(conn, answers)
                else:
                    conn.request("POST", "/api/v1/assessments", json.dumps({"answers": answers}),
                                 {"Content-Type": "application/json"})
                    resp = conn.getresponse()
                body = resp.read()
            except (OSError, http.client.HTTPException):
                # The server is gone (killed): whatever was in flight was never acknowledged.
                with lock:
                    counts["errors"] += 1
                stop.set()
                break
            location = resp.getheader("Location") or ""
            if form and resp.status == 303 and "/results/" in location:
                rid = location.rsplit("/results/", 1)[1]
                line = json.dumps({"id": rid, "outcome": None, "answers": len(answers), "via": "form"})
                with lock:
                    out.write(line + "\n")
                    out.flush()
                    counts["acked"] += 1
            elif not form and resp.status == 201:
                line = json.dumps(summary(json.loads(body), len(answers)))
                with lock:
                    out.write(line + "\n")
                    out.flush()
                    counts["acked"] += 1
            elif args.gateway_errors_lost and resp.status in (502, 503, 504):
                with lock:
                    counts["lost"] += 1
            else:
                with lock:
                    counts["refused"] += 1
                print(f"unexpected status {resp.status}: {body[:200]!r}", file=sys.stderr)
        conn.close()

    threads = [threading.Thread(target=worker, args=(args.seed * 1000 + i, args.with_form and i % 2 == 1))
               for i in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.close()
    print(json.dumps(counts))
    return 0 if counts["refused"] == 0 else 1


def load_acked(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def verify(args):
    acked = load_acked(args.acked)
    missing, differ = [], []
    lock = threading.Lock()
    chunks = [acked[i::args.threads] for i in range(args.threads)]

    def worker(records):
        conn = connect(args.base)
        for rec in records:
            conn.request("GET", "/api/v1/assessments/" + rec["id"])
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                with lock:
                    missing.append((rec["id"], resp.status))
                continue
            got = json.loads(body)
            if rec["outcome"] is None:
                continue  # acknowledged by the form's redirect: readable is what was promised
            if (got["outcome"], got["scores"], [c["code"] for c in got["matchedCriteria"]]) != (
                    rec["outcome"], rec["scores"], rec["criteria"]):
                with lock:
                    differ.append(rec["id"])
        conn.close()

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for rid, status in missing[:10]:
        print(f"MISSING {rid} (GET answered {status})", file=sys.stderr)
    for rid in differ[:10]:
        print(f"DIFFERS {rid}", file=sys.stderr)
    print(json.dumps({"acknowledged": len(acked), "readable": len(acked) - len(missing),
                      "missing": len(missing), "differ": len(differ)}))
    return 0 if not missing and not differ else 1


def rows(args):
    stored = {}
    with open(args.rows, encoding="utf-8") as f:
        for line in f:
            line = line.strip().replace('"', "")
            if not line or line.lower().startswith("id,"):
                continue
            rid, answers, criteria, score = line.split(",")
            stored[rid] = (int(answers), int(criteria), int(score))
    problems, lost = [], []
    for rid, (answers, criteria, score) in stored.items():
        if answers < args.required:
            problems.append(f"{rid}: {answers} answers, fewer than the {args.required} required")
        if score > 0 and criteria == 0:
            problems.append(f"{rid}: a score of {score} but no criteria")
    for rec in load_acked(args.acked):
        row = stored.get(rec["id"])
        if row is None:
            lost.append(rec["id"])
        elif row[0] != rec["answers"] or ("criteria" in rec and row[1] != len(rec["criteria"])):
            problems.append(f"{rec['id']}: {row[0]} answers/{row[1]} criteria stored, "
                            f"{rec['answers']}/{len(rec.get('criteria', []))} acknowledged")
    for p in problems[:10]:
        print("HALF-STORED " + p, file=sys.stderr)
    for rid in lost[:10]:
        print(f"LOST {rid}: acknowledged, but no row", file=sys.stderr)
    print(json.dumps({"rows": len(stored), "lost": len(lost), "problems": len(problems)}))
    return 0 if not problems and not lost else 1


def create(args):
    questions = questionnaire(args.base)
    rng = random.Random(args.seed)
    conn = connect(args.base)
    with open(args.out, "w", encoding="utf-8") as out:
        for _ in range(args.count):
            conn.request("POST", "/api/v1/assessments", json.dumps({"answers": random_answers(questions, rng)}),
                         {"Content-Type": "application/json"})
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 201:
                raise SystemExit(f"POST /api/v1/assessments answered {resp.status}")
            out.write(json.loads(body)["id"] + "\n")
    conn.close()
    return 0


def verify_ids(args):
    with open(args.ids, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    missing = []
    lock = threading.Lock()

    def worker(chunk):
        conn = connect(args.base)
        for rid in chunk:
            conn.request("GET", "/api/v1/assessments/" + rid)
            resp = conn.getresponse()
            resp.read()
            if resp.status != 200:
                with lock:
                    missing.append((rid, resp.status))
        conn.close()

    threads = [threading.Thread(target=worker, args=(ids[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for rid, status in missing[:10]:
        print(f"MISSING {rid} (GET answered {status})", file=sys.stderr)
    print(json.dumps({"acknowledged": len(ids), "readable": len(ids) - len(missing), "missing": len(missing)}))
    return 0 if not missing else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("drive")
    p.add_argument("--base", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--max-seconds", type=float, default=60)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--with-form", action="store_true")
    p.add_argument("--gateway-errors-lost", action="store_true")
    p = sub.add_parser("verify")
    p.add_argument("--base", required=True)
    p.add_argument("--acked", required=True)
    p.add_argument("--threads", type=int, default=4)
    p = sub.add_parser("rows")
    p.add_argument("--acked", required=True)
    p.add_argument("--rows", required=True)
    p.add_argument("--required", type=int, required=True)
    p = sub.add_parser("create")
    p.add_argument("--base", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=7)
    p = sub.add_parser("verify-ids")
    p.add_argument("--base", required=True)
    p.add_argument("--ids", required=True)
    args = parser.parse_args()
    return {"drive": drive, "verify": verify, "rows": rows, "create": create,
            "verify-ids": verify_ids}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
