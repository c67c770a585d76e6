#!/bin/bash
# The container's health check, without curl or wget (the JRE image has neither): one HTTP/1.0 GET
# over bash's /dev/tcp; healthy when the answer's status is 200.
#
#   ready.sh [PORT] [PATH]    defaults: 8080 /readyz
exec 3<>"/dev/tcp/127.0.0.1/${1:-8080}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${2:-/readyz}" >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ $status =~ ^HTTP/1\.[01]\ 200 ]]
