#!/usr/bin/env bash
# Two (or more) Payara instances serving the portal from one database, with the HTTP sessions replicated between them
# by Payara's Hazelcast (docs/deploy.md, "Two servers"). Run it on the domain that install-payara.sh set up (running,
# with its datasources and settings); it leaves the instances running with the portal and the domain administration
# server (DAS) without it.
#   payara-cluster.sh PAYARA_HOME EAR PORTBASE [PORTBASE…]
# One instance per PORTBASE, named ocop-1, ocop-2, …, on this machine (Payara's node localhost-domain1): its HTTP port
# is PORTBASE+80, HTTPS PORTBASE+81, administration PORTBASE+48 (e.g. 28000 → 28080). What it does:
#  - a configuration ocop-config for the instances (from Payara's default-config, whose ports follow each instance's
#    PORTBASE) with the same JVM options, security and logging settings as the DAS (config/payara scripts, the
#    OCOP_* variables of config/payara/apply.sh), web session availability on (persistence type hazelcast), the EJB
#    timer service in the data grid (an instance has no timer database of its own: with Payara's default, Database,
#    the portal does not start on an instance);
#  - the deployment group "ocop" with the instances, the datasources referenced by it;
#  - the portal deployed to the group with availability enabled (removed from the DAS), the group started.
# Running it again replaces the portal and keeps the group. The load balancer in front sends to the instances' HTTP
# ports (sticky sessions by the JSESSIONID cookie are optional: any instance continues any session).
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
scripts="$here/../payara"
home=${1:?Payara home}; ear=${2:?EAR}; shift 2
[ $# -ge 1 ] || { echo "at least one PORTBASE" >&2; exit 2; }
asadmin="$home/bin/asadmin"
config=ocop-config; group=ocop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
has() { "$asadmin" "$1" 2>/dev/null | grep -q "^$2\b"; }

if ! has list-configs "$config"; then "$asadmin" copy-config default-config "$config" >/dev/null; fi
# The DAS's scripts, aimed at the instances' configuration.
for file in jvm-options security logging; do
  sed -e "s/^\(-\?\)\(create-jvm-options\|delete-jvm-options\|create-system-properties\|delete-system-property\|set-log-levels\|set-log-attributes\) /\1\2 --target $config /" \
      -e "s/configs\.config\.server-config\./configs.config.$config./g" "$scripts/$file.asadmin" > "$work/$file.asadmin"
  "$scripts/apply.sh" "$home" "$work/$file.asadmin" >/dev/null
done
"$asadmin" set "configs.config.$config.availability-service.availability-enabled=true" \
  "configs.config.$config.availability-service.web-container-availability.availability-enabled=true" \
  "configs.config.$config.availability-service.web-container-availability.persistence-type=hazelcast" \
  "configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null

has list-deployment-groups "$group" || "$asadmin" create-deployment-group "$group" >/dev/null
n=0
for portbase in "$@"; do
  n=$((n + 1)); instance=ocop-$n
  if ! has list-instances "$instance"; then
    "$asadmin" create-local-instance --node localhost-domain1 --config "$config" --portbase "$portbase" "$instance" >/dev/null
  fi
  if ! out=$("$asadmin" add-instance-to-deployment-group --instance "$instance" --deploymentgroup "$group" 2>&1) \
      && ! grep -qi 'already' <<<"$out"; then
    echo "$out" >&2; exit 1
  fi
done
for resource in jdbc/ocop jdbc/ocop-owner; do
  if "$asadmin" list-jdbc-resources 2>/dev/null | grep -qx "$resource" \
      && ! "$asadmin" list-resource-refs "$group" 2>/dev/null | grep -qx "$resource"; then
    "$asadmin" create-resource-ref --target "$group" "$resource" >/dev/null
  fi
done
if "$asadmin" list-applications server 2>/dev/null | grep -q '^ocop '; then "$asadmin" undeploy --target domain ocop >/dev/null; fi
"$asadmin" deploy --force=true --target "$group" --availabilityenabled=true --name ocop "$ear" >/dev/null \
  || { echo "FAILED: the deployment to the group (see $home/glassfish/domains/domain1/logs/server.log)" >&2; exit 1; }
"$asadmin" start-deployment-group "$group" >/dev/null
echo "Payara at $home: the portal runs on the instances of deployment group $group ($*: HTTP on each PORTBASE+80)"
