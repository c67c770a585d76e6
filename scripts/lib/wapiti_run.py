#!/usr/bin/python3
"""Runs Debian's wapiti 3.0.4 with one fix: its URL exclusion (-x) builds a regular expression
with the flags at the end, which Python 3.11 refuses, so any -x crashes the scan. Same arguments
as wapiti; run with the Python that wapiti's own script uses (/usr/bin/python3)."""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
