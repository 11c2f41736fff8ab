#!/usr/bin/env bash
# Loads the former release's schema and data into every fresh test database (see
# config/src/test/resources/upgrade/README.md); on PostgreSQL as the schema's owner role, as the
# deployment guide sets it up (it-servers.sh). Usage (from the build):
#   former-release.sh IT_DIR SCHEMA_VERSION FIXTURE -classpath CLASSPATH
set -euo pipefail
it=${1:?it dir}; version=${2:?schema version}; fixture=${3:?fixture}; shift 3
load() { java "$@" vn.ocop.it.UpgradeFixture "$url" "$user" "$password" "$version" "$fixture"; }
# (url, user and password are set per call below.)

url="jdbc:h2:file:$it/h2/ocop;AUTO_SERVER=TRUE"; user=sa; password=ocop; load "$@"
if [ -f "$it/postgresql.available" ]; then
  url="jdbc:postgresql://127.0.0.1:5432/ocop_it"; user=ocop_it_owner; password=trust; load "$@"
else
  url="jdbc:h2:file:$it/h2-payara/ocop;AUTO_SERVER=TRUE"; user=sa; password=ocop; load "$@"
fi
if [ -f "$it/wildfly.postgresql" ]; then
  url="jdbc:postgresql://127.0.0.1:5432/ocop_it_wf"; user=ocop_it_owner; password=trust; load "$@"
else
  url="jdbc:h2:file:$it/h2-wildfly/ocop;AUTO_SERVER=TRUE"; user=sa; password=ocop; load "$@"
fi
