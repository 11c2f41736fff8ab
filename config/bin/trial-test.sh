#!/usr/bin/env bash
# The WildFly trial run's test (run by mvn verify): exactly what "mvn -Drun.wildfly package" does (wildfly.sh install,
# configure h2 with the demonstration, run) on a fresh data folder, then checks that the whole demonstration loaded:
# the former district's rounds of 2019 and 2024 with their paper sheets keyed twice, the decisions, certificates,
# training and plans, and the City's year 2026 with its round and certificates. The demonstration loads in one
# transaction: complete, or nothing and a loud line in the log (then this test fails and shows it).
#   trial-test.sh WILDFLY_ZIP EAR IT_DIR     (OCOP_DRIVERS: folder with h2.jar)
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
zip=${1:?wildfly zip}; ear=${2:?ear}; it=${3:?it dir}
dir="$it/trial-wildfly"
fail() { echo "TRIAL TEST (WildFly) FAILED: $*" >&2; exit 1; }
rm -rf "$dir"; mkdir -p "$dir/data"
started=$(date +%s)
url="jdbc:h2:file:$dir/data/ocop;AUTO_SERVER=TRUE"
"$here/wildfly.sh" install "$zip" "$dir/server" >/dev/null
OCOP_DB_URL=$url OCOP_DEMO=true "$here/wildfly.sh" configure "$dir/server/wildfly" h2 >/dev/null
OCOP_DB_URL=$url "$here/wildfly.sh" run "$dir/server/wildfly" "$ear" > "$dir/run.log" 2>&1 &
run=$!
trap 'kill -TERM "$run" 2>/dev/null; wait "$run" 2>/dev/null || true' EXIT
for _ in $(seq 900); do
  grep -q 'OCOP portal is ready on WildFly' "$dir/run.log" && break
  kill -0 "$run" 2>/dev/null || fail "wildfly.sh run ended: $(tail -5 "$dir/run.log")"
  sleep 1
done
ready=$(grep 'OCOP portal is ready on WildFly' "$dir/run.log") || fail "no ready line within 15 minutes"
[[ "$ready" == *"first page answered 200, demonstration data: ready"* ]] || fail "$ready; $(grep -A3 'DEMONSTRATION DATA WAS NOT' "$dir/server/wildfly/standalone/log/server.log" | head -8)"
counts=$(java -cp "${OCOP_DRIVERS:?OCOP_DRIVERS}/h2.jar" org.h2.tools.Shell -url "$url" -user sa -password ocop -sql \
  "SELECT (SELECT COUNT(*) FROM evaluation_round WHERE round_year = 2026) AS c, (SELECT COUNT(*) FROM evaluation_round WHERE round_year < 2026) AS r,
   (SELECT COUNT(*) FROM cert_decision) AS d, (SELECT COUNT(*) FROM cert_certificate) AS k, (SELECT COUNT(*) FROM training_course) AS t,
   (SELECT COUNT(*) FROM ocop_plan) AS p, (SELECT COUNT(DISTINCT entered_by) FROM paper_entry) AS e" | sed -n 2p | tr -d '|')
read -r city rounds decisions certificates courses plans keyers <<<"$counts"
[ "${city:-0}" -ge 1 ] && [ "$rounds" -ge 2 ] && [ "$decisions" -ge 2 ] && [ "$certificates" -ge 2 ] && [ "$courses" -ge 1 ] \
  && [ "$plans" -ge 1 ] && [ "$keyers" -ge 2 ] \
  || fail "the demonstration is incomplete: $counts (City rounds of 2026, earlier rounds, decisions, certificates, courses, plans, paper keyers)"
echo "trial test (WildFly): $ready"
echo "trial test (WildFly): the whole demonstration loaded: $city City round of 2026, $rounds earlier rounds, $decisions decisions, $certificates certificates, $courses training courses, $plans plans, paper sheets keyed by $keyers people; $(( $(date +%s) - started )) s in all"
