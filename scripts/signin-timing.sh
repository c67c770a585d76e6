#!/usr/bin/env bash
# Does the time a failed sign-in takes tell an unknown user from a locked account?
# Usage: scripts/signin-timing.sh BASE_URL USERNAME PASSWORD [N]
#   against a running app whose account USERNAME has password PASSWORD. The first five wrong
#   guesses lock that account for 15 minutes (that is the point: it then measures the locked case).
# Prints the median time of N interleaved attempts each: unknown user, locked account with a
# wrong password, locked account with the right password. All three must be refused alike.
set -euo pipefail
base=${1:?BASE_URL}; user=${2:?USERNAME}; right=${3:?PASSWORD}; n=${4:-40}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

attempt() { # username password -> "seconds redirect-url"
  local jar="$work/jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/admin/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w '%{time_total} %{redirect_url}\n' -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "_csrf=$token" "$base/admin/sign-in"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for i in $(seq 5); do attempt "$user" "wrong guess $i" > /dev/null; done
for i in $(seq "$n"); do
  attempt "nobody-$RANDOM-$i" "guess $i" >> "$work/unknown"
  attempt "$user" "guess $i" >> "$work/wrong"
  attempt "$user" "$right" >> "$work/right"
done
if grep -qv 'sign-in?error$' "$work/unknown" "$work/wrong" "$work/right"; then
  echo "FAIL: an attempt was not refused with the common message" >&2; exit 1
fi
printf 'median of %s: unknown user %s s, locked + wrong password %s s, locked + right password %s s\n' "$n" \
  "$(cut -d' ' -f1 "$work/unknown" | median)" "$(cut -d' ' -f1 "$work/wrong" | median)" "$(cut -d' ' -f1 "$work/right" | median)"
