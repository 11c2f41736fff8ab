#!/usr/bin/env bash
# Waits until the demonstration data of a server that loads it has loaded (or failed), reading the server log
# from the given byte offset on: prints "ready" or "failed" and the seconds waited; "off" at once for a server
# without the demonstration. Usage: await-demo.sh LOG OFFSET DEMO(true|false) [TIMEOUT_S]
set -uo pipefail
log=${1:?log}; offset=${2:?offset}; demo=${3:?demo}; timeout=${4:-600}
[ "$demo" = "true" ] || { echo off; exit 0; }
waited=0
while [ "$waited" -lt "$timeout" ]; do
  size=$(stat -c %s "$log" 2>/dev/null || echo 0)
  from=$(( size < offset ? 1 : offset + 1 ))
  text=$(tail -c +"$from" "$log" 2>/dev/null)
  if grep -q "OCOP demonstration ready" <<<"$text"; then echo "ready $waited"; exit 0; fi
  if grep -q "THE DEMONSTRATION DATA WAS NOT LOADED" <<<"$text"; then echo "failed $waited"; exit 1; fi
  sleep 1; waited=$(( waited + 1 ))
done
echo "timeout $waited"; exit 1
