#!/usr/bin/env bash
# The deployment guide's test (run by mvn verify before the integration tests): a fresh server unpacked from the
# build's zip is installed by exactly the scripts docs/deploy.md quotes, against PostgreSQL, and checked as IT would:
#   create-database.sh, install-{wildfly,payara}.sh, start as the service unit does, health-check.sh over HTTPS (a
#   certificate made here by keytool), HTTP redirected to HTTPS, HSTS, one -Xmx, no database or key store password in
#   clear text in the server's files or answers, the setup code in the server log and not on the console; backup.sh, restore.sh into a new database, the switch-over restore.sh prints,
#   the portal serving from the restored database; remove-{wildfly,payara}.sh leaving the configuration as it was.
# Skipped (with a message) when PostgreSQL does not answer on 127.0.0.1:5432 (trust authentication, user postgres).
#   guide-test.sh wildfly|payara SERVER_ZIP EAR IT_DIR     (OCOP_DRIVERS: folder with postgresql.jar)
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
server=${1:?wildfly or payara}; zip=${2:?server zip}; ear=${3:?ear}; it=${4:?it dir}
dir="$it/guide-$server"
fail() { echo "GUIDE TEST ($server) FAILED: $*" >&2; exit 1; }
say() { echo "guide test ($server): $*"; }
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null || ! command -v psql >/dev/null; then
  say "skipped: PostgreSQL does not answer on 127.0.0.1:5432 (or psql is missing)"; exit 0
fi
export PGHOST=127.0.0.1 PGUSER=postgres
database=ocop_guide_${server:0:2}; restored=${database}_restored
owner=ocop_guide_owner; runtime=ocop_guide_runtime
# Passwords with the characters that broke the former guide ($ in an unquoted heredoc) and jboss-cli's quotes.
db_password='Ocop$Trial-2026"r'; owner_password='Own$r-2026\x'; keystore_password='Kst$2026!k'
drop() { psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; }
drop "$database"; drop "$restored"

rm -rf "$dir"; mkdir -p "$dir"
unzip -q "$zip" -d "$dir"
case "$server" in
  wildfly) mv "$dir"/wildfly-* "$dir/wildfly"; home="$dir/wildfly"; https=8443
           config_file="$home/standalone/configuration/standalone.xml"; log="$home/standalone/log/server.log"
           cp "$home/bin/standalone.conf" "$dir/standalone.conf.original" ;;
  payara)  home="$dir/payara6"; https=8181
           config_file="$home/glassfish/domains/domain1/config/domain.xml"; log="$home/glassfish/domains/domain1/logs/server.log" ;;
  *) fail "unknown server $server" ;;
esac
if [ "$server" = payara ]; then
  # Payara writes its domain.xml anew at its first start (its own format): that file is the one to compare with.
  "$home/bin/asadmin" start-domain domain1 >/dev/null && "$home/bin/asadmin" stop-domain domain1 >/dev/null
fi
cp "$config_file" "$dir/config.original.xml"
unpacked=$(date +%s)

# The administrator's certificate (here a self-signed one for localhost) and the file curl trusts it by.
keytool -genkeypair -alias ocop -keyalg RSA -keysize 2048 -validity 2 -dname CN=localhost -ext san=dns:localhost \
  -storetype PKCS12 -keystore "$dir/https.p12" -storepass "$keystore_password" >/dev/null 2>&1
keytool -exportcert -rfc -alias ocop -keystore "$dir/https.p12" -storepass "$keystore_password" > "$dir/https.pem" 2>/dev/null
export CURL_CA_BUNDLE="$dir/https.pem"

# The properties file as the guide writes it: mode 600, a quoted heredoc (the $ of a password stays).
umask 077
demo=false
cat > "$dir/ocop.properties" <<'PROPS'
ocop.db.admin.user=postgres
ocop.db.pool.max=8
ocop.db.user=ocop_guide_runtime
ocop.db.owner.user=ocop_guide_owner
ocop.setup.body=01
ocop.setup.trusted-proxies=none
ocop.heap=768m
ocop.bind.address=0.0.0.0
PROPS
{
  echo "wildfly.home=$home"; echo "payara.home=$home"; echo "ocop.ear=$ear"
  echo "ocop.jdbc.driver=${OCOP_DRIVERS:?OCOP_DRIVERS}/postgresql.jar"
  echo "ocop.db.url=jdbc:postgresql://127.0.0.1:5432/$database"
  echo "ocop.db.password=$db_password"; echo "ocop.db.owner.password=$owner_password"
  echo "ocop.setup.public-url=https://localhost:$https/ocop"; echo "ocop.setup.demo=$demo"
  echo "ocop.https.keystore=$dir/https.p12"; echo "ocop.https.keystore.password=$keystore_password"
} >> "$dir/ocop.properties"
umask 022
[ "$(stat -c %a "$dir/ocop.properties")" = 600 ] || fail "the properties file is not of mode 600"

"$here/create-database.sh" "$dir/ocop.properties" >/dev/null
[ "$(psql -X -At -d postgres -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '$database'")" = "$owner" ] \
  || fail "the database does not belong to $owner"

pid=
stop_server() {
  case "$server" in
    wildfly) if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
               "$home/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || kill "$pid"
               wait "$pid" 2>/dev/null || true
             fi; pid= ;;
    payara)  "$home/bin/asadmin" stop-domain domain1 >/dev/null 2>&1 || true ;;
  esac
}
trap 'stop_server' EXIT
start_server() {
  case "$server" in
    # As the service unit does: files of the server's user only (UMask=0077).
    wildfly) (umask 077; exec "$home/bin/standalone.sh") > "$dir/console.log" 2>&1 & pid=$! ;;
    payara)  "$home/bin/asadmin" start-domain domain1 >/dev/null ;;
  esac
}

case "$server" in
  # Twice, as an upgrade or a changed setting does: the second run replaces what the first made.
  wildfly) "$here/install-wildfly.sh" "$dir/ocop.properties" >/dev/null; "$here/install-wildfly.sh" "$dir/ocop.properties"
           start_server ;;
  payara)  "$here/install-payara.sh" "$dir/ocop.properties" ;;
esac
health="https://localhost:$https/ocop/api/v1/health"
"$here/health-check.sh" "$health" 300 "$log" || fail "no health answer over HTTPS"
first_page=$(( $(date +%s) - unpacked ))
curl -sf "https://localhost:$https/ocop/login.xhtml" -o /dev/null || fail "the sign-in page does not answer over HTTPS"
say "unpacked server to the first page over HTTPS: $first_page s"

# HTTP redirected to HTTPS; HSTS over HTTPS.
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:8080/ocop/login.xhtml?x=1")
[[ "$redirect" =~ ^30[1278]\ https://localhost:$https/ocop/login.xhtml\?x=1$ ]] || fail "HTTP is not redirected to HTTPS: $redirect"
curl -s -D - -o /dev/null "https://localhost:$https/ocop/login.xhtml" | grep -qi '^Strict-Transport-Security: max-age=' \
  || fail "no HSTS header over HTTPS"

# The JVM options where they take effect: one -Xmx, ours.
java_pid=$(pgrep -f -- "-Djboss.home.dir=$home|com.sun.aas.instanceRoot=$home/glassfish/domains/domain1" | head -1 || true)
[ -n "$java_pid" ] || fail "the server's JVM was not found"
xmx=$(tr '\0' '\n' < "/proc/$java_pid/cmdline" | grep -- '^-Xmx' | tr '\n' ' ')
[ "$xmx" = "-Xmx768m " ] || fail "the JVM runs with '$xmx', not the one -Xmx768m of the properties"

# No password in clear text: not in the configuration (history included), nor through the management API.
for secret in "$db_password" "$owner_password" "$keystore_password"; do
  if grep -rlF -- "$secret" "$home" 2>/dev/null | grep -v '/standalone/data/content/\|/applications/\|/generated/' ; then
    fail "a password is in clear text in the files above"
  fi
done
case "$server" in
  wildfly) api=$("$home/bin/jboss-cli.sh" -c --command='/subsystem=datasources/data-source=ocop:read-attribute(name=password)')
           [[ "$api" == *'${ENC::ocop:'* && "$api" != *"Trial-2026"* ]] || fail "the management API shows: $api"
           if grep -q ExampleDS "$config_file"; then fail "WildFly's example datasource is still there"; fi ;;
  payara)  grep -qF 'value="${ALIAS=ocop-db-password}"' "$config_file" || fail "the pool does not name the password alias" ;;
esac
if find "$(dirname "$config_file")" -perm /o=r -type f | grep .; then fail "the files above are readable by others"; fi

# The first administrator's setup code: in the server log, not on the console.
grep -q 'first-administrator setup code' "$log" || fail "no setup code in $log"
if [ "$server" = wildfly ] && grep -q 'setup code' "$dir/console.log"; then fail "the setup code is on the console"; fi

# Backup, restore into a new database, the switch-over restore.sh prints, served from there.
backup="$dir/ocop.dump"
"$here/backup.sh" postgresql "$database" "$backup" >/dev/null
[ "$(stat -c %a "$backup")" = 600 ] || fail "the backup is readable by others"
switch=$(OCOP_DB_OWNER=$owner OCOP_DB_RUNTIME=$runtime "$here/restore.sh" postgresql "$backup" "$restored")
case "$server" in
  wildfly) grep -o "jboss-cli.sh -c --command=.*" <<<"$switch" | sed "s|^|$home/bin/|" > "$dir/switch.sh" ;;
  payara)  grep -o "asadmin [a-z-]* .*\|asadmin restart-domain" <<<"$switch" | sed "s|^|$home/bin/|" > "$dir/switch.sh" ;;
esac
[ "$(wc -l < "$dir/switch.sh")" -ge 3 ] || fail "restore.sh printed no switch-over: $switch"
offset=$(stat -c %s "$log")
bash -e "$dir/switch.sh" > "$dir/switch.out" 2>&1 || fail "the printed switch-over failed: $(cat "$dir/switch.out")"
if [ "$server" = wildfly ]; then
  # :reload answers at once; the server then restarts: wait for its "started" line before asking for the health.
  for _ in $(seq 150); do tail -c +"$(( offset + 1 ))" "$log" | grep -q 'WFLYSRV0025\|WFLYSRV0026' && break; sleep 1; done
fi
"$here/health-check.sh" "$health" 300 "$log" >/dev/null || fail "no health answer after the switch-over"
serving=$(psql -X -At -d postgres -c "SELECT string_agg(DISTINCT datname, ',') FROM pg_stat_activity WHERE usename = '$runtime'")
[ "$serving" = "$restored" ] || fail "the portal's pool is connected to '$serving', not to $restored"
curl -sf "https://localhost:$https/ocop/login.xhtml" -o /dev/null || fail "the sign-in page does not answer from the restored database"
# An upgrade's start (here the start on the restored database) names the schema's version.
if grep -h 'Database schema at version' "$log"* | grep -v 'at version [0-9]'; then fail "the log does not name the schema's version"; fi
say "served from the restored database $restored"

# Removal leaves the configuration as it was.
case "$server" in
  wildfly) stop_server; "$here/remove-wildfly.sh" "$dir/ocop.properties" >/dev/null
           diff "$dir/config.original.xml" "$config_file" || fail "standalone.xml differs from WildFly's after the removal"
           diff "$dir/standalone.conf.original" "$home/bin/standalone.conf" || fail "standalone.conf differs after the removal" ;;
  payara)  "$here/remove-payara.sh" "$dir/ocop.properties" >/dev/null
           # Payara puts a JVM option back at the end of its list, writes an attribute set back to its default
           # (activate-default-principal-to-role-mapping="false"), and keeps the default elements it wrote at the first
           # deployment (EJB and web containers, the default JMS factory): nothing of Payara's may be missing, and
           # nothing of the portal's may remain.
           # Each line without its indentation and with its attributes in one order (Payara reorders both).
           lines() { python3 -c 'import re,sys
for l in open(sys.argv[1]):
    l = l.strip()
    if l:
        m = re.match(r"(<[\w:-]+)((?:\s+[\w:.-]+=\"[^\"]*\")*)\s*(/?>.*)$", l)
        print(m.group(1) + "".join(" " + a for a in sorted(re.findall(r"[\w:.-]+=\"[^\"]*\"", m.group(2)))) + m.group(3) if m else l)' "$1" | sort; }
           # The HTTP thread pool comes back with Payara's default size (5) written out instead of left implicit.
           lost=$(comm -23 <(lines "$dir/config.original.xml") <(lines "$config_file") | grep -vx '<security-service>' \
             | { if grep -Eq '<thread-pool[^>]*(name="http-thread-pool"[^>]*max-thread-pool-size="5"|max-thread-pool-size="5"[^>]*name="http-thread-pool")' "$config_file"; then grep -vx '<thread-pool name="http-thread-pool"></thread-pool>'; else cat; fi; } || true)
           [ -z "$lost" ] || fail "domain.xml lost what Payara had: $lost"
           left=$(comm -13 <(lines "$dir/config.original.xml") <(lines "$config_file") | grep -iE 'ocop|ALIAS|postgresql|Xmx768|https-port|cert-nickname' || true)
           [ -z "$left" ] || fail "domain.xml keeps the portal's configuration: $left"
           ! keytool -list -alias ocop -keystore "$home/glassfish/domains/domain1/config/keystore.p12" -storepass changeit >/dev/null 2>&1 \
             || fail "the certificate remains in the domain's key store" ;;
esac
say "removal left the configuration as it was"
drop "$restored"; drop "$database"
say "passed: $first_page s from the unpacked server to the first page, $(( $(date +%s) - unpacked )) s in all"
