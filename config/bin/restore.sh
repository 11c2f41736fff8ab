#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database, ready to serve. Never restore over a database in use: restore
# beside it, switch the datasource over (the commands are printed at the end), drop the old one afterwards.
#   restore.sh postgresql FILE DATABASE   creates DATABASE (it must not exist) owned by the owner role, pg_restore's
#                                         into it as that role, then gives the runtime role its rights (the same
#                                         grants the portal gives at each start: config/postgresql/runtime-grants.sql)
#   restore.sh h2 FILE DATABASE_PATH      creates the H2 database at DATABASE_PATH (must not exist)
# Environment for postgresql: PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass as usual, for an administrator who may
# create databases and act as the owner role (e.g. postgres); OCOP_DB_OWNER (ocop_owner), the role that owns the
# schema; OCOP_DB_RUNTIME (ocop), the role of the portal's datasource (the same as OCOP_DB_OWNER with one role).
# Environment for h2: OCOP_DB_USER (sa), OCOP_DB_PASSWORD (ocop), H2_JAR.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
kind=${1:?postgresql or h2}; file=${2:?backup file}; target=${3:?database}
case "$kind" in
  postgresql)
    owner=${OCOP_DB_OWNER:-ocop_owner}; runtime=${OCOP_DB_RUNTIME:-ocop}
    for name in "$target" "$owner" "$runtime"; do
      if ! [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]]; then echo "$name: use lower-case letters, digits and _" >&2; exit 2; fi
    done
    createdb --owner="$owner" --template=template0 --encoding=UTF8 "$target"
    psql -X -q -v ON_ERROR_STOP=1 --dbname="$target" \
      -c "ALTER SCHEMA public OWNER TO $owner" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC"
    pg_restore --no-owner --no-acl --role="$owner" --single-transaction --exit-on-error --dbname="$target" "$file"
    sed "s/\${ocop_runtime_role}/$runtime/g" "$here/../postgresql/runtime-grants.sql" \
      | psql -X -q -v ON_ERROR_STOP=1 --dbname="$target" -c "SET ROLE $owner" -f -
    address="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$target"
    cat <<TEXT
Restored $file into $target: owned by $owner, read and written by $runtime.
To serve from it, point the portal's datasources at it and restart:
  Payara:   asadmin set resources.jdbc-connection-pool.ocop-pool.property.url=$address
            asadmin set resources.jdbc-connection-pool.ocop-owner-pool.property.url=$address
            asadmin restart-domain
  WildFly:  jboss-cli.sh -c --command='/subsystem=datasources/data-source=ocop:write-attribute(name=connection-url,value="$address")'
            jboss-cli.sh -c --command='/subsystem=datasources/data-source=ocop-owner:write-attribute(name=connection-url,value="$address")'
            jboss-cli.sh -c --command=':reload'
  (one role: the ocop-owner lines do not apply). Check: curl http://server:8080/ocop/api/v1/health
Once the portal serves from $target, drop the old database: dropdb OLD_DATABASE
TEXT
    ;;
  h2)
    if [ -e "$target.mv.db" ]; then echo "$target.mv.db exists: restore into a new path" >&2; exit 1; fi
    java -cp "${H2_JAR:?H2_JAR: path of the h2 jar}" org.h2.tools.RunScript \
      -url "jdbc:h2:file:$target" -user "${OCOP_DB_USER:-sa}" -password "${OCOP_DB_PASSWORD:-ocop}" \
      -script "$file" -options compression zip
    echo "Restored $file into $target" ;;
  *) echo "unknown kind $kind" >&2; exit 2 ;;
esac
