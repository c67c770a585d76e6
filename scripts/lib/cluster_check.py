#!/usr/bin/env python3
"""Checks of several nodes behind one load balancer, for scripts/cluster-test.sh (standard library only).

  publish --base URL --nodes PORT,PORT,.. --user NAME --password PW [--visitors N]
      Visitors start the questionnaire through the load balancer and stop after step 2's page was
      shown; an editor signs in through it, changes a question's prompt, records a review (the
      About page's review date set to today: publishing refuses a review too old), looks at the
      preview and publishes, while every node is asked directly for the published version every 10 ms; then
      the visitors post the forms they were shown and finish. Fails when the editor is asked to
      sign in again or did not reach every node, when a node serves the new version more than a
      second after the publish was answered, or when a visitor gets anything but the expected
      redirects and a readable result. Prints the figures as JSON.
  nodes --log FILE --dead HOST:PORT --killed-at EPOCH
      Reads the load balancer's log (format: msec method status "upstream_addr" "upstream_status")
      and prints, before and after the kill, how many requests each node served, how many failed,
      and how many reached the dead node afterwards. Fails when the dead node served anything a
      second after the kill, or when any request failed then.
"""
import argparse
import html.parser
import http.client
import json
import random
import re
import sys
import threading
import time
import urllib.parse


class Form(html.parser.HTMLParser):
    """The fields of one form of a page: hidden and text inputs, textareas, checked boxes, radios."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.found = False
        self.fields = []
        self.radios = {}
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post" and (self.action is None or a.get("action") == self.action):
            if not self.found:
                self.inside = self.found = True
                self.action = a.get("action")
            return
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind == "radio":
                self.radios.setdefault(a["name"], []).append(a.get("value") or "")
                if "checked" in a:
                    self.fields.append((a["name"], a.get("value") or ""))
            elif kind == "checkbox":
                if "checked" in a:
                    self.fields.append((a["name"], a.get("value") or "on"))
            elif kind not in ("submit", "button", "image", "reset"):
                self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
            self.select_value = None
        elif tag == "option" and getattr(self, "select", None):
            if self.select_value is None or "selected" in a:
                self.select_value = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and getattr(self, "select", None):
            self.fields.append((self.select, self.select_value or ""))
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def parse_form(page, action=None):
    form = Form(action)
    form.feed(page)
    if not form.found:
        raise Check(f"no form posting to {action or 'anywhere'} on the page")
    return form


class Check(Exception):
    pass


class Client:
    """One browser: its own connection to the load balancer and, once signed in, its cookie."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or 80
        self.cookies = {}
        self.served_by = []

    def request(self, method, path, fields=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request(method, path, body, headers)
        resp = conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        conn.close()
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        node = resp.getheader("X-Crossroads-Node") or "?"
        self.served_by.append(node)
        return resp.status, resp.getheader("Location") or "", text, resp.headers.get_all("Set-Cookie") or []


def local_path(location):
    return urllib.parse.urlsplit(location).path + ("?" + urllib.parse.urlsplit(location).query if urllib.parse.urlsplit(location).query else "")


def published_version(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/api/v1/questionnaire")
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    if resp.status != 200:
        return None, b""
    return json.loads(body)["version"], body


# ----------------------------------------------------------------------------- visitors


class Visitor:
    """Answers through the load balancer as a browser would: GET each step, post the form it showed."""

    def __init__(self, base, questions, rng):
        self.client = Client(base)
        self.answers = {q["key"]: rng.choice(q["options"])["key"] for q in questions}
        self.page = None
        self.path = None

    def expect(self, status, location, text, cookies, want_status, want_location=None):
        if cookies:
            raise Check(f"a visitor was given a cookie: {cookies}")
        if status != want_status or (want_location and not re.search(want_location, location)):
            raise Check(f"visitor: answered {status} {location} where {want_status} {want_location or ''} was expected:"
                        f" {text[:300]!r}")

    def show(self, path):
        status, location, text, cookies = self.client.request("GET", path)
        self.expect(status, location, text, cookies, 200)
        self.page, self.path = text, path

    def post_shown_form(self, action, want_location):
        form = parse_form(self.page)
        fields = [f for f in form.fields if f[0] not in form.radios]
        for name in form.radios:
            if name in self.answers:
                fields.append((name, self.answers[name]))
        fields.append(("action", action))
        status, location, text, cookies = self.client.request("POST", form.action, fields)
        self.expect(status, location, text, cookies, 303, want_location)
        return local_path(location)

    def start(self):
        status, location, text, cookies = self.client.request("GET", "/assessment")
        self.expect(status, location, text, cookies, 303, r"/assessment/[^/]+/1$")
        self.show(local_path(location))
        self.show(self.post_shown_form("next", r"/2$"))

    def finish(self):
        self.show(self.post_shown_form("next", r"/3$"))
        result = self.post_shown_form("finish", r"/results/[^/]+$")
        status, location, text, cookies = self.client.request("GET", result)
        self.expect(status, location, text, cookies, 200)
        rid = result.rsplit("/", 1)[1]
        status, _, text, _ = self.client.request("GET", "/api/v1/assessments/" + rid)
        if status != 200:
            raise Check(f"the API does not find the visitor's result: {status}")
        return json.loads(text)["ruleSetVersion"]


# ----------------------------------------------------------------------------- editor


class Editor:
    def __init__(self, base):
        self.client = Client(base)

    def go(self, method, path, fields=None, want=200, want_location=None):
        status, location, text, _ = self.client.request(method, path, fields)
        if "/admin/sign-in" in location and not path.startswith("/admin/sign-in"):
            raise Check(f"the editor was asked to sign in again on {method} {path} (node {self.client.served_by[-1]})")
        if status != want or (want_location and not re.search(want_location, location)):
            raise Check(f"editor: {method} {path} answered {status} {location}: {text[:300]!r}")
        return location, text

    def sign_in(self, user, password):
        _, page = self.go("GET", "/admin/sign-in")
        form = parse_form(page)
        fields = [f for f in form.fields if f[0] not in ("username", "password")]
        fields += [("username", user), ("password", password)]
        self.go("POST", form.action, fields, want=302, want_location=r"/admin/?$")

    def edit_a_prompt(self, stamp):
        _, listing = self.go("GET", "/admin/questions")
        qid = re.search(r'href="/admin/questions/(\d+)"', listing).group(1)
        _, page = self.go("GET", f"/admin/questions/{qid}")
        form = parse_form(page, f"/admin/questions/{qid}")
        fields = [(k, v + " " + stamp if k == "prompt" else v) for k, v in form.fields]
        if not any(k == "prompt" for k, _ in fields):
            raise Check("no prompt field on the question's page")
        self.go("POST", form.action, fields, want=302, want_location=r"/admin/questions/\d+\?saved")

    def record_review(self):
        """Sets the About page's date of last review to today in the draft, as an editor does after a
        review: publishing refuses a draft whose review is older than crossroads.publish.review-months."""
        _, page = self.go("GET", "/admin/about")
        found = re.search(r'action="(/admin/about/\d+)"', page)
        if not found:
            raise Check("no form for the About page facts")
        form = parse_form(page, found.group(1))
        today = time.strftime("%Y-%m-%d", time.gmtime())
        fields = [(k, today if k == "lastReviewed" else v) for k, v in form.fields]
        if not any(k == "lastReviewed" for k, _ in fields):
            raise Check("no lastReviewed field on the About page")
        self.go("POST", form.action, fields, want=302, want_location=r"/admin/about\?saved")

    def publish(self, note):
        _, page = self.go("GET", "/admin/preview")
        form = parse_form(page, "/admin/publish")
        fields = [(k, note if k == "note" else v) for k, v in form.fields]
        location, _ = self.go("POST", form.action, fields, want=302, want_location=r"/admin/history\?published=\d+")
        return int(location.rsplit("=", 1)[1])


def publish(args):
    ports = [int(p) for p in args.nodes.split(",")]
    version, body = published_version(ports[0])
    questions = [q for s in json.loads(body)["sections"] for q in s["questions"]]
    rng = random.Random(args.seed)

    visitors = [Visitor(args.base, questions, rng) for _ in range(args.visitors)]
    for v in visitors:
        v.start()

    editor = Editor(args.base)
    editor.sign_in(args.user, args.password)
    for path in ("/admin", "/admin/questions", "/admin/history"):
        editor.go("GET", path)
    stamp = f"[checked {int(time.time())}]"
    editor.edit_a_prompt(stamp)
    editor.record_review()
    editor.go("GET", "/admin/preview/questionnaire")

    seen = {}
    stop = threading.Event()

    def poll(port):
        while not stop.is_set():
            v, text = published_version(port)
            if v is not None and v > version and stamp.encode() in text:
                seen[port] = time.monotonic()
                return
            time.sleep(0.01)

    pollers = [threading.Thread(target=poll, args=(p,)) for p in ports]
    for t in pollers:
        t.start()
    try:
        new_version = editor.publish("Checked on several nodes")
        answered = time.monotonic()
        for t in pollers:
            t.join(timeout=10)
    finally:
        stop.set()
    editor_nodes = sorted(set(editor.client.served_by))
    spans = [v.finish() for v in visitors]

    report = {
        "published": new_version,
        "propagation_ms": {str(p): (round((seen[p] - answered) * 1000) if p in seen else None) for p in ports},
        "editor_requests": len(editor.client.served_by),
        "editor_nodes": editor_nodes,
        "visitors_finished": len(spans),
        "visitor_result_versions": spans,
        "visitor_nodes": sorted({n for v in visitors for n in v.client.served_by}),
    }
    print(json.dumps(report))
    problems = []
    if new_version <= version:
        problems.append(f"published version {new_version} is not after {version}")
    for p in ports:
        ms = report["propagation_ms"][str(p)]
        if ms is None or ms > 1000:
            problems.append(f"node {p} served version {new_version} {ms} ms after the publish (limit 1000)")
    if len(editor_nodes) < len(ports):
        problems.append(f"the editor's requests reached only {editor_nodes}")
    if problems:
        raise Check("; ".join(problems))


# ----------------------------------------------------------------------------- the kill


def nodes(args):
    before, after = {}, {}
    failed_after = 0
    dead_after = 0
    dead_tried_after = 0
    grace = 1.0
    with open(args.log, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'(\S+) (\S+) (\d+) "([^"]*)" "([^"]*)"', line)
            if not m:
                continue
            at, status = float(m.group(1)), int(m.group(3))
            upstreams = [u.strip() for u in m.group(4).split(",")]
            final = upstreams[-1] if upstreams else "-"
            side = before if at < args.killed_at else after
            side[final] = side.get(final, 0) + 1
            if at >= args.killed_at + grace:
                if status >= 500:
                    failed_after += 1
                if final == args.dead:
                    dead_after += 1
                if args.dead in upstreams:
                    dead_tried_after += 1
    report = {
        "served_before_kill": before,
        "served_after_kill": after,
        "failed_1s_after_kill": failed_after,
        "served_by_dead_node_1s_after_kill": dead_after,
        "tried_on_dead_node_then_passed_on": dead_tried_after,
    }
    print(json.dumps(report))
    if dead_after or failed_after:
        raise Check(f"after the kill: {dead_after} answered by the dead node, {failed_after} failed")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("publish")
    p.add_argument("--base", required=True)
    p.add_argument("--nodes", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--visitors", type=int, default=6)
    p.add_argument("--seed", type=int, default=11)
    p = sub.add_parser("nodes")
    p.add_argument("--log", required=True)
    p.add_argument("--dead", required=True)
    p.add_argument("--killed-at", type=float, required=True)
    args = parser.parse_args()
    try:
        {"publish": publish, "nodes": nodes}[args.command](args)
    except Check as problem:
        print(f"FAIL: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
