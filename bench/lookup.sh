#!/usr/bin/env bash
# Lookup benchmark: on one database of N dossiers (default 1,000,000), measures
# GET /api/public/v1/dossiers/{code} with wrk and the same machine's PostgreSQL select by code with pgbench,
# same client count, same run; prints both and their ratio.
#
#   bench/lookup.sh                 # 1,000,000 dossiers, 64 connections, 30 s each
#   N=100000 DURATION=10 bench/lookup.sh
#   REUSE=1 bench/lookup.sh        # keep the database of the previous run (no generation)
#   WARMUP=15 bench/lookup.sh      # seconds of unmeasured lookups first (default 45: after 15 s, the JIT still
#                                  # took 9 % of the JVM's CPU in the measured run; after 45 s, 2 %)
#   PROFILE=1 bench/lookup.sh      # also a JFR profile of the app during the measured wrk run (bench/out/lookup.jfr)
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk and pgbench (apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-45}
DB=${BENCH_DB:-motcua_bench}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
OUT=bench/out
PORT=${BENCH_PORT:-8099}
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
jar=backend/target/quarkus-app/quarkus-run.jar
# a jar older than the sources would measure yesterday's code
if [ ! -f "$jar" ] || [ -n "$(find backend/src/main pom.xml backend/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q package -DskipTests
fi

if [ -z "${REUSE:-}" ]; then
  echo "== fresh database $DB"
  $PG -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

. bench/lib/app-jvm.sh
METRICS_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40) # /q/metrics, for the lookups a query
echo "== starting the app (demo reference data, rate limit off; JVM options: ${APP_JVM_OPTS:-none})"
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT \
MOTCUA_SANDBOX_ENABLED=true MOTCUA_DEMO_DATA=true MOTCUA_DEMO_DOSSIERS=0 MOTCUA_LOOKUP_RATE_LIMIT_ENABLED=false \
MOTCUA_OPERATIONS_TOKEN=$METRICS_TOKEN \
QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java $APP_JVM_OPTS -jar backend/target/quarkus-app/quarkus-run.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/api/public/v1/dossiers/000.00.22.H12-261120-0007" >/dev/null && break
  sleep 1
done

gen="(reused)"
if [ -z "${REUSE:-}" ]; then
  echo "== generating $N dossiers"
  start=$(date +%s.%N)
  $PG -d "$DB" -c "select motcua_generate_dossiers($N)" >/dev/null
  $PG -d "$DB" -c "vacuum analyze"
  gen=$(echo "$(date +%s.%N) - $start" | bc)
fi
total=$($PG -d "$DB" -tA -c "select count(*) from dossier")
events=$($PG -d "$DB" -tA -c "select count(*) from dossier_event")
echo "generated: $total dossiers, $events timeline events in ${gen}s"

echo "== random existing codes"
$PG -d "$DB" -c "drop table if exists bench_code" -c "create table bench_code as select row_number() over () as n, code, lookup_key from (select code, lookup_key from dossier order by random() limit 100000) s" \
    -c "create unique index on bench_code(n)" -c "analyze bench_code"
$PG -d "$DB" -tA -c "select code from bench_code order by n" > "$OUT/codes.txt"
CODES=$(wc -l < "$OUT/codes.txt")

echo "== warm-up (JIT, caches), ${WARMUP}s"
CODES_FILE="$OUT/codes.txt" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/lookup.lua "http://127.0.0.1:$PORT" >/dev/null

# lookups answered per query (LookupRepository shares one query among the lookups of one event-loop turn)
per_query() {
  curl -sf -H "Authorization: Bearer $METRICS_TOKEN" "http://127.0.0.1:$PORT/q/metrics" \
    | awk '/^motcua_lookup_lookups_per_query_(count|sum)/ { v[$1 ~ /_count/ ? "c" : "s"] = $2 } END { print v["c"]+0, v["s"]+0 }'
}
read -r queries0 lookups0 < <(per_query)
echo "== app lookup: wrk, $CONNECTIONS connections, ${DURATION}s"
if [ -n "${PROFILE:-}" ]; then # the recording ends with the run; samples come from busy threads only
  jcmd $APP JFR.start name=lookup duration="${DURATION}s" filename="$(pwd)/$OUT/lookup.jfr" settings=profile >/dev/null
fi
CODES_FILE="$OUT/codes.txt" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lookup.lua \
  "http://127.0.0.1:$PORT" | tee "$OUT/wrk.txt"
read -r queries1 lookups1 < <(per_query)
per_q=$(awk -v q1="$queries1" -v q0="$queries0" -v l1="$lookups1" -v l0="$lookups0" \
  'BEGIN { if (q1 > q0) printf "%.2f", (l1 - l0) / (q1 - q0); else printf "n/a (metrics not read)" }')
read -r app_rps app_p50 app_p99 app_err app_non2xx < <(grep WRK_RESULT "$OUT/wrk.txt" \
  | sed -E 's/.*rps=([0-9.]+) p50_ms=([0-9.]+) p99_ms=([0-9.]+) errors=([0-9]+) non2xx=([0-9]+).*/\1 \2 \3 \4 \5/')

echo "== baseline: pgbench select by code, $CONNECTIONS clients, ${DURATION}s"
kill -STOP $APP
rm -f "$OUT"/pgbench_log.*
(cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" \
  -D codes="$CODES" -f ../pgbench-lookup.sql -l "$DB") | tee "$OUT/pgbench.txt"
pg_tps=$(grep -E "^tps" "$OUT/pgbench.txt" | sed -E 's/tps = ([0-9.]+).*/\1/')
read -r pg_p50 pg_p99 < <(cat "$OUT"/pgbench_log.* | awk '{print $3/1000}' | sort -n \
  | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR*0.5)], a[int(NR*0.99)]}')

# not the baseline: the app's own query (joins, timeline, previous due date) run by pgbench, which splits the
# gap into the database's share and the app's (HTTP, the reactive chain, JSON)
# read from LookupRepository's source, so that it stays the app's query for one lookup (its columns and BY_KEY's
# condition; under load the app sends one query for several lookups): $1 the lookup key, $2 the code as typed
echo "== the app's query in pgbench, $CONNECTIONS clients, ${DURATION}s"
src=backend/src/main/java/vn/motcua/lookup/LookupRepository.java
{ echo '\set n random(1, :codes)'
  { awk '/COLUMNS = """/ { f = 1; next } f && /"""/ { exit } f' "$src"
    sed -n -E 's/.*BY_KEY = COLUMNS \+ "(.*)";/\1/p' "$src"; } \
    | sed -e 's/\$1/(select lookup_key from bench_code where n = :n)/' -e 's/\$2/(select code from bench_code where n = :n)/'
  echo ';'; } > "$OUT/pgbench-lookup-app-query.sql"
rm -f "$OUT"/pgbench_log.*
(cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" \
  -D codes="$CODES" -f pgbench-lookup-app-query.sql -l "$DB") | tee "$OUT/pgbench-app-query.txt"
kill -CONT $APP
q_tps=$(grep -E "^tps" "$OUT/pgbench-app-query.txt" | sed -E 's/tps = ([0-9.]+).*/\1/')
read -r q_p50 q_p99 < <(cat "$OUT"/pgbench_log.* | awk '{print $3/1000}' | sort -n \
  | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR*0.5)], a[int(NR*0.99)]}')

ratio=$(echo "scale=3; $app_rps / $pg_tps" | bc)
[ -n "${PROFILE:-}" ] && echo "JFR profile of the measured run: $OUT/lookup.jfr (summary: jfr print --json --events jdk.ExecutionSample $OUT/lookup.jfr > /tmp/s.json && node bench/jfr-top.mjs /tmp/s.json)"
cat <<RESULT | tee "$OUT/result.txt"

RESULT lookup benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, N=$total dossiers, $CONNECTIONS connections, ${DURATION}s)
  generator:            $total dossiers + $events events in ${gen}s
  app GET lookup:       ${app_rps} req/s   p50 ${app_p50} ms   p99 ${app_p99} ms   (socket errors $app_err, non-2xx $app_non2xx)
  app lookups a query:  ${per_q}
  pgbench select:       ${pg_tps} tps     p50 ${pg_p50} ms   p99 ${pg_p99} ms
  ratio app/pgbench:    ${ratio}
  (the app's query in pgbench: ${q_tps} tps   p50 ${q_p50} ms   p99 ${q_p99} ms)
RESULT
