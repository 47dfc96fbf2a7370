#!/usr/bin/env bash
# Mixed benchmark (issue 17): the public lookup's tail while intake runs. On one database it measures
#   1. idle:  GET /api/public/v1/dossiers/{code} with wrk (CONNECTIONS, DURATION s), nothing else running;
#   2. mixed: the same wrk run while DVCQG status updates arrive at RATE records a second (bench/intake-load.mjs
#             --rate, open loop, SENDERS senders, batches of BATCH);
# and prints both p99s, their ratio (goal: mixed p99 at most 2x idle p99) and the intake rate actually reached.
#
#   flock /work/build.lock bench/mixed.sh
#   RATE=500 DURATION=20 flock /work/build.lock bench/mixed.sh
#   REUSE=1 ...            # keep the database of the previous run (new codes each run)
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk, node.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-100000}
RATE=${RATE:-1000}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64}
BATCH=${BATCH:-500}
SENDERS=${SENDERS:-4}
DB=${BENCH_DB:-motcua_bench_mixed}
PORT=${BENCH_PORT:-8097}
PG="env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
OUT=bench/out
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
jar=backend/target/quarkus-app/quarkus-run.jar
# a jar older than the sources would measure yesterday's code (a jar build, not a test run)
if [ ! -f "$jar" ] || [ -n "$(find backend/src/main pom.xml backend/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q package -DskipTests
fi
sql() { $PG -d "$DB" -tA -c "$1"; }

if [ -z "${REUSE:-}" ]; then
  echo "== fresh database $DB"
  $PG -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

API_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
echo "== starting the app (demo reference data, rate limit off, a fresh integration key)"
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT \
MOTCUA_SANDBOX_ENABLED=true MOTCUA_DEMO_DATA=true MOTCUA_DEMO_DOSSIERS=0 MOTCUA_LOOKUP_RATE_LIMIT_ENABLED=false \
MOTCUA_INTEGRATION_BOOTSTRAP_KEY=$API_KEY QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java -jar "$jar" > "$OUT/mixed-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the app died: see $OUT/mixed-app.log"; exit 1; }
  sleep 1
done
for _ in $(seq 1 120); do # the demo loader writes the agencies and procedures the records name
  [ "$(sql "select count(*) from procedure where code = '2.000720'")" = 1 ] && break
  sleep 1
done

if [ -z "${REUSE:-}" ]; then
  echo "== generating $BASE dossiers"
  sql "select motcua_generate_dossiers($BASE)" >/dev/null
  sql "vacuum analyze" >/dev/null
fi
total=$(sql "select count(*) from dossier")
sql "select code from dossier where source_system is distinct from 'bootstrap' order by random() limit 100000" \
  > "$OUT/mixed-codes.txt"
load() { node bench/intake-load.mjs --port "$PORT" --key "$API_KEY" --batch "$BATCH" --senders "$SENDERS" "$@"; }
field() { node -e "const v = JSON.parse(process.argv[1])['$1']; console.log(typeof v === 'object' ? JSON.stringify(v) : v)" "$2"; }
lookups() { # $1: seconds; prints "rps p50 p99 errors non2xx"
  CODES_FILE="$OUT/mixed-codes.txt" wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s bench/lookup.lua \
    "http://127.0.0.1:$PORT" > "$OUT/mixed-wrk.txt"
  grep WRK_RESULT "$OUT/mixed-wrk.txt" \
    | sed -E 's/.*rps=([0-9.]+) p50_ms=([0-9.]+) p99_ms=([0-9.]+) errors=([0-9]+) non2xx=([0-9]+).*/\1 \2 \3 \4 \5/'
}

# the dossiers the mixed phase updates: created first, unmeasured (every run sends codes no earlier run sent)
count=$((RATE * DURATION))
k0=$(sql "select count(*) from dossier where source_system = 'bootstrap'")
echo "== preparing $count dossiers for the updates (and warming the intake path)"
load --mode new --from "$k0" --count "$count" >/dev/null
echo "== warm-up lookups (JIT, caches), 15 s"
lookups 15 >/dev/null

echo "== idle: lookups alone, $CONNECTIONS connections, ${DURATION}s"
read -r idle_rps idle_p50 idle_p99 idle_err idle_non2xx < <(lookups "$DURATION")
echo "   $idle_rps lookups/s, p50 $idle_p50 ms, p99 $idle_p99 ms"

echo "== mixed: the same lookups while $count status updates arrive at $RATE a second"
load --mode update --from "$k0" --count "$count" --status 4 --rate "$RATE" > "$OUT/mixed-intake.json" &
LOADER=$!
read -r mix_rps mix_p50 mix_p99 mix_err mix_non2xx < <(lookups "$DURATION")
wait $LOADER
intake=$(cat "$OUT/mixed-intake.json")
echo "   $mix_rps lookups/s, p50 $mix_p50 ms, p99 $mix_p99 ms; intake $intake"

ratio=$(echo "scale=2; $mix_p99 / $idle_p99" | bc)
when=$(date -u +%Y-%m-%dT%H:%MZ)
cat <<RESULT | tee "$OUT/mixed-result.txt"

RESULT mixed benchmark ($when, $(nproc) cores, $total dossiers, $CONNECTIONS lookup connections, ${DURATION}s a phase)
  idle lookups:   ${idle_rps}/s  p50 ${idle_p50} ms  p99 ${idle_p99} ms  (errors ${idle_err}, non-2xx ${idle_non2xx})
  during intake:  ${mix_rps}/s  p50 ${mix_p50} ms  p99 ${mix_p99} ms  (errors ${mix_err}, non-2xx ${mix_non2xx})
  p99 during intake / idle p99: ${ratio} (goal: at most 2)
  intake asked ${RATE} updates/s, reached $(field perSecond "$intake")/s over $(field seconds "$intake") s (outcomes $(field outcomes "$intake"), batch p99 $(field batchP99 "$intake") ms)
RESULT
echo "$when idle_p99=$idle_p99 mixed_p99=$mix_p99 ratio=$ratio idle_rps=$idle_rps mixed_rps=$mix_rps intake_rate=$(field perSecond "$intake")/$RATE" \
  >> "$OUT/mixed-runs.txt"
