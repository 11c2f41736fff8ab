#!/usr/bin/env bash
# The load benchmark (not part of mvn verify): N signed-in clients at once on the pages and API routes people use, a
# fixed time per page, with wrk (Debian: apt-get install wrk). Prints req/s, p50/p95/p99 and the size of an answer per
# page as a Markdown table.
# Subcommands:
#   serve h2|postgresql   prepare a Payara of its own (config/target/bench/DB) with the config/payara settings, the
#                         province-size demonstration (loaded on the first start, kept afterwards), start it and
#                         return once the demonstration is ready. PostgreSQL: database ocop_bench on 127.0.0.1:5432
#                         (user postgres, trust), made anew by "serve postgresql fresh". OCOP_EAR: another EAR.
#   run [URL]             the benchmark against a running server with the province-size data (default
#                         http://localhost:8080/ocop/); BENCH_SECONDS (15) per page after BENCH_WARMUP (5) seconds,
#                         BENCH_CLIENTS (20) clients on BENCH_THREADS (2) wrk threads, BENCH_PAGES (all: a list of
#                         page keys). The server's resident memory (RSS) after the run is printed when its pid is found.
#   stop h2|postgresql    undeploy and stop that server.
# Build first: mvn -q package -pl config -am -DskipTests (the EAR and the JDBC drivers).
# On a shared machine hold the lock of the integration tests for the whole time the server runs:
#   flock /tmp/ocop-it.lock bash -c 'config/bin/load-benchmark.sh serve h2 && config/bin/load-benchmark.sh run; config/bin/load-benchmark.sh stop h2'
set -euo pipefail
export TERM=${TERM:-dumb}
here=$(cd "$(dirname "$0")" && pwd)
config=$(cd "$here/.." && pwd)
cmd=${1:?subcommand: serve, run or stop}
shift

bench_home() { echo "$config/target/bench/$1/payara6"; }

case "$cmd" in
  serve)
    db=${1:?h2 or postgresql}; fresh=${2:-}
    home=$(bench_home "$db")
    ear=${OCOP_EAR:-$config/../ear/target/ocop.ear}
    [ -f "$ear" ] || { echo "no $ear: build first (mvn -q package -pl config -am -DskipTests)" >&2; exit 1; }
    case "$db" in
      h2) url="jdbc:h2:file:$config/target/bench/h2-data/ocop;AUTO_SERVER=TRUE"; user=sa; password=ocop ;;
      postgresql)
        url="jdbc:postgresql://127.0.0.1:5432/ocop_bench"; user=postgres; password=trust
        if [ "$fresh" = fresh ] || ! psql -h 127.0.0.1 -U postgres -d ocop_bench -c 'SELECT 1' >/dev/null 2>&1; then
          psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS ocop_bench WITH (FORCE)" \
            -c "CREATE DATABASE ocop_bench TEMPLATE template0 ENCODING 'UTF8'"
        fi ;;
      *) echo "h2 or postgresql" >&2; exit 2 ;;
    esac
    if [ ! -x "$home/bin/asadmin" ]; then
      zip=$(ls "$HOME"/.m2/repository/fish/payara/distributions/payara/*/payara-*.zip | sort | tail -1)
      "$here/payara.sh" install "$zip" "$(dirname "$home")"
      OCOP_DRIVERS="$config/target/drivers" OCOP_DB_URL="$url" OCOP_DB_USER="$user" OCOP_DB_PASSWORD="$password" \
        OCOP_DEMO=true OCOP_DEMO_SIZE=province OCOP_TRUSTED_PROXIES=127.0.0.1 \
        OCOP_PUBLIC_URL=https://ocop.example.gov.vn/ocop "$here/payara.sh" configure "$home" "$db"
    fi
    log="$home/glassfish/domains/domain1/logs/server.log"
    offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
    started=$(date +%s)
    "$home/bin/asadmin" start-domain domain1 >/dev/null
    "$home/bin/asadmin" deploy --force=true --name ocop "$ear" >/dev/null
    if ! outcome=$("$here/await-demo.sh" "$log" "$offset" true 1800); then
      echo "the demonstration did not load ($outcome); see $log" >&2; exit 1
    fi
    grep -a "OCOP demonstration ready" "$log" | tail -1 | sed 's/.*OCOP demonstration ready/OCOP demonstration ready/' | cut -c1-400
    echo "$db server ready $(( $(date +%s) - started )) s after the start"
    ;;
  stop)
    # Undeployed before the stop, so that the next start deploys the EAR of the day once (a redeployment over the
    # application the domain starts with fails on Payara 6 with WELD-000163).
    db=${1:?h2 or postgresql}
    "$(bench_home "$db")/bin/asadmin" undeploy ocop >/dev/null 2>&1 || true
    "$(bench_home "$db")/bin/asadmin" stop-domain domain1
    ;;
  run)
    base=${1:-http://localhost:8080/ocop/}
    base=${base%/}/
    seconds=${BENCH_SECONDS:-15}; warmup=${BENCH_WARMUP:-5}; clients=${BENCH_CLIENTS:-20}; threads=${BENCH_THREADS:-2}
    user=${BENCH_USER:-city.officer}; password=${BENCH_PASSWORD:-ocop-demo}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # N clients signed in through the login form (each its own session cookie).
    for i in $(seq 1 "$clients"); do
      jar="$work/jar$i"
      page=$(curl -s -c "$jar" -b "$jar" "${base}login.xhtml")
      state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//' || true)
      [ -n "$state" ] || { echo "no view state on the login page" >&2; exit 1; }
      code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "login=login" \
        --data-urlencode "login:username=$user" --data-urlencode "login:password=$password" --data-urlencode "login:next=" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "${base}login.xhtml")
      [ "$code" = 302 ] || { echo "sign-in $i answered $code" >&2; exit 1; }
      awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1 >> "$work/cookies"
    done
    year=$(date +%Y)
    round=100000000
    first=100000000
    prefix=$(sed 's|^https\?://[^/]*||' <<<"$base")
    # Each page: key, name, public or signed, the paths taken in turn.
    pages() {
      echo "home|Home dashboard (City office)|signed|index.xhtml"
      echo "products|Products list page, filtered by step and commune|signed|$(for s in IDEA_REGISTERED PREPARING DOSSIER_SUBMITTED PLAN_SUBMITTED; do for c in 1 17 42 77; do printf 'registration/products.xhtml?step=%s&commune=%d ' "$s" $((first + c)); done; done)"
      echo "producers|Producers list page|signed|registration/producers.xhtml"
      echo "product|A product page (dossier of 5 documents)|signed|$(for k in 5 1207 4411 9999 15005 19871; do printf 'registration/product.xhtml?id=%d ' $((first + k)); done)"
      echo "round|A round's page with its results (500 products x 11 members)|signed|rating/round.xhtml?id=$round"
      echo "results|API a round's results (500 x 11)|signed|api/v1/rounds/$round/results"
      echo "certificates|Certificates list page|signed|certification/certificates.xhtml certification/certificates.xhtml?status=VALID"
      echo "coverage|Training coverage page|signed|training/coverage.xhtml?year=$year"
      echo "api-products|API products search (20,000 products)|signed|$(for q in rau+sach mat+ong minh+hoa+00123 tra+hoa banh+chung do+go 777; do printf 'api/v1/products?size=25&q=%s ' "$q"; done)"
      echo "api-producers|API producers search|signed|$(for q in hop+tac+xa cong+ty minh+hoa+0042 nam+so; do printf 'api/v1/producers?size=25&q=%s ' "$q"; done)"
      echo "verify|Public verification page (certificate number)|public|$(for k in 1 250 999 1500 2000; do printf 'verify.xhtml?number=MH-%05d ' "$k"; done)"
    }
    echo
    echo "Load benchmark: $clients clients, ${seconds} s per page after ${warmup} s of warm-up, $threads wrk threads, $(date -u '+%d/%m/%Y %H:%M UTC')"
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| page | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | socket errors | not 200 | KB per answer |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    pages | while IFS='|' read -r key name kind paths; do
      if [ -n "${BENCH_PAGES:-}" ] && ! grep -qw -- "$key" <<<"$BENCH_PAGES"; then continue; fi
      tr ' ' '\n' <<<"$paths" | sed "/^$/d; s|^|$prefix|" > "$work/paths"
      if [ "$warmup" -gt 0 ]; then
        wrk -t"$threads" -c"$clients" -d"${warmup}s" --timeout 10s -s "$here/load-benchmark.lua" "$base" -- \
          "$work/cookies" "$work/paths" "$key" "$kind" >/dev/null 2>&1 || true
      fi
      wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 10s -s "$here/load-benchmark.lua" "$base" -- \
        "$work/cookies" "$work/paths" "$name" "$kind" 2>"$work/err" | grep '^RESULT|' \
        | awk -F'|' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9, $10, $11}' || true
      sort -u "$work/err" | sed 's/^/    /' >&2
    done
    pid=$(ss -ltnpH 'sport = :8080' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    if [ -n "$pid" ]; then
      echo
      echo "Server (pid $pid) resident memory after the run: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
    fi
    ;;
  *)
    echo "unknown subcommand $cmd" >&2; exit 2 ;;
esac
