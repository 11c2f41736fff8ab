# The WildFly installation that install-wildfly.sh and remove-wildfly.sh work on (sourced by both, after
# "set -euo pipefail", with the properties file as its argument): the properties read, the server's home and its
# configuration folder, the scripts of config/wildfly, a work folder removed at the end.
. "$here/properties.sh"
installation wildfly "${1:?properties file}"
config="$home/standalone/configuration"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Both scripts work offline (jboss-cli's embedded server): they stop while a server answers on the management port.
refuse_while_running() {
  if (exec 3<>/dev/tcp/127.0.0.1/9990) 2>/dev/null; then
    echo "A server answers on the management port 9990: stop WildFly first (systemctl stop ocop-wildfly)" >&2; exit 1
  fi
}
