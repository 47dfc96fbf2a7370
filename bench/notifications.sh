#!/usr/bin/env bash
# Notification benchmark and fault runs, against a local fake of Zalo (bench/fake-zalo.mjs, node), all in
# one run on this machine:
#   1. throughput: N status changes (default 10,000) for N subscribed citizens, no rate limit; the baseline is
#      the same number of POSTs from node straight to the same fake (bench/http-baseline.mjs);
#   2. rate limit: the default 4,000 a minute is never exceeded (the fake's busiest 60-second window);
#   3. kill -9 in the middle of a run, restart: nothing lost, duplicates no more than what was in flight;
#   4. the fake answering 503 for 30 seconds: everything delivered after it recovers;
#   5. lookups and webhooks during a fan-out: the public lookup's latency (bench/lookup-load.mjs) and the
#      webhook's acknowledgement (bench/webhook_load.py) while N notifications go, against the same load on an
#      idle app; "mixed" with the senders giving way to people (the default rate-while-busy), "mixed-unpaced"
#      without (needs python3 too).
#
#   bench/notifications.sh              # everything, about 10 minutes
#   N=2000 RUNS="throughput" bench/notifications.sh
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), node, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
RUNS=${RUNS:-"throughput ratelimit kill fault mixed mixed-unpaced"}
DB=${BENCH_DB:-motcua_bench_notify}
PORT=${BENCH_PORT:-18082}
FAKE_PORT=${FAKE_PORT:-18090}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
OUT=bench/out
mkdir -p "$OUT"
jar=backend/target/quarkus-app/quarkus-run.jar
# a jar older than the sources would measure yesterday's code
if [ ! -f "$jar" ] || [ -n "$(find backend/src/main pom.xml backend/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q package -DskipTests
fi

node bench/fake-zalo.mjs "$FAKE_PORT" > "$OUT/fake-zalo.log" 2>&1 &
FAKE=$!
APP=
trap 'kill $FAKE 2>/dev/null || true; [ -n "$APP" ] && kill -9 $APP 2>/dev/null || true' EXIT
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

start_app() { # $1: rate limit per minute; $2: sends a second while people use the app (0: no pacing)
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$DB \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  MOTCUA_SANDBOX_ENABLED=true MOTCUA_DEMO_DATA=true MOTCUA_DEMO_DOSSIERS="$N" \
  ZALO_MODE=live ZALO_APP_ID=bench-app ZALO_OA_ID=bench-oa ZALO_OA_SECRET_KEY=bench-oa-secret \
  ZALO_APP_SECRET=bench-app-secret ZALO_OPENAPI_URL=http://127.0.0.1:$FAKE_PORT \
  ZALO_BUSINESS_URL=http://127.0.0.1:$FAKE_PORT/business ZALO_RATE_LIMIT_PER_MINUTE="$1" \
  MOTCUA_NOTIFICATIONS_HOLD=PT0S MOTCUA_NOTIFICATIONS_LEASE=PT15S MOTCUA_LOOKUP_RATE_LIMIT_ENABLED=false \
  MOTCUA_NOTIFICATIONS_RATE_WHILE_BUSY="${2:-200}" \
    java -jar backend/target/quarkus-app/quarkus-run.jar >> "$OUT/notify-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the app did not start: see $OUT/notify-app.log"; exit 1
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; }
sql() { $PG -d "$DB" -tA -c "$1"; }
stats() { curl -s "http://127.0.0.1:$FAKE_PORT/stats"; }
field() { node -e "console.log(JSON.parse(process.argv[1])['$1'])" "$2"; }

# N status changes in one transaction: one outbox row each (what intake writes), for the first N dossiers
change_all() {
  sql "with picked as (select id, code, status from dossier order by id limit $N),
       upd as (update dossier d set status = case when p.status = 9 then 10 else 9 end from picked p
               where d.id = p.id returning d.id, d.code, p.status as from_status, d.status as to_status)
       insert into outbox (dossier_id, kind, from_status, to_status, payload)
       select id, 'STATUS_CHANGED', from_status, to_status,
              json_build_object('code', code, 'fromStatus', from_status, 'toStatus', to_status)::text from upd" >/dev/null
}
wait_sent() { # $1: outbox id before the run; prints seconds until all N are sent
  local t0=$2 limit=${3:-600}
  while true; do
    local sent
    sent=$(sql "select count(*) from notification where outbox_id > $1 and status = 'sent' and recipient_key like 'u:bench-%'")
    [ "$sent" -ge "$N" ] && break
    if [ "$(echo "$(date +%s.%N) - $t0 > $limit" | bc)" = 1 ]; then echo "TIMEOUT ($sent of $N sent)"; return 1; fi
    sleep 0.2
  done
  echo "$(date +%s.%N) - $t0" | bc
}

echo "== first start: schema, demo data with $N generated dossiers"
start_app 100000000
for _ in $(seq 1 300); do
  # the demo loader subscribes its chat citizen last: after that, its history is marked done
  [ "$(sql "select count(*) from dossier_subscription where zalo_user_id = 'nguoi-dan-demo'")" -gt 0 ] && break
  sleep 1
done
sql "insert into zalo_token (access_token, refresh_token, access_expires_at) values ('bench-token', 'bench-refresh', now() + interval '20 hours')
     on conflict (id) do update set access_token = excluded.access_token, access_expires_at = excluded.access_expires_at" >/dev/null
sql "insert into zalo_user (zalo_user_id, followed, last_interaction_at)
       select 'bench-' || id, true, now() + interval '3 days' from (select id from dossier order by id limit $N) d on conflict do nothing;
     insert into dossier_subscription (dossier_id, zalo_user_id, source)
       select id, 'bench-' || id, 'bot' from (select id from dossier order by id limit $N) d on conflict do nothing;
     update dossier set notify_consent = false;
     update outbox set processed_at = now() where processed_at is null" >/dev/null
sql "vacuum analyze" >/dev/null
RESULTS="$OUT/notifications.txt"
: > "$RESULTS"

for run in $RUNS; do
  curl -s -X POST "http://127.0.0.1:$FAKE_PORT/control/reset" >/dev/null
  before=$(sql "select coalesce(max(id), 0) from outbox")
  case $run in
    throughput)
      # warm-up: one unmeasured round, so that the measured one does not time the JIT compiler
      t0=$(date +%s.%N); change_all; wait_sent "$before" "$t0" >/dev/null
      before=$(sql "select coalesce(max(id), 0) from outbox")
      baseline=$(node bench/http-baseline.mjs "$FAKE_PORT" "$N" 32)
      curl -s -X POST "http://127.0.0.1:$FAKE_PORT/control/reset" >/dev/null
      t0=$(date +%s.%N); change_all; secs=$(wait_sent "$before" "$t0")
      rate=$(echo "$N / $secs" | bc); s=$(stats)
      echo "throughput: $N notifications sent in ${secs}s = $rate/s; baseline (node -> fake, same concurrency) $baseline req/s; ratio $(echo "scale=2; $rate / $baseline" | bc); fake calls $(field calls "$s"), distinct $(field distinct "$s"), duplicates $(field duplicates "$s")" | tee -a "$RESULTS"
      ;;
    ratelimit)
      stop_app; start_app 4000
      t0=$(date +%s.%N); change_all; secs=$(wait_sent "$before" "$t0" 900); s=$(stats)
      echo "rate limit 4000/min: $N sent in ${secs}s; busiest 60 s at the fake: $(field maxPerMinute "$s") calls; duplicates $(field duplicates "$s")" | tee -a "$RESULTS"
      stop_app; start_app 100000000
      ;;
    kill)
      t0=$(date +%s.%N); change_all
      sleep "${KILL_AFTER:-3}"; kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=
      at_kill=$(sql "select count(*) from notification where outbox_id > $before and status = 'sent'")
      calls_at_kill=$(field calls "$(stats)")
      start_app 100000000
      secs=$(wait_sent "$before" "$t0"); s=$(stats)
      echo "kill -9 after ${KILL_AFTER:-3}s: $at_kill recorded sent and $calls_at_kill received by the fake at the kill; after restart all $N sent (${secs}s in all); fake calls $(field calls "$s"), distinct $(field distinct "$s"), duplicates $(field duplicates "$s")" | tee -a "$RESULTS"
      ;;
    fault)
      curl -s -X POST "http://127.0.0.1:$FAKE_PORT/control/fail?seconds=30" >/dev/null
      t0=$(date +%s.%N); change_all; secs=$(wait_sent "$before" "$t0" 900); s=$(stats)
      failures=$(sql "select count(*) from notification_status_change h join notification n on n.id = h.notification_id where n.outbox_id > $before and h.status = 'temporary-failure'")
      echo "Zalo 503 for 30 s: all $N sent ${secs}s after the start; $failures temporary failures recorded on the way; fake calls $(field calls "$s"), distinct $(field distinct "$s"), duplicates $(field duplicates "$s")" | tee -a "$RESULTS"
      ;;
    mixed|mixed-unpaced)
      # lookups (closed loop, 8 clients) and signed webhook events (open loop, 100/s), each for 8 s, first on an
      # idle app, then while a fan-out of N runs; "mixed" with the senders giving way to them (rate-while-busy
      # 200/s, the default), "mixed-unpaced" with that pacing off
      [ "$run" = mixed-unpaced ] && { stop_app; start_app 100000000 0; }
      code=$(sql "select code from dossier order by id desc limit 1")
      hooks() { python3 bench/webhook_load.py --port "$PORT" --rate 100 --duration 8 --app-id bench-app \
                  --secret bench-oa-secret --user-prefix hook-; }
      node bench/lookup-load.mjs "$PORT" "$code" 5 8 >/dev/null; hooks >/dev/null # warm-up, not measured
      idle=$(node bench/lookup-load.mjs "$PORT" "$code" 8 8); idle_hooks=$(hooks)
      t0=$(date +%s.%N); change_all
      busy=$(node bench/lookup-load.mjs "$PORT" "$code" 8 8); busy_hooks=$(hooks)
      secs=$(wait_sent "$before" "$t0")
      echo "$run: lookups (8 clients, 8 s) on an idle app: $idle; during the fan-out of $N notifications (all sent in ${secs}s): $busy" | tee -a "$RESULTS"
      echo "$run: webhook acks (100/s, 8 s) on an idle app: $idle_hooks; during the fan-out: $busy_hooks" | tee -a "$RESULTS"
      [ "$run" = mixed-unpaced ] && { stop_app; start_app 100000000; }
      ;;
  esac
done
stop_app
echo "== results in $RESULTS"
