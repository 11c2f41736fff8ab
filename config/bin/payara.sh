#!/usr/bin/env bash
# Prepares and runs a Payara Server for OCOP. Called by the Maven build (config/pom.xml); also
# usable by hand. Subcommands:
#   install ZIP DIR               unpack a fresh server from the Payara zip into DIR (DIR is emptied)
#   configure HOME h2|postgresql  start the server, apply the config/payara scripts, stop it (PostgreSQL:
#                                 the owner's pool too when OCOP_DB_OWNER_USER is set)
#   run HOME EAR                  start, deploy the EAR, print the address, wait for Ctrl-C, stop
# Environment: see config/payara/apply.sh; OCOP_DRIVERS is a folder of JDBC driver jars.
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
scripts="$here/../payara"

cmd=${1:?subcommand}
shift

domain_lib() { echo "$1/glassfish/domains/domain1/lib"; }

case "$cmd" in
  install)
    zip=${1:?zip}; dir=${2:?dir}
    rm -rf "$dir"; mkdir -p "$dir"
    unzip -q "$zip" -d "$dir"
    echo "Payara unpacked into $dir/payara6"
    ;;
  configure)
    home=${1:?payara home}; db=${2:?h2 or postgresql}
    if [ -n "${OCOP_DRIVERS:-}" ]; then cp "$OCOP_DRIVERS"/*.jar "$(domain_lib "$home")/"; fi
    "$home/bin/asadmin" start-domain domain1 >/dev/null
    trap '"$home/bin/asadmin" stop-domain domain1 >/dev/null' EXIT
    files=("$scripts/jvm-options.asadmin" "$scripts/security.asadmin" "$scripts/logging.asadmin" "$scripts/datasource-$db.asadmin")
    if [ "$db" = postgresql ] && [ -n "${OCOP_DB_OWNER_USER:-}" ]; then
      files+=("$scripts/datasource-postgresql-owner.asadmin")
    fi
    "$scripts/apply.sh" "$home" "${files[@]}"
    echo "Payara at $home configured for $db"
    ;;
  run)
    home=${1:?payara home}; ear=${2:?ear}
    started=$(date +%s)
    "$home/bin/asadmin" start-domain domain1
    stop() { echo; echo "Stopping Payara…"; "$home/bin/asadmin" stop-domain domain1; exit 0; }
    trap stop INT TERM
    log="$home/glassfish/domains/domain1/logs/server.log"
    offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
    if ! "$home/bin/asadmin" deploy --force=true --name ocop "$ear"; then
      echo "Deployment failed; see $log" >&2
      "$home/bin/asadmin" stop-domain domain1
      exit 1
    fi
    demo=false
    grep -q -- '-Docop.demo=true' "$home/glassfish/domains/domain1/config/domain.xml" && demo=true
    [ "$demo" = true ] && echo "Loading the demonstration data…"
    if ! outcome=$("$here/await-demo.sh" "$log" "$offset" "$demo"); then
      echo "The demonstration data was not loaded ($outcome); see $log" >&2
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ocop/login.xhtml || true)
    cat <<MSG

================================================================================
 OCOP portal is ready (first page answered $code, demonstration data: ${outcome%% *},
 $(( $(date +%s) - started )) s after the start):

     http://localhost:8080/ocop/

 Demonstration accounts (password: ocop-demo):
     The City's year (148/QĐ-TTg as amended by 1489/QĐ-TTg):
     city.officer                  the City's OCOP office
     city.council1 … city.council5 the City's council (city.council1 chairs)
     city.leader                   City People's Committee leader
     xa.danphuong, xa.odien, xa.lienminh   commune officers (pre-screen)
     The former district's history (2019–2024):
     officer, council1 … council7, commune (thị trấn Phùng), leader
     admin     system administrator

 Database: ${OCOP_DB_URL:-?}
 Server log: $home/glassfish/domains/domain1/logs/server.log
 Press Ctrl-C to stop the server.
================================================================================
MSG
    tail -n 0 -F "$home/glassfish/domains/domain1/logs/server.log" &
    wait $! || true
    ;;
  *)
    echo "unknown subcommand $cmd" >&2; exit 2 ;;
esac
