#!/usr/bin/env bash
# Prepares the fresh Payara servers that the Arquillian suite starts and stops (managed adapter):
#   IT_DIR/payara-h2           with jdbc/ocop on a new H2 file database in IT_DIR/h2
#   IT_DIR/payara-postgresql   with jdbc/ocop on a new PostgreSQL database "ocop_it" when PostgreSQL answers on
#                              127.0.0.1:5432 (trust auth, user postgres), on a new H2 file database in IT_DIR/h2-payara
#                              otherwise
#   IT_DIR/wildfly             with java:/jdbc/ocop on a new PostgreSQL database "ocop_it_wf" when
#                              PostgreSQL answers, on a new H2 file database in IT_DIR/h2-wildfly otherwise
# On PostgreSQL the roles are apart as docs/deploy.md §2 sets them up: the databases and their schema belong to
# ocop_it_owner, which migrates (jdbc/ocop-owner); the portal's pool connects as ocop_it_runtime.
# Usage: it-servers.sh PAYARA_ZIP WILDFLY_ZIP IT_DIR   (OCOP_DRIVERS: folder with the JDBC driver jars)
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
zip=${1:?payara zip}; wildfly_zip=${2:?wildfly zip}; it=${3:?it dir}
# The test servers ask for a heap of 1 GB explicitly (one deployment takes every test class's data for the whole
# run), whatever the portal's default in config/payara/apply.sh becomes.
export OCOP_HEAP=${OCOP_HEAP:-1g}
mkdir -p "$it"
rm -rf "$it/h2" "$it/h2-payara" "$it/h2-wildfly" "$it/postgresql.available" "$it/wildfly.postgresql"

pg_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
pg() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@" >/dev/null; }
fresh_database() {
  for role in ocop_it_owner ocop_it_runtime; do
    pg -d test -c "DO \$\$ BEGIN CREATE ROLE $role LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" || return 1
  done
  pg -d test -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
     -c "CREATE DATABASE $1 OWNER ocop_it_owner TEMPLATE template0 ENCODING 'UTF8'" || return 1
  pg -d "$1" -c "ALTER SCHEMA public OWNER TO ocop_it_owner" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC"
}
pg_roles() {
  OCOP_DB_USER=ocop_it_runtime OCOP_DB_PASSWORD=trust OCOP_DB_OWNER_USER=ocop_it_owner OCOP_DB_OWNER_PASSWORD=trust "$@"
}
# WildFly is configured offline (an embedded server, no port), so it is prepared while Payara starts and stops for its own
# configuration; its output follows Payara's.
prepare_wildfly() {
  "$here/wildfly.sh" install "$wildfly_zip" "$it/wildfly"
  # The WildFly scripts are idempotent and their removal pair leaves the server as it was.
  config="$it/wildfly/wildfly/standalone/configuration/standalone.xml"
  cp "$config" "$it/standalone.original.xml"
  for attempt in 1 2; do
    OCOP_DB_URL="jdbc:h2:file:$it/unused/ocop" "$here/wildfly.sh" configure "$it/wildfly/wildfly" h2 >/dev/null
  done
  "$here/wildfly.sh" unconfigure "$it/wildfly/wildfly" >/dev/null
  if ! diff <(grep -v '^[[:space:]]*$' "$it/standalone.original.xml") <(grep -v '^[[:space:]]*$' "$config"); then
    echo "config/wildfly: configure twice + unconfigure did not leave standalone.xml as it was" >&2
    exit 1
  fi
  echo "config/wildfly: configure twice + unconfigure leaves the server as it was"
  if pg_answers && command -v psql >/dev/null && fresh_database ocop_it_wf; then
    OCOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/ocop_it_wf" \
      OCOP_JDBC_DRIVER="$OCOP_DRIVERS/postgresql.jar" OCOP_TRUSTED_PROXIES=127.0.0.1 OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop \
      pg_roles "$here/wildfly.sh" configure "$it/wildfly/wildfly" postgresql
    touch "$it/wildfly.postgresql"
  else
    OCOP_DB_URL="jdbc:h2:file:$it/h2-wildfly/ocop;AUTO_SERVER=TRUE" OCOP_TRUSTED_PROXIES=127.0.0.1 OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop "$here/wildfly.sh" configure "$it/wildfly/wildfly" h2
  fi
}
prepare_wildfly > "$it/wildfly-prepare.log" 2>&1 &
wildfly_pid=$!

"$here/payara.sh" install "$zip" "$it/payara-h2"
OCOP_DB_URL="jdbc:h2:file:$it/h2/ocop;AUTO_SERVER=TRUE" OCOP_DEMO=false OCOP_TRUSTED_PROXIES=127.0.0.1 OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop \
  "$here/payara.sh" configure "$it/payara-h2/payara6" h2
wildfly_ok=0; wait "$wildfly_pid" || wildfly_ok=$?
cat "$it/wildfly-prepare.log"
[ "$wildfly_ok" = 0 ] || { echo "preparing WildFly failed" >&2; exit 1; }

"$here/payara.sh" install "$zip" "$it/payara-postgresql"
if pg_answers && command -v psql >/dev/null && fresh_database ocop_it; then
  OCOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/ocop_it" OCOP_DEMO=false OCOP_TRUSTED_PROXIES=127.0.0.1 OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop \
    pg_roles "$here/payara.sh" configure "$it/payara-postgresql/payara6" postgresql
  touch "$it/postgresql.available"
else
  echo "PostgreSQL does not answer on 127.0.0.1:5432 (or psql is missing): the second Payara runs on H2."
  OCOP_DB_URL="jdbc:h2:file:$it/h2-payara/ocop;AUTO_SERVER=TRUE" OCOP_DEMO=false OCOP_TRUSTED_PROXIES=127.0.0.1 OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop \
    "$here/payara.sh" configure "$it/payara-postgresql/payara6" h2
fi
