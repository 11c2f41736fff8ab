#!/usr/bin/env bash
# Creates the portal's PostgreSQL roles and database (docs/deploy.md, "The database"), on the database's host or from
# any machine that reaches it: the owner role (ocop.db.owner.user), which owns the database and its schema and alone
# changes the schema, and the runtime role (ocop.db.user) of the portal's connection pool. Running it again sets the
# roles' passwords again and leaves an existing database as it is.
#   create-database.sh PROPERTIES_FILE
# From the properties file: ocop.db.url (jdbc:postgresql://host:port/database), ocop.db.user, ocop.db.password,
# ocop.db.owner.user, ocop.db.owner.password, ocop.db.admin.user (a PostgreSQL administrator; postgres by default),
# whose password comes from ~/.pgpass (mode 600) or PGPASSWORD as for every PostgreSQL tool, never from this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/properties.sh"
read_properties "${1:?properties file}"
postgresql_address "$(prop ocop.db.url)"
export PGUSER; PGUSER=$(prop ocop.db.admin.user postgres)
owner=$(prop ocop.db.owner.user); runtime=$(prop ocop.db.user)
for name in "$OCOP_DB_NAME" "$owner" "$runtime"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "$name: use lower-case letters, digits and _" >&2; exit 2; }
done
# psql meta-command quoting: a backslash and a quote are doubled inside '…'; the passwords reach psql on its standard
# input, never on a command line (which every user of the machine can read).
quoted() { local v=${1//\\/\\\\}; printf "'%s'" "${v//\'/\'\'}"; }
psql -X -q -v ON_ERROR_STOP=1 --dbname=postgres <<SQL
\set owner_password $(quoted "$(prop ocop.db.owner.password)")
\set runtime_password $(quoted "$(prop ocop.db.password)")
SELECT format('CREATE ROLE %I LOGIN', '$owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', '$runtime') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$runtime') \gexec
ALTER ROLE $owner LOGIN PASSWORD :'owner_password';
ALTER ROLE $runtime LOGIN PASSWORD :'runtime_password';
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L', '$OCOP_DB_NAME', '$owner', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$OCOP_DB_NAME') \gexec
SQL
psql -X -q -v ON_ERROR_STOP=1 --dbname="$OCOP_DB_NAME" \
  -c "ALTER SCHEMA public OWNER TO $owner" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC"
echo "Database $OCOP_DB_NAME on $PGHOST:$PGPORT: owned by $owner, the portal connects as $runtime"
