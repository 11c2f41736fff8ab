#!/usr/bin/env bash
# Installs the OCOP portal on a stopped WildFly 38 (docs/deploy.md, "WildFly"), entirely offline (jboss-cli's embedded
# server: nothing to wait for, no reload to order), stopping at the first error. Running it again applies the
# properties again (a changed password, a new certificate, a new EAR). remove-wildfly.sh undoes all of it.
#   install-wildfly.sh PROPERTIES_FILE
# What it does:
#  - bin/standalone.conf: the heap (ocop.heap, 1g) replacing WildFly's -Xms/-Xmx, UTF-8, headless, and the address the
#    server listens on (ocop.bind.address, 0.0.0.0: every interface; the management port stays on 127.0.0.1);
#  - the passwords encrypted with a key of the server's own (secrets.cli: ${ENC::…} in standalone.xml, never clear);
#  - the datasources (datasource-postgresql.cli, datasource-postgresql-owner.cli), the system properties (ocop.body,
#    ocop.public-url, ocop.trusted-proxies, ocop.demo), Jakarta Security (security.cli), the log categories
#    (logging.cli), WildFly's example datasource removed (remove-example-datasource.cli);
#  - HTTPS with the administrator's certificate and HTTP redirected to it (https.cli), unless ocop.https.keystore is
#    empty (TLS ends at a reverse proxy in front of the server);
#  - the EAR deployed (ocop.ear), the server's configuration, data and logs readable by its user only.
# Then start it (systemctl start ocop-wildfly, config/systemd/ocop-wildfly.service) and wait for it with
# config/bin/health-check.sh.
# Properties (docs/deploy.md lists them): wildfly.home, ocop.ear, ocop.jdbc.driver, ocop.db.url, ocop.db.user,
# ocop.db.password, ocop.db.owner.user, ocop.db.owner.password, ocop.db.pool.max, ocop.setup.public-url,
# ocop.setup.body, ocop.setup.trusted-proxies, ocop.setup.demo, ocop.heap, ocop.bind.address, ocop.https.keystore,
# ocop.https.keystore.password, ocop.https.port.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/wildfly-installation.sh" "${1:?properties file}"
ear=$(prop ocop.ear)
[ -x "$home/bin/jboss-cli.sh" ] || { echo "$home is not a WildFly (no bin/jboss-cli.sh)" >&2; exit 2; }
[ -f "$ear" ] || { echo "$ear: no such EAR" >&2; exit 2; }
refuse_while_running
umask 077

# What remove-wildfly.sh puts back.
[ -f "$config/standalone.xml.before-ocop" ] || cp -p "$config/standalone.xml" "$config/standalone.xml.before-ocop"
[ -f "$home/bin/standalone.conf.before-ocop" ] || cp -p "$home/bin/standalone.conf" "$home/bin/standalone.conf.before-ocop"

# JVM options where they take effect: standalone.conf sets JAVA_OPTS; the lines added at its end take WildFly's heap
# out and put ours in (one -Xmx on the command line, not two).
heap=$(prop ocop.heap 1g); bind=$(prop ocop.bind.address 0.0.0.0)
[[ "$heap" =~ ^[0-9]+[mMgG]$ ]] || { echo "ocop.heap: e.g. 1g or 1536m, not $heap" >&2; exit 2; }
[[ "$bind" =~ ^[0-9a-fA-F.:]+$ ]] || { echo "ocop.bind.address: an IP address, not $bind" >&2; exit 2; }
{
  cat "$home/bin/standalone.conf.before-ocop"
  cat <<CONF

# OCOP (written by config/bin/install-wildfly.sh; remove-wildfly.sh puts the file back as it was)
JAVA_OPTS="\$(printf '%s' "\$JAVA_OPTS" | sed -E 's/(^| )-Xm[sx][^ ]*//g') -Xms256m -Xmx$heap -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -Djboss.bind.address=$bind"
CONF
} > "$work/standalone.conf"
cat "$work/standalone.conf" > "$home/bin/standalone.conf"

# The secrets: encrypted by the server's key, through the embedded server (the clear text goes to jboss-cli in a
# temporary file of mode 600, never on a command line, and never into the configuration).
keystore=$(prop ocop.https.keystore "")
quoted() { local v=${1//\\/\\\\}; printf '"%s"' "${v//\"/\\\"}"; }
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  cat "$scripts/secrets.cli"
  echo "reload --admin-only=true"
  for secret in "$(prop ocop.db.password)" "$(prop ocop.db.owner.password "$(prop ocop.db.password)")" \
                "$(prop ocop.https.keystore.password "-")"; do
    echo "/subsystem=elytron/expression=encryption:create-expression(resolver=ocop, clear-text=$(quoted "$secret"))"
  done
  echo "stop-embedded-server"
} > "$work/secrets.cli"
"$home/bin/jboss-cli.sh" --file="$work/secrets.cli" > "$work/secrets.out" 2>&1 || true
mapfile -t encrypted < <(grep -o '\${ENC::ocop:[A-Za-z0-9+/=]*}' "$work/secrets.out")
[ "${#encrypted[@]}" -eq 3 ] || { echo "the passwords could not be encrypted:" >&2; grep -v ENC "$work/secrets.out" >&2; exit 1; }
rm -f "$work/secrets.cli" "$work/secrets.out"
chmod 600 "$config/ocop-keys.cs"

# The values of the .cli scripts' ${ocop.…} placeholders, written in by this script (jboss-cli would resolve the
# ${ENC::…} expressions itself otherwise). In a quoted CLI value a backslash and a quote are escaped.
declare -A value=(
  [ocop.db.url]=$(prop ocop.db.url) [ocop.db.user]=$(prop ocop.db.user) [ocop.db.password]=${encrypted[0]}
  [ocop.db.owner.user]=$(prop ocop.db.owner.user "") [ocop.db.owner.password]=${encrypted[1]}
  [ocop.db.pool.max]=$(prop ocop.db.pool.max 32) [ocop.jdbc.driver]=$(prop ocop.jdbc.driver)
  [ocop.setup.demo]=$(prop ocop.setup.demo false) [ocop.setup.body]=$(prop ocop.setup.body 01)
  [ocop.setup.trusted-proxies]=$(prop ocop.setup.trusted-proxies none) [ocop.setup.public-url]=$(prop ocop.setup.public-url)
  [ocop.https.keystore]="$config/ocop-https.p12" [ocop.https.keystore.password]=${encrypted[2]}
)
https_port=$(prop ocop.https.port 8443)
if [ "$https_port" = 443 ]; then value[ocop.https.redirect]='https://%v'; else value[ocop.https.redirect]="https://%v:$https_port"; fi
fill() {
  local text key v
  text=$(cat "$@")
  for key in "${!value[@]}"; do
    v=${value[$key]//\\/\\\\}; v=${v//\"/\\\"}
    text=${text//"\${$key}"/"$v"}
  done
  if grep -o '\${ocop\.[^}]*}' <<<"$text"; then echo "(placeholders without a value)" >&2; exit 1; fi
  printf '%s\n' "$text"
}
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  fill "$scripts/security.cli" "$scripts/system-properties.cli" "$scripts/public-url.cli" "$scripts/logging.cli" \
       "$scripts/datasource-postgresql.cli"
  [ -n "${value[ocop.db.owner.user]}" ] && fill "$scripts/datasource-postgresql-owner.cli"
  cat "$scripts/remove-example-datasource.cli"
  if [ -n "$keystore" ]; then fill "$scripts/https.cli"; else fill "$scripts/remove-https.cli"; fi
  echo "if (outcome == success) of /deployment=ocop.ear:read-resource"
  echo "    undeploy ocop.ear"
  echo "end-if"
  echo "deploy $(printf '%q' "$ear") --name=ocop.ear"
  echo "stop-embedded-server"
} > "$work/configure.cli"
if [ -n "$keystore" ]; then
  [ -f "$keystore" ] || { echo "ocop.https.keystore: $keystore: no such file" >&2; exit 2; }
  cp "$keystore" "$config/ocop-https.p12"
fi
"$home/bin/jboss-cli.sh" --file="$work/configure.cli" > "$work/configure.out" 2>&1 || {
  grep -v '^{"outcome" => "success"}$' "$work/configure.out" >&2; echo "FAILED: install-wildfly.sh stopped at the error above" >&2; exit 1; }

# Only the server's user reads its configuration (with the key), data and logs (with the setup code).
chmod -R go-rwx "$config" "$home/standalone/data" "$home/standalone/deployments"
mkdir -p "$home/standalone/log"; chmod -R go-rwx "$home/standalone/log"
echo "WildFly at $home: the portal is installed (start it, then config/bin/health-check.sh)"
