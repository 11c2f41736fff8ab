#!/usr/bin/env bash
# Waits until the portal answers its health check, and says so; stops at once when the server log shows that the
# deployment failed. Usage:
#   health-check.sh URL [TIMEOUT_S] [SERVER_LOG]
# e.g. health-check.sh https://ocop.hanoi.gov.vn/ocop/api/v1/health 300 /opt/wildfly/standalone/log/server.log
# The answer is {"status":"UP","schemaVersion":"N"}: the database answers, at the schema version N (the latest
# migration's). For a certificate curl does not trust yet (a test's), CURL_CA_BUNDLE=/path/ca.pem.
set -uo pipefail
url=${1:?health URL}; timeout=${2:-300}; log=${3:-}
offset=0; [ -n "$log" ] && offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
waited=0
while [ "$waited" -lt "$timeout" ]; do
  answer=$(curl -s --max-time 10 "$url" 2>/dev/null)
  if [[ "$answer" == *'"status":"UP"'* ]]; then echo "$answer (after $waited s)"; exit 0; fi
  if [ -n "$log" ] && tail -c +"$(( offset + 1 ))" "$log" 2>/dev/null \
      | grep -m 3 -E 'WFLYCTL0013|WFLYSRV0021|WFLYCTL0186|Exception while loading the app|Exception while deploying the app' >&2; then
    echo "The deployment failed: see $log" >&2; exit 1
  fi
  sleep 2; waited=$(( waited + 2 ))
done
echo "No health answer from $url within $timeout s (last answer: ${answer:-none}); see the server log" >&2
exit 1
