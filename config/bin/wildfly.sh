#!/usr/bin/env bash
# Prepares and runs a WildFly server for OCOP; the WildFly counterpart of payara.sh. Subcommands:
#   install ZIP DIR               unpack a fresh server from the wildfly-dist zip into DIR (emptied)
#   configure HOME h2|postgresql  apply the config/wildfly scripts to the stopped server (offline)
#   unconfigure HOME              apply the remove-*.cli scripts (offline): the server as it was
#   run HOME EAR                  start, deploy the EAR, print the address, wait for Ctrl-C, stop
# Environment: OCOP_DB_URL, OCOP_DB_USER (sa), OCOP_DB_PASSWORD (ocop), OCOP_DB_POOL_MAX (32),
# OCOP_DB_OWNER_USER, OCOP_DB_OWNER_PASSWORD (PostgreSQL: the schema owner's datasource, for the migrations),
# OCOP_DEMO (false), OCOP_BODY (01, the code of the body the server runs for), OCOP_JDBC_DRIVER (postgresql jar, for postgresql), OCOP_HEAP (1g),
# OCOP_TRUSTED_PROXIES (none: the reverse proxies whose X-Forwarded-For is believed, comma-separated),
# OCOP_PUBLIC_URL (the address printed on certificates; unset: a production server refuses to issue).
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
scripts="$here/../wildfly"

cmd=${1:?subcommand}
shift
: "${OCOP_DB_USER:=sa}" "${OCOP_DB_PASSWORD:=ocop}" "${OCOP_DB_POOL_MAX:=32}" "${OCOP_DEMO:=false}" "${OCOP_BODY:=01}" "${OCOP_HEAP:=1g}" "${OCOP_TRUSTED_PROXIES:=none}"
export JAVA_OPTS="-Xms128m -Xmx$OCOP_HEAP -XX:+UseStringDeduplication -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -XX:ReservedCodeCacheSize=128m -XX:G1PeriodicGCInterval=10000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true"

case "$cmd" in
  install)
    zip=${1:?zip}; dir=${2:?dir}
    rm -rf "$dir"; mkdir -p "$dir"
    unzip -q "$zip" -d "$dir"
    mv "$dir"/wildfly-* "$dir/wildfly"
    echo "WildFly unpacked into $dir/wildfly"
    ;;
  configure)
    home=${1:?wildfly home}; db=${2:?h2 or postgresql}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    {
      echo "ocop.db.url=${OCOP_DB_URL:?OCOP_DB_URL}"
      echo "ocop.db.user=$OCOP_DB_USER"
      echo "ocop.db.password=$OCOP_DB_PASSWORD"
      echo "ocop.db.pool.max=$OCOP_DB_POOL_MAX"
      echo "ocop.db.owner.user=${OCOP_DB_OWNER_USER:-}"
      echo "ocop.db.owner.password=${OCOP_DB_OWNER_PASSWORD:-}"
      echo "ocop.setup.demo=$OCOP_DEMO"
      echo "ocop.setup.trusted-proxies=$OCOP_TRUSTED_PROXIES"
      echo "ocop.setup.public-url=${OCOP_PUBLIC_URL:-}"
      echo "ocop.setup.body=$OCOP_BODY"
      echo "ocop.jdbc.driver=${OCOP_JDBC_DRIVER:-}"
    } | sed 's/\\/\\\\/g' > "$work/ocop.properties"
    {
      echo "embed-server --server-config=standalone.xml --std-out=discard"
      cat "$scripts/security.cli" "$scripts/system-properties.cli" "$scripts/logging.cli" "$scripts/datasource-$db.cli"
      if [ "$db" = postgresql ] && [ -n "${OCOP_DB_OWNER_USER:-}" ]; then cat "$scripts/datasource-postgresql-owner.cli"; fi
      if [ -n "${OCOP_PUBLIC_URL:-}" ]; then cat "$scripts/public-url.cli"; fi
      echo "stop-embedded-server"
    } > "$work/configure.cli"
    "$home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$work/ocop.properties" --file="$work/configure.cli"
    echo "WildFly at $home configured for $db"
    ;;
  unconfigure)
    home=${1:?wildfly home}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    {
      echo "embed-server --server-config=standalone.xml --std-out=discard"
      cat "$scripts/remove-datasource.cli" "$scripts/remove-logging.cli" "$scripts/remove-system-properties.cli" \
          "$scripts/remove-security.cli"
      echo "stop-embedded-server"
    } > "$work/unconfigure.cli"
    "$home/bin/jboss-cli.sh" --file="$work/unconfigure.cli"
    echo "WildFly at $home: OCOP configuration removed"
    ;;
  run)
    home=${1:?wildfly home}; ear=${2:?ear}
    started=$(date +%s)
    "$home/bin/standalone.sh" > "$home/standalone/log/console.log" 2>&1 &
    server=$!
    stop() { echo; echo "Stopping WildFly…"; "$home/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null || kill "$server"; wait "$server" || true; exit 0; }
    trap stop INT TERM
    until "$home/bin/jboss-cli.sh" -c --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running; do
      kill -0 "$server" 2>/dev/null || { echo "WildFly did not start; see $home/standalone/log/server.log" >&2; exit 1; }
      sleep 1
    done
    log="$home/standalone/log/server.log"
    offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
    if ! "$home/bin/jboss-cli.sh" -c --command="deploy --force $ear --name=ocop.ear"; then
      echo "Deployment failed; see $log" >&2
      stop
    fi
    demo=false
    grep -q 'name="ocop.demo" value="true"' "$home/standalone/configuration/standalone.xml" && demo=true
    [ "$demo" = true ] && echo "Loading the demonstration data…"
    if ! outcome=$("$here/await-demo.sh" "$log" "$offset" "$demo"); then
      echo "The demonstration data was not loaded ($outcome); see $log" >&2
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ocop/login.xhtml || true)
    echo
    echo "OCOP portal is ready on WildFly (first page answered $code, demonstration data: ${outcome%% *}, $(( $(date +%s) - started )) s after the start):"
    echo "    http://localhost:8080/ocop/"
    echo "Server log: $home/standalone/log/server.log. Press Ctrl-C to stop the server."
    wait "$server" || true
    ;;
  *)
    echo "unknown subcommand $cmd" >&2; exit 2 ;;
esac
