#!/usr/bin/env python3
"""Shows the throttling of a running app from outside (standard library only).

  throttle_check.py --base URL --user NAME --password PASSWORD [--attempts N] [--results N]

Client addresses are given in X-Forwarded-For, which the app takes from a trusted proxy only (the
check runs on the same machine, and loopback is a trusted proxy by default). Checks:
  1. an attacker address posting wrong passwords for NAME is refused with 429 and Retry-After
     before N attempts, and stays refused;
  2. meanwhile NAME signs in with the right password from another address;
  3. one address storing results (POST /api/v1/assessments) is refused with 429 and Retry-After
     before N results, and nothing more is stored for it;
  4. meanwhile another address stores a result.
Prints one line per check; exit status 1 if any fails.
"""
import argparse
import http.client
import json
import random
import re
import sys
import urllib.parse

CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
SESSION = re.compile(r"JSESSIONID=([^;]*)")


def connect(base):
    url = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)


def send(base, method, path, address, body=None, headers=None):
    conn = connect(base)
    all_headers = {"X-Forwarded-For": address}
    all_headers.update(headers or {})
    conn.request(method, path, body, all_headers)
    resp = conn.getresponse()
    data = resp.read().decode("utf-8", "replace")
    conn.close()
    return resp, data


def sign_in_form(base, address):
    resp, page = send(base, "GET", "/admin/sign-in", address)
    cookie = next(m.group(1) for m in map(SESSION.search, resp.headers.get_all("Set-Cookie") or []) if m)
    return cookie, CSRF.search(page).group(1)


def sign_in(base, address, cookie, token, user, password):
    body = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token})
    return send(base, "POST", "/admin/sign-in", address, body,
                {"Content-Type": "application/x-www-form-urlencoded", "Cookie": "JSESSIONID=" + cookie})[0]


def answers(base, rng):
    _, body = send(base, "GET", "/api/v1/questionnaire", "192.0.2.1")
    questions = [q for s in json.loads(body)["sections"] for q in s["questions"]]
    return {q["key"]: rng.choice(q["options"])["key"] for q in questions}


def store(base, address, rng):
    resp, _ = send(base, "POST", "/api/v1/assessments", address, json.dumps({"answers": answers(base, rng)}),
                   {"Content-Type": "application/json"})
    return resp


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--attempts", type=int, default=60)
    parser.add_argument("--results", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(7)
    failed = 0

    def report(ok, what):
        nonlocal failed
        print(("ok     " if ok else "FAILED ") + what)
        failed += 0 if ok else 1

    attacker, editor = "198.51.100.66", "203.0.113.20"
    cookie, token = sign_in_form(args.base, attacker)
    statuses, retry_after = [], None
    for i in range(args.attempts):
        resp = sign_in(args.base, attacker, cookie, token, args.user, "wrong password %d" % i)
        statuses.append(resp.status)
        if resp.status == 429:
            retry_after = retry_after or resp.getheader("Retry-After")
    first = statuses.index(429) if 429 in statuses else None
    report(first is not None and retry_after is not None and retry_after.isdigit(),
           "wrong passwords from one address: 429 from attempt %s on, Retry-After %s s" % (
               None if first is None else first + 1, retry_after))
    report(first is not None and all(s == 429 for s in statuses[first:]),
           "the attacker address stays refused (%d of the last %d attempts refused)" % (
               statuses[first:].count(429) if first is not None else 0, len(statuses) - (first or 0)))

    cookie, token = sign_in_form(args.base, editor)
    resp = sign_in(args.base, editor, cookie, token, args.user, args.password)
    location = resp.getheader("Location") or ""
    report(resp.status == 302 and location.endswith("/admin"),
           "%s signs in from another address meanwhile (%d to %s)" % (args.user, resp.status, location))

    flood, other = "198.51.100.77", "203.0.113.30"
    statuses, retry_after = [], None
    for _ in range(args.results):
        resp = store(args.base, flood, rng)
        statuses.append(resp.status)
        if resp.status == 429:
            retry_after = retry_after or resp.getheader("Retry-After")
    stored = statuses.count(201)
    report(429 in statuses and retry_after is not None and set(statuses) <= {201, 429},
           "results from one address: %d stored, then 429 (Retry-After %s s), %d refused" % (
               stored, retry_after, statuses.count(429)))
    resp = store(args.base, other, rng)
    report(resp.status == 201, "another address stores a result meanwhile (%d)" % resp.status)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
