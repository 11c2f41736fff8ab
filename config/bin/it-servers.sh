#!/usr/bin/env bash
# Prepares the fresh Payara servers that the Arquillian suite starts and stops (managed adapter):
#   IT_DIR/payara-h2           with jdbc/ocop on a new H2 file database in IT_DIR/h2
#   IT_DIR/payara-postgresql   with jdbc/ocop on a new PostgreSQL database "ocop_it", only when
#                              PostgreSQL answers on 127.0.0.1:5432 (trust auth, user postgres)
# Usage: it-servers.sh PAYARA_ZIP IT_DIR   (OCOP_DRIVERS: folder with the JDBC driver jars)
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
zip=${1:?payara zip}; it=${2:?it dir}
mkdir -p "$it"
rm -rf "$it/h2" "$it/postgresql.available"

"$here/payara.sh" install "$zip" "$it/payara-h2"
OCOP_DB_URL="jdbc:h2:file:$it/h2/ocop;AUTO_SERVER=TRUE" OCOP_DEMO=false \
  "$here/payara.sh" configure "$it/payara-h2/payara6" h2

pg_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if pg_answers && command -v psql >/dev/null &&
   psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q \
        -c 'DROP DATABASE IF EXISTS ocop_it WITH (FORCE)' -c 'CREATE DATABASE ocop_it' >/dev/null; then
  "$here/payara.sh" install "$zip" "$it/payara-postgresql"
  OCOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/ocop_it" OCOP_DB_USER=postgres OCOP_DB_PASSWORD=trust OCOP_DEMO=false \
    "$here/payara.sh" configure "$it/payara-postgresql/payara6" postgresql
  touch "$it/postgresql.available"
else
  echo "PostgreSQL does not answer on 127.0.0.1:5432 (or psql is missing): the PostgreSQL suite will be skipped."
fi
