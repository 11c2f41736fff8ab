#!/usr/bin/env bash
# Removes the OCOP portal from Payara Server (docs/deploy.md): undeploys it, then undoes install-payara.sh in the order
# that leaves nothing referring to what is removed (the application, its datasources, then the rest), and stops the
# domain; the driver and the certificate leave the domain last. domain.xml then holds what it held before the
# installation (Payara's JVM options come back at the end of their list). The database is not touched.
#   remove-payara.sh PROPERTIES_FILE    (payara.home, payara.master.password, ocop.heap are read)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/payara-installation.sh" "${1:?properties file}"
running || "$asadmin" start-domain domain1 >/dev/null
if "$asadmin" list-applications 2>/dev/null | grep -q '^ocop '; then "$asadmin" undeploy ocop >/dev/null; fi
export OCOP_HEAP; OCOP_HEAP=$(prop ocop.heap 1g)
"$scripts/apply.sh" "$home" "$scripts/remove-datasource.asadmin" "$scripts/remove-https.asadmin" "$scripts/remove-logging.asadmin" \
  "$scripts/remove-security.asadmin" "$scripts/remove-jvm-options.asadmin" >/dev/null
for name in ocop-db-password ocop-db-owner-password; do
  if "$asadmin" list-password-aliases 2>/dev/null | grep -qx "$name"; then "$asadmin" delete-password-alias "$name" >/dev/null; fi
done
"$asadmin" stop-domain domain1 >/dev/null
export OCOP_MASTER_PASSWORD; OCOP_MASTER_PASSWORD=$(prop payara.master.password changeit)
keytool -delete -alias ocop -keystore "$domain/config/keystore.p12" -storepass:env OCOP_MASTER_PASSWORD >/dev/null 2>&1 || true
rm -f "$domain/lib/postgresql.jar"
echo "Payara at $home: the portal and its configuration are removed (the domain is stopped)"
