#!/usr/bin/env bash
# Installs the OCOP portal on Payara Server 6 (docs/deploy.md, "Payara"), stopping at the first error; leaves the
# domain running with the portal deployed. Running it again applies the properties again (a changed password, a new
# certificate, a new EAR). remove-payara.sh undoes all of it.
#   install-payara.sh PROPERTIES_FILE
# What it does:
#  - the JDBC driver into the domain's lib folder; the administrator's certificate (ocop.https.keystore, a PKCS12 file
#    with the certificate, its chain and private key) into the domain's key store under the alias "ocop";
#  - starts the domain (if it is not running) and waits for it;
#  - the database passwords as password aliases (ocop-db-password, ocop-db-owner-password, kept encrypted by Payara in
#    domain-passwords; domain.xml says ${ALIAS=…}, never the password);
#  - the scripts of config/payara: JVM options (heap, UTF-8, ocop.demo, ocop.public-url, ocop.body,
#    ocop.trusted-proxies), security, logging (daily rotation, 90 files), the datasources, HTTPS with the certificate
#    and HTTP redirected to it (unless ocop.https.keystore is empty: TLS ends at a reverse proxy);
#  - restarts the domain (the JVM options take effect) and deploys the EAR.
# Then check it with config/bin/health-check.sh; for a service, stop the domain and start ocop-payara.service.
# Properties (docs/deploy.md lists them): payara.home, payara.master.password (the domain's master password, changeit
# as shipped), ocop.ear, ocop.jdbc.driver, ocop.db.url, ocop.db.user, ocop.db.password, ocop.db.owner.user,
# ocop.db.owner.password, ocop.db.pool.max, ocop.setup.public-url, ocop.setup.body, ocop.setup.trusted-proxies,
# ocop.setup.demo, ocop.heap, ocop.https.keystore, ocop.https.keystore.password, ocop.https.port.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/payara-installation.sh" "${1:?properties file}"
ear=$(prop ocop.ear)
[ -x "$asadmin" ] || { echo "$home is not a Payara Server (no bin/asadmin)" >&2; exit 2; }
[ -f "$ear" ] || { echo "$ear: no such EAR" >&2; exit 2; }
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$(prop ocop.jdbc.driver)" "$domain/lib/postgresql.jar"
keystore=$(prop ocop.https.keystore "")
if [ -n "$keystore" ]; then
  [ -f "$keystore" ] || { echo "ocop.https.keystore: $keystore: no such file" >&2; exit 2; }
  # The key store is read at start: stop the domain, import, start again. Passwords through the environment of
  # keytool, not its command line.
  if running; then "$asadmin" stop-domain domain1 >/dev/null; fi
  export OCOP_SRC_PASSWORD OCOP_MASTER_PASSWORD
  OCOP_SRC_PASSWORD=$(prop ocop.https.keystore.password); OCOP_MASTER_PASSWORD=$(prop payara.master.password changeit)
  keytool -delete -alias ocop -keystore "$domain/config/keystore.p12" -storepass:env OCOP_MASTER_PASSWORD >/dev/null 2>&1 || true
  alias=$(keytool -list -keystore "$keystore" -storetype PKCS12 -storepass:env OCOP_SRC_PASSWORD | awk -F, '/PrivateKeyEntry/ {print $1; exit}')
  [ -n "$alias" ] || { echo "$keystore holds no private key" >&2; exit 2; }
  keytool -importkeystore -noprompt -srckeystore "$keystore" -srcstoretype PKCS12 -srcstorepass:env OCOP_SRC_PASSWORD \
    -srcalias "$alias" -destkeystore "$domain/config/keystore.p12" -deststoretype PKCS12 \
    -deststorepass:env OCOP_MASTER_PASSWORD -destalias ocop >/dev/null
  unset OCOP_SRC_PASSWORD OCOP_MASTER_PASSWORD
fi
running || "$asadmin" start-domain domain1 >/dev/null

# Password aliases: asadmin reads the password from a file (Java properties: a backslash is doubled).
password_alias() {
  local name=$1 v=${2//\\/\\\\}
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$v" > "$work/alias"
  if "$asadmin" list-password-aliases 2>/dev/null | grep -qx "$name"; then
    "$asadmin" --passwordfile "$work/alias" update-password-alias "$name" >/dev/null
  else
    "$asadmin" --passwordfile "$work/alias" create-password-alias "$name" >/dev/null
  fi
  rm -f "$work/alias"
}
password_alias ocop-db-password "$(prop ocop.db.password)"
owner=$(prop ocop.db.owner.user "")
[ -z "$owner" ] || password_alias ocop-db-owner-password "$(prop ocop.db.owner.password)"

export OCOP_DB_URL OCOP_DB_USER OCOP_DB_POOL_MAX OCOP_HEAP OCOP_DEMO OCOP_BODY OCOP_TRUSTED_PROXIES OCOP_PUBLIC_URL \
  OCOP_HTTPS_PORT OCOP_DB_OWNER_USER OCOP_NOTICE_LEAD_DAYS
OCOP_DB_URL=$(prop ocop.db.url); OCOP_DB_USER=$(prop ocop.db.user); OCOP_DB_POOL_MAX=$(prop ocop.db.pool.max 32)
OCOP_HEAP=$(prop ocop.heap 1g); OCOP_DEMO=$(prop ocop.setup.demo false); OCOP_BODY=$(prop ocop.setup.body 01)
OCOP_TRUSTED_PROXIES=$(prop ocop.setup.trusted-proxies none); OCOP_PUBLIC_URL=$(prop ocop.setup.public-url)
OCOP_HTTPS_PORT=$(prop ocop.https.port 8181); OCOP_DB_OWNER_USER=$owner
OCOP_NOTICE_LEAD_DAYS=$(prop ocop.notice.lead-days "")
# The pools name the aliases; Payara puts the passwords in when it connects.
export OCOP_DB_PASSWORD='${ALIAS=ocop-db-password}' OCOP_DB_OWNER_PASSWORD='${ALIAS=ocop-db-owner-password}'
files=("$scripts/jvm-options.asadmin" "$scripts/security.asadmin" "$scripts/logging.asadmin" "$scripts/datasource-postgresql.asadmin")
[ -z "$owner" ] || files+=("$scripts/datasource-postgresql-owner.asadmin")
if [ -n "$keystore" ]; then files+=("$scripts/https.asadmin"); else files+=("$scripts/remove-https.asadmin"); fi
"$scripts/apply.sh" "$home" "${files[@]}" >/dev/null
"$asadmin" restart-domain domain1 >/dev/null
"$asadmin" deploy --force=true --name ocop "$ear" || { echo "FAILED: the deployment (see $domain/logs/server.log)" >&2; exit 1; }
chmod -R go-rwx "$domain/config" "$domain/logs"
echo "Payara at $home: the portal is installed and running (check it with config/bin/health-check.sh)"
