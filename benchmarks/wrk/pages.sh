#!/usr/bin/env bash
# Loads one page of a running Guichet as a signed-in user makes it, with wrk, and prints wrk's report.
#
#   benchmarks/wrk/pages.sh <host:port> <email> <password> <path> [seconds] [connections]
#   benchmarks/wrk/pages.sh helpdesk.localhost:8080 agent@helpdesk.demo demo /claims
#   benchmarks/wrk/pages.sh helpdesk.localhost:8080 customer@helpdesk.demo demo /claims/my
#
# It signs in through Keycloak for real (the portal's sign-in redirects, the realm's login form, the way back), keeps
# the session cookie, checks that the page answers 200 with that cookie, then runs `wrk -t2 -c<connections>` for the
# given time with it. wrk connects to 127.0.0.1 and sends the host name as the Host header.
set -euo pipefail
host=${1:?host:port}; email=${2:?email}; password=${3:?password}; path=${4:?path}
seconds=${5:-30}; connections=${6:-10}
jar=$(mktemp); trap 'rm -f "$jar" "$jar.page"' EXIT

# The portal sends the visitor to Keycloak's login form; the form's action carries the session of the sign-in.
curl -s -L -c "$jar" -b "$jar" -o "$jar.page" "http://$host$path"
action=$(grep -o 'action="[^"]*"' "$jar.page" | head -n 1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
[ -n "$action" ] || { echo "no sign-in form at http://$host$path" >&2; exit 1; }
status=$(curl -s -L -c "$jar" -b "$jar" -o "$jar.page" -w '%{http_code}' \
    --data-urlencode "username=$email" --data-urlencode "password=$password" "$action")
[ "$status" = 200 ] || { echo "signing in answered $status" >&2; exit 1; }
cookie=$(awk '$6 == "GUICHET_SESSION" { print $7 }' "$jar" | tail -n 1)
[ -n "$cookie" ] || { echo "no GUICHET_SESSION cookie after signing in" >&2; exit 1; }
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: GUICHET_SESSION=$cookie" "http://$host$path")
[ "$check" = 200 ] || { echo "$path answered $check with the session" >&2; exit 1; }

echo "# wrk -t2 -c$connections -d${seconds}s http://$host$path as $email (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
# wrk resolves no *.localhost name: it connects to the loopback address and names the host in the Host header.
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Host: $host" -H "Cookie: GUICHET_SESSION=$cookie" \
    "http://127.0.0.1:${host##*:}$path"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
