# The Payara installation that install-payara.sh and remove-payara.sh work on (sourced by both, after
# "set -euo pipefail", with the properties file as its argument): the properties read, the server's home, its
# asadmin and its domain, the scripts of config/payara.
. "$here/properties.sh"
installation payara "${1:?properties file}"
asadmin="$home/bin/asadmin"
domain="$home/glassfish/domains/domain1"
running() { "$asadmin" list-domains 2>/dev/null | grep -q '^domain1 running'; }
