#!/usr/bin/env bash
# Backs up the OCOP database (which holds everything, documents included) into one file.
#   backup.sh postgresql DATABASE FILE    pg_dump in custom format (PGHOST, PGPORT, PGUSER,
#                                         PGPASSWORD as usual); safe while the server runs
#   backup.sh h2 DATABASE_PATH FILE       H2's SQL script, zip-compressed; DATABASE_PATH is the
#                                         path without .mv.db (e.g. ~/.ocop/data/ocop); safe while
#                                         the server runs (AUTO_SERVER); H2_JAR is the H2 jar of the
#                                         server's version (Payara: payara6/h2db/bin/h2.jar)
# Environment for h2: OCOP_DB_USER (sa), OCOP_DB_PASSWORD (ocop).
# The file holds password hashes and every document: it is created readable by its owner only (mode 600).
set -euo pipefail
umask 077
kind=${1:?postgresql or h2}; source=${2:?database}; file=${3:?backup file}
case "$kind" in
  postgresql)
    pg_dump --format=custom --no-owner --file="$file" "$source" ;;
  h2)
    java -cp "${H2_JAR:?H2_JAR: path of the h2 jar}" org.h2.tools.Script \
      -url "jdbc:h2:file:$source;AUTO_SERVER=TRUE" -user "${OCOP_DB_USER:-sa}" -password "${OCOP_DB_PASSWORD:-ocop}" \
      -script "$file" -options compression zip ;;
  *) echo "unknown kind $kind" >&2; exit 2 ;;
esac
chmod 600 "$file"
echo "Backup of $source written to $file ($(du -h "$file" | cut -f1))"
