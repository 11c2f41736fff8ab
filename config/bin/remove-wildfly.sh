#!/usr/bin/env bash
# Removes the OCOP portal from a stopped WildFly (docs/deploy.md): undeploys it and undoes install-wildfly.sh, offline,
# in the order that leaves nothing referring to what is removed (the application, then its datasources and driver,
# then the rest, the encryption key last); WildFly's example datasource comes back and bin/standalone.conf is put back
# as it was. standalone.xml is then as WildFly had it before the installation. The database is not touched.
#   remove-wildfly.sh PROPERTIES_FILE     (only wildfly.home is read)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/wildfly-installation.sh" "${1:?properties file}"
refuse_while_running
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  echo "if (outcome == success) of /deployment=ocop.ear:read-resource"
  echo "    undeploy ocop.ear"
  echo "end-if"
  cat "$scripts/remove-datasource.cli" "$scripts/remove-https.cli" "$scripts/remove-logging.cli" \
      "$scripts/remove-system-properties.cli" "$scripts/remove-security.cli" "$scripts/restore-example-datasource.cli" \
      "$scripts/remove-secrets.cli"
  echo "stop-embedded-server"
} > "$work/remove.cli"
"$home/bin/jboss-cli.sh" --file="$work/remove.cli" > "$work/remove.out" 2>&1 || {
  grep -v '^{"outcome" => "success"}$' "$work/remove.out" >&2; echo "FAILED: remove-wildfly.sh stopped at the error above" >&2; exit 1; }
rm -f "$config/ocop-keys.cs" "$config/ocop-https.p12"
if [ -f "$home/bin/standalone.conf.before-ocop" ]; then
  mv "$home/bin/standalone.conf.before-ocop" "$home/bin/standalone.conf"
fi
rm -f "$config/standalone.xml.before-ocop"
echo "WildFly at $home: the portal and its configuration are removed"
