#!/usr/bin/env bash
# Webhook acknowledgement benchmark: signed Zalo events posted to /zalo/webhook at a fixed rate (default
# 200/s) while pgbench keeps the same PostgreSQL server busy on another database; the baseline is the same
# load against GET /q/health/live in the same run (same pgbench load). Latency is measured from each
# request's scheduled time (open loop, bench/webhook_load.py). Zalo redelivers after 2 s; the goal is p99 < 50 ms.
#
#   bench/webhook-ack.sh                       # 200 events/s, 45 s per phase, pgbench with 4 clients
#   RATE=300 DURATION=60 PGBENCH_CLIENTS=8 bench/webhook-ack.sh
#   ZALO_INBOX_CONCURRENCY=1 bench/webhook-ack.sh   # the bot one event at a time, for the burst's baseline
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), pgbench, python3, the built jar
# (./mvnw -q package -DskipTests). Runs the app on BENCH_PORT (18081) with its own database.
set -euo pipefail
# The sandbox signs with this OA secret key (the installation would otherwise generate its own).
BENCH_OA_SECRET="bench-oa-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
cd "$(dirname "$0")/.."

RATE=${RATE:-200}
DURATION=${DURATION:-45}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-4}
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB:-motcua_bench_signin}
PGDB=${DB}_pgbench
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
OUT=bench/out
mkdir -p "$OUT"
JAR=backend/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }

echo "== fresh databases $DB and $PGDB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB" \
    -c "drop database if exists $PGDB" -c "create database $PGDB"
pgbench -h 127.0.0.1 -U postgres -i -q -s 20 "$PGDB" >/dev/null 2>&1

echo "== starting the app on port $PORT (sandbox Zalo mode, demo data)"
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT \
ZALO_OA_SECRET_KEY="$BENCH_OA_SECRET" MOTCUA_SANDBOX_ENABLED=true MOTCUA_DEMO_DATA=true MOTCUA_DEMO_DOSSIERS=0 QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java -jar "$JAR" > "$OUT/webhook-app.log" 2>&1 &
APP=$!
PGB=""
trap 'kill $APP 2>/dev/null || true; [ -n "$PGB" ] && kill $PGB 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "app did not start"; tail -30 "$OUT/webhook-app.log"; exit 1; }

load() { BENCH_OA_SECRET="$BENCH_OA_SECRET" python3 bench/webhook_load.py --port "$PORT" --rate "$RATE" "$@"; }

echo "== warm-up (15 s)"
load --duration 10 --mode webhook >/dev/null
load --duration 5 --mode get >/dev/null

echo "== pgbench: $PGBENCH_CLIENTS clients, TPC-B-like, for both measured phases"
pgbench -h 127.0.0.1 -U postgres -c "$PGBENCH_CLIENTS" -j 2 -T $((2 * DURATION + 5)) "$PGDB" > "$OUT/webhook-pgbench.txt" 2>&1 &
PGB=$!
sleep 2
echo "== baseline: GET /q/health/live at $RATE/s for $DURATION s (database busy)"
BASE=$(load --duration "$DURATION" --mode get --path /q/health/live)
echo "$BASE"
echo "== webhook: signed events at $RATE/s for $DURATION s (database busy)"
HOOK=$(load --duration "$DURATION" --mode webhook)
echo "$HOOK"
wait $PGB || true
PGB=""
TPS=$(grep -o 'tps = [0-9.]*' "$OUT/webhook-pgbench.txt" | head -1 | cut -d' ' -f3)
echo "pgbench during both phases: $TPS tps"

echo "== webhook again, database idle"
IDLE=$(load --duration "$DURATION" --mode webhook)
echo "$IDLE"

echo "== the bot drains the inbox"
DRAIN_START=$(date +%s)
for _ in $(seq 1 600); do
  open=$($PG -d "$DB" -tA -c "select count(*) from zalo_inbox where state in ('pending','processing')")
  [ "$open" = "0" ] && break
  sleep 1
done
echo "events still open at the end of the last phase drained in $(( $(date +%s) - DRAIN_START )) s"
$PG -d "$DB" -tA -c "select state, count(*) from zalo_inbox group by state order by state"
$PG -d "$DB" -tA -c "select 'bot replies recorded: ' || count(*) from zalo_sandbox_message"

echo "== burst: ${BURST:-6000} events at 1000/s, then the time until the bot has answered them all"
BURST_START=$(date +%s.%N)
BURSTED=$(load --rate 1000 --duration "$(( ${BURST:-6000} / 1000 ))" --mode webhook)
until [ "$($PG -d "$DB" -tA -c "select count(*) from zalo_inbox where state in ('pending','processing')")" = "0" ]; do
  sleep 0.2
done
BURST_SECS=$(echo "$(date +%s.%N) - $BURST_START" | bc)
echo "burst acks: $BURSTED"
echo "burst of ${BURST:-6000} answered by the bot in ${BURST_SECS}s = $(echo "${BURST:-6000} / $BURST_SECS" | bc) events/s (zalo.inbox-concurrency ${ZALO_INBOX_CONCURRENCY:-8})"

row() { python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"{r['rate']}/s | {r['p50']} ms | {r['p90']} ms | {r['p99']} ms | {r['max']} ms | {r['statuses']}\")" "$1"; }
echo
echo "| Phase | Achieved rate | p50 | p90 | p99 | max | statuses |"
echo "|---|---|---|---|---|---|---|"
echo "| Baseline GET /q/health/live, pgbench $PGBENCH_CLIENTS clients ($TPS tps) | $(row "$BASE") |"
echo "| Webhook ack, pgbench $PGBENCH_CLIENTS clients | $(row "$HOOK") |"
echo "| Webhook ack, database idle | $(row "$IDLE") |"
