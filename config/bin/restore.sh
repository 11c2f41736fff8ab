#!/usr/bin/env bash
# Restores a backup made by backup.sh into a new, empty database. Stop the application (or point
# it at the restored database afterwards); never restore over a database in use.
#   restore.sh postgresql FILE DATABASE   creates DATABASE (it must not exist) and pg_restore's into it
#   restore.sh h2 FILE DATABASE_PATH      creates the H2 database at DATABASE_PATH (must not exist)
set -euo pipefail
kind=${1:?postgresql or h2}; file=${2:?backup file}; target=${3:?database}
case "$kind" in
  postgresql)
    createdb "$target"
    pg_restore --no-owner --exit-on-error --dbname="$target" "$file" ;;
  h2)
    if [ -e "$target.mv.db" ]; then echo "$target.mv.db exists: restore into a new path" >&2; exit 1; fi
    java -cp "${H2_JAR:?H2_JAR: path of the h2 jar}" org.h2.tools.RunScript \
      -url "jdbc:h2:file:$target" -user "${OCOP_DB_USER:-sa}" -password "${OCOP_DB_PASSWORD:-ocop}" \
      -script "$file" -options compression zip ;;
  *) echo "unknown kind $kind" >&2; exit 2 ;;
esac
echo "Restored $file into $target"
