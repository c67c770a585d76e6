#!/usr/bin/env bash
# Does the time a failed sign-in takes tell an unknown user from an account with a wrong password?
# Usage: scripts/signin-timing.sh BASE_URL USERNAME [N]
#   against a running app that has an account USERNAME, started with
#   --crossroads.rate-limit.enabled=false: with the limits on, all but the first few attempts from
#   this one address are answered 429 before any password is checked, which is nothing to time.
# Prints the median time of N interleaved attempts each: unknown user, USERNAME with a wrong
# password. Both must be refused alike.
set -euo pipefail
base=${1:?BASE_URL}; user=${2:?USERNAME}; n=${3:-40}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

attempt() { # username password -> "seconds status redirect-url"
  local jar="$work/jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/admin/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w '%{time_total} %{http_code} %{redirect_url}\n' -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "_csrf=$token" "$base/admin/sign-in"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for i in $(seq "$n"); do
  attempt "nobody-$RANDOM-$i" "guess $i" >> "$work/unknown"
  attempt "$user" "guess $i" >> "$work/wrong"
done
if grep -q ' 429 ' "$work/unknown" "$work/wrong"; then
  echo "FAIL: throttled (429): start the app with --crossroads.rate-limit.enabled=false" >&2; exit 1
fi
if grep -qv 'sign-in?error$' "$work/unknown" "$work/wrong"; then
  echo "FAIL: an attempt was not refused with the common message" >&2; exit 1
fi
printf 'median of %s: unknown user %s s, wrong password %s s\n' "$n" \
  "$(cut -d' ' -f1 "$work/unknown" | median)" "$(cut -d' ' -f1 "$work/wrong" | median)"
