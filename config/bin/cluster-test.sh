#!/usr/bin/env bash
# The two-server test (run by mvn verify before the integration tests, beside the deployment guide's): a fresh Payara
# from the build's zip, its domain (DAS) with the datasource on a new PostgreSQL database, and two instances made by
# payara-cluster.sh, as docs/deploy.md "Two servers" describes. Then, as a user would:
#   - the first administrator set up and signed in on instance 1; on the user administration page a search typed in
#     (kept in the page's view state, in the HTTP session);
#   - instance 1 killed (kill -9 of its own process);
#   - the same session (same JSESSIONID cookie) and the same page (same view state) continue on instance 2: still
#     signed in, the page's next request answered with the search kept (nothing lost);
#   - the nightly expiry job, scheduled every few seconds here, run by exactly one of the two instances.
# Skipped (with a message) when PostgreSQL does not answer on 127.0.0.1:5432 (trust authentication, user postgres).
# Ports: the DAS 4848/8080/8181 (Payara's), the instances 28080 and 28180 (portbases 28000, 28100).
#   cluster-test.sh SERVER_ZIP EAR IT_DIR     (OCOP_DRIVERS: folder with postgresql.jar)
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
zip=${1:?server zip}; ear=${2:?ear}; it=${3:?it dir}
dir="$it/cluster"; database=ocop_cluster
fail() { echo "CLUSTER TEST FAILED: $*" >&2; exit 1; }
say() { echo "cluster test: $*"; }
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null || ! command -v psql >/dev/null; then
  say "skipped: PostgreSQL does not answer on 127.0.0.1:5432 (or psql is missing)"; exit 0
fi
export PGHOST=127.0.0.1 PGUSER=postgres
started=$(date +%s)
psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
  -c "CREATE DATABASE $database TEMPLATE template0 ENCODING 'UTF8'" >/dev/null

"$here/payara.sh" install "$zip" "$dir" >/dev/null
home="$dir/payara6"; asadmin="$home/bin/asadmin"
nodes="$home/glassfish/nodes/localhost-domain1"
stop_all() {
  for n in 1 2; do
    pid=$(cat "$nodes/ocop-$n/config/pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then "$asadmin" stop-local-instance "ocop-$n" >/dev/null 2>&1 || kill "$pid" || true; fi
  done
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
}
trap stop_all EXIT
cp "${OCOP_DRIVERS:?OCOP_DRIVERS}/postgresql.jar" "$home/glassfish/domains/domain1/lib/"
"$asadmin" start-domain domain1 >/dev/null
export OCOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" OCOP_DB_USER=postgres OCOP_DB_PASSWORD=trust \
  OCOP_HEAP=640m OCOP_DB_POOL_MAX=8 OCOP_TRUSTED_PROXIES=none OCOP_DEMO=false
"$here/../payara/apply.sh" "$home" "$here/../payara/datasource-postgresql.asadmin" >/dev/null
# The nightly job every ten seconds: both instances fire it, one runs it.
"$asadmin" copy-config default-config ocop-config >/dev/null
"$asadmin" create-system-properties --target ocop-config 'ocop.expiry.schedule=*\:*\:*/10' >/dev/null
"$here/payara-cluster.sh" "$home" "$ear" 28000 28100
for n in 1 2; do
  "$here/health-check.sh" "http://localhost:$(( 27980 + 100 * n ))/ocop/api/v1/health" 300 "$nodes/ocop-$n/logs/server.log" >/dev/null \
    || fail "instance ocop-$n does not answer"
done
say "DAS and two instances with the portal: $(( $(date +%s) - started )) s"

# JSF by hand: the form's fields, its view state, the cookie jar.
jar="$dir/cookies"; page="$dir/page.html"
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
get() { curl -s -f -b "$jar" -c "$jar" -o "$page" "$1" || fail "GET $1"; }
# A write with the session cookie must come from the portal's own pages: the Origin header says so.
post() {
  local url=$1; shift
  curl -s -b "$jar" -c "$jar" -o "$page" -w '%{http_code} %{redirect_url}' -H "Origin: ${url%%/ocop/*}" "$url" "$@"
}
one="http://localhost:28080/ocop"; two="http://localhost:28180/ocop"
log1="$nodes/ocop-1/logs/server.log"

# The first administrator, with the setup code of instance 1's log.
code=$(grep -o 'first-administrator setup code: [A-Za-z0-9-]*' "$log1" | tail -1 | awk '{print $NF}')
[ -n "$code" ] || fail "no setup code in $log1"
get "$one/setup.xhtml"
answer=$(post "$one/setup.xhtml" --data-urlencode "setup=setup" --data-urlencode "setup:code=$code" \
  --data-urlencode "setup:username=cluster.admin" --data-urlencode "setup:fullName=Quản trị hai máy chủ" \
  --data-urlencode "setup:email=" --data-urlencode "setup:password=Cluster-Test-2026!" --data-urlencode "setup:create=" \
  --data-urlencode "jakarta.faces.ViewState=$(view_state)")
[[ "$answer" == 30* ]] || fail "the first administrator was not created ($answer)"
rm -f "$jar"
get "$one/login.xhtml"
answer=$(post "$one/login.xhtml" --data-urlencode "login=login" --data-urlencode "login:username=cluster.admin" \
  --data-urlencode "login:password=Cluster-Test-2026!" --data-urlencode "login:next=" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$(view_state)")
[[ "$answer" == 30* && "$answer" != *login.xhtml* ]] || fail "sign-in on instance 1 failed ($answer)"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || fail "no session cookie after signing in"

# The user administration page: a search that matches nobody, kept in the page's view state.
get "$one/admin/users.xhtml"
grep -q 'cluster.admin' "$page" || fail "the user list on instance 1 does not show the administrator"
state=$(view_state)
ajax=(-H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' --data-urlencode "jakarta.faces.partial.ajax=true")
answer=$(post "$one/admin/users.xhtml" "${ajax[@]}" --data-urlencode "jakarta.faces.source=list:search" \
  --data-urlencode "jakarta.faces.partial.execute=list" --data-urlencode "jakarta.faces.partial.render=list:table" \
  --data-urlencode "list:search=list:search" --data-urlencode "list=list" --data-urlencode "list:query=khong-ai-co-ten-nay" \
  --data-urlencode "jakarta.faces.ViewState=$state")
[[ "$answer" == 200* ]] && grep -q '<partial-response' "$page" || fail "the search on instance 1 answered $answer"
if grep -q 'cluster.admin' "$page"; then fail "the search on instance 1 did not filter the list"; fi

# The nightly job: both instances fired it (every ten seconds here); the day was run once.
for n in 1 2; do
  until grep -q 'Certificates marked on\|marked already by another server' "$nodes/ocop-$n/logs/server.log"; do
    [ $(( $(date +%s) - started )) -lt 600 ] || fail "the expiry job never fired on ocop-$n"
    sleep 1
  done
done
runs=$(psql -X -At -d "$database" -c "SELECT count(*) FROM audit_entry WHERE action = 'CERTIFICATES_MARKED'")
[ "$runs" = 1 ] || fail "the expiry job ran $runs times for one day"
say "the expiry job ran once, on $(psql -X -At -d "$database" -c "SELECT last_by FROM scheduled_job WHERE job_name = 'certificate-expiry'")"

# Instance 1 stops hard.
pid=$(cat "$nodes/ocop-1/config/pid")
kill -0 "$pid" || fail "instance 1's pid $pid is not running"
kill -9 "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
say "instance 1 (pid $pid) killed"

# The same session and the same view on instance 2: the table's next page (only the table is sent, not the search
# field) is still filtered by the search kept in the view; the session is still signed in.
grep -q "JSESSIONID.*$session" "$jar" || fail "the cookie jar lost the session"
answer=$(post "$two/admin/users.xhtml" "${ajax[@]}" --data-urlencode "jakarta.faces.source=list:table" \
  --data-urlencode "jakarta.faces.partial.execute=list:table" --data-urlencode "jakarta.faces.partial.render=list:table" \
  --data-urlencode "list:table_pagination=true" --data-urlencode "list:table_first=0" --data-urlencode "list:table_rows=25" \
  --data-urlencode "list:table_encodeFeature=true" --data-urlencode "list=list" \
  --data-urlencode "jakarta.faces.ViewState=$state")
[[ "$answer" == 200* ]] || fail "instance 2 answered $answer to the page's next request"
if grep -qi 'login.xhtml\|expired\|<error>' "$page"; then fail "instance 2 lost the session or the view: $(head -c 400 "$page")"; fi
grep -q 'list:table' "$page" || fail "instance 2 did not render the table: $(head -c 400 "$page")"
if grep -q 'cluster.admin' "$page"; then fail "instance 2 lost the search kept in the view"; fi
[ "$(awk '$6 == "JSESSIONID" {print $7}' "$jar")" = "$session" ] || fail "instance 2 started another session"
get "$two/admin/users.xhtml"
grep -q 'cluster.admin' "$page" || fail "instance 2 does not show the signed-in administrator's page"
say "the session continued on instance 2: signed in, the page's search kept"

say "passed in $(( $(date +%s) - started )) s"
