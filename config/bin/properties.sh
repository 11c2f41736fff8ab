# Reads an OCOP installation's properties file (sourced by create-database.sh and, through payara-installation.sh and
# wildfly-installation.sh, by install-*.sh and remove-*.sh).
# One "key=value" a line; "#" starts a comment line. The value is everything after the first "=", taken literally:
# no quoting, no escapes, no "$" expansion (a password "Ocop$Trial-2026" stays so). The file holds the database
# passwords: it must be readable by its owner only (chmod 600), or the scripts refuse it.
declare -gA OCOP_PROPERTIES=()

read_properties() {
  local file=${1:?properties file} line key
  [ -f "$file" ] || { echo "$file: no such file" >&2; exit 2; }
  local mode; mode=$(stat -c %a "$file")
  if [ "${mode: -2}" != "00" ]; then
    echo "$file is readable by others (mode $mode): it holds passwords; chmod 600 $file" >&2; exit 2
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    [[ "$line" == *=* ]] || { echo "$file: not key=value: $line" >&2; exit 2; }
    key=${line%%=*}; key=${key//[[:space:]]/}
    OCOP_PROPERTIES[$key]=${line#*=}
  done < "$file"
}

# installation SERVER PROPERTIES_FILE (payara or wildfly): reads the file; sets home (the server's, SERVER.home) and
# scripts (config/SERVER, beside this folder).
installation() {
  export TERM=${TERM:-dumb}
  scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../$1"
  read_properties "${2:?properties file}"
  home=$(prop "$1.home")
}

# prop KEY [DEFAULT]: the value, the default when absent or empty; without a default a missing value stops the script.
prop() {
  local value=${OCOP_PROPERTIES[$1]:-}
  if [ -z "$value" ]; then
    if [ $# -ge 2 ]; then value=$2; else echo "the properties file has no value for $1" >&2; exit 2; fi
  fi
  printf '%s' "$value"
}

# The PostgreSQL address of a jdbc:postgresql://host[:port]/database URL: sets PGHOST, PGPORT and OCOP_DB_NAME.
postgresql_address() {
  local url=${1#jdbc:postgresql://}
  local hostport=${url%%/*}
  OCOP_DB_NAME=${url#*/}; OCOP_DB_NAME=${OCOP_DB_NAME%%\?*}
  export PGHOST=${hostport%%:*}
  if [[ "$hostport" == *:* ]]; then export PGPORT=${hostport##*:}; else export PGPORT=5432; fi
}
