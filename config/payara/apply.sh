#!/usr/bin/env bash
# Runs asadmin command files of this folder against a running Payara Server, after filling their @PLACEHOLDERS@
# from the environment. Usage:
#   OCOP_DB_URL=jdbc:postgresql://127.0.0.1:5432/ocop OCOP_DB_USER=ocop OCOP_DB_PASSWORD=… \
#     config/payara/apply.sh /opt/payara6 config/payara/datasource-postgresql.asadmin [MORE_FILES…]
# Several files run as one: the lines that undo (see below) of all of them first, then their other lines, in order, in
# two asadmin sessions in all (each asadmin start costs seconds; the files touch different settings).
# Variables (defaults): OCOP_DB_URL, OCOP_DB_USER (sa), OCOP_DB_PASSWORD (ocop), OCOP_DB_OWNER_USER and
# OCOP_DB_OWNER_PASSWORD (the schema owner, PostgreSQL: datasource-postgresql-owner.asadmin),
# OCOP_DB_POOL_MAX (32), OCOP_DB_POOL_STEADY (8), OCOP_HEAP (1g: 768m ran out of heap under 20 clients at a province size,
# see docs/performance.md), OCOP_HTTP_THREADS (16: the HTTP worker threads), OCOP_DEMO (false), OCOP_DEMO_SIZE (empty, or province), OCOP_BODY (01: the code of the body the
# server runs for), OCOP_TRUSTED_PROXIES (none: the reverse
# proxies whose X-Forwarded-For is believed, comma-separated IPv4 addresses), OCOP_PUBLIC_URL (the address
# printed on certificates, e.g. https://ocop.hanoi.gov.vn/ocop; unset: a production server refuses to issue),
# OCOP_NOTICE_LEAD_DAYS (unset: the expiry notice falls due 60 days before the end), OCOP_HTTPS_PORT (8181: the HTTPS
# port, https.asadmin), ASADMIN_OPTS (e.g. --port 4848).
set -euo pipefail
export TERM=${TERM:-dumb}
payara_home=${1:?Payara home (the folder that holds bin/asadmin)}
shift
[ $# -gt 0 ] || { echo "usage: apply.sh PAYARA_HOME FILE.asadmin [FILE.asadmin…]" >&2; exit 2; }

: "${OCOP_DB_URL:=}" "${OCOP_DB_USER:=sa}" "${OCOP_DB_PASSWORD:=ocop}" "${OCOP_DB_POOL_MAX:=32}"
: "${OCOP_DB_OWNER_USER:=}" "${OCOP_DB_OWNER_PASSWORD:=}"
: "${OCOP_HEAP:=1g}" "${OCOP_HTTP_THREADS:=16}" "${OCOP_DB_POOL_STEADY:=8}" "${OCOP_DEMO:=false}" "${OCOP_BODY:=01}" "${OCOP_TRUSTED_PROXIES:=none}" "${OCOP_PUBLIC_URL:=}" "${ASADMIN_OPTS:=}"
: "${OCOP_NOTICE_LEAD_DAYS:=}" "${OCOP_HTTPS_PORT:=8181}" "${OCOP_DEMO_SIZE:=}"

# asadmin --property values separate with ':' and assign with '=': both are escaped with a
# backslash, and multimode reads a backslash as an escape too, hence two in the command file.
esc() { printf '%s' "$1" | sed -e 's/[:=]/\\\\&/g'; }
# sed replacement text: escape &, | and backslash.
rep() { printf '%s' "$1" | sed -e 's/[&|\\]/\\&/g'; }

filled=$(mktemp)
one=$(mktemp)
trap 'rm -f "$filled" "$one"' EXIT
sed -e "s|@OCOP_DB_URL_ESC@|$(rep "$(esc "$OCOP_DB_URL")")|g" \
    -e "s|@OCOP_DB_USER_ESC@|$(rep "$(esc "$OCOP_DB_USER")")|g" \
    -e "s|@OCOP_DB_PASSWORD_ESC@|$(rep "$(esc "$OCOP_DB_PASSWORD")")|g" \
    -e "s|@OCOP_DB_OWNER_USER_ESC@|$(rep "$(esc "$OCOP_DB_OWNER_USER")")|g" \
    -e "s|@OCOP_DB_OWNER_PASSWORD_ESC@|$(rep "$(esc "$OCOP_DB_OWNER_PASSWORD")")|g" \
    -e "s|@OCOP_DB_POOL_MAX@|$(rep "$OCOP_DB_POOL_MAX")|g" \
    -e "s|@OCOP_HEAP@|$(rep "$OCOP_HEAP")|g" \
    -e "s|@OCOP_HTTP_THREADS@|$(rep "$OCOP_HTTP_THREADS")|g" \
    -e "s|@OCOP_DB_POOL_STEADY@|$(rep "$OCOP_DB_POOL_STEADY")|g" \
    -e "s|@OCOP_DEMO@|$(rep "$OCOP_DEMO")|g" \
    -e "s|@OCOP_DEMO_SIZE@|$(rep "$OCOP_DEMO_SIZE")|g" \
    -e "s|@OCOP_BODY_ESC@|$(rep "$(esc "$OCOP_BODY")")|g" \
    -e "s|@OCOP_TRUSTED_PROXIES@|$(rep "$OCOP_TRUSTED_PROXIES")|g" \
    -e "s|@OCOP_PUBLIC_URL_ESC@|$(rep "$(esc "$OCOP_PUBLIC_URL")")|g" \
    -e "s|@OCOP_HTTPS_PORT@|$(rep "$OCOP_HTTPS_PORT")|g" \
    -e "s|@OCOP_NOTICE_LEAD_DAYS@|$(rep "$OCOP_NOTICE_LEAD_DAYS")|g" \
    "$@" | grep -v '^[[:space:]]*#' | grep -v '^[[:space:]]*$' | grep -v '^create-system-properties \(--target [^ ]* \)\?[a-z.-]*=$' > "$filled"

# A system property whose value is empty is not created.
# Lines that start with '-' undo what may be absent: they run first, in order, and may fail.
# The other lines then run in order, and the first failure stops the script.
grep '^-' "$filled" | sed 's/^-//' > "$one" || true
if [ -s "$one" ]; then
  # shellcheck disable=SC2086
  "$payara_home/bin/asadmin" $ASADMIN_OPTS multimode --file "$one" 2>&1 | grep -E '^Command .* (executed successfully|failed)' \
    | sed -e 's/^/  /' -e 's/ failed\.$/ skipped (nothing to undo)/' || true
fi
grep -v '^-' "$filled" > "$one" || true
if [ -s "$one" ]; then
  # shellcheck disable=SC2086
  if ! "$payara_home/bin/asadmin" $ASADMIN_OPTS multimode --file "$one" > "$one.out" 2>&1 || grep -q 'failed\.$' "$one.out"; then
    grep -v '^Unable to retrieve infocmp' "$one.out" >&2; rm -f "$one.out"
    echo "FAILED: $*" >&2
    exit 1
  fi
  grep -E '^Command .* executed successfully' "$one.out" | sed 's/^/  /'; rm -f "$one.out"
fi
