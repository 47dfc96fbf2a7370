#!/usr/bin/env bash
# Several instances, every part restarted, nothing lost. On this machine, loopback only:
#   - its own PostgreSQL 15 (initdb in a temporary folder, port 15432), the local RabbitMQ (127.0.0.1:5672),
#     the fake Zalo (bench/fake-zalo.mjs, live mode, OAuth included), three backend instances (18101-18103,
#     the same secrets, Zalo's app-wide limit ZALO_RATE_LIMIT_PER_MINUTE=4000; MOTCUA_SANDBOX_ENABLED=true only
#     because the demo data, with its published officer passwords, is loaded on a non-embedded database) behind
#     HAProxy (18100);
#   - a mixed load all along (bench/cluster-load.mjs: API and queue intake, lookups, signed webhooks with
#     redeliveries to another instance) and, one at a time, four faults:
#       kill      kill -9 of one instance 20 s into a fan-out of N (10,000) notifications, restarted 10 s later
#       postgres  PostgreSQL stopped (immediate: a crash) for 10 s during intake and lookups
#       rabbitmq  the broker stopped (rabbitmqctl stop_app) for 10 s during queue intake
#       zalo      the fake Zalo answering 503 and timing out (every other call held 7 s) for 60 s
#     and prints for each: accepted intake records lost, notifications and chat replies lost, duplicates
#     against what was in flight, time to recover, what /q/health said during the fault, the lookup p99
#     during and after;
#   - and across the run: one token refresh for the three instances (a fresh installation: no token pair
#     stored, ZALO_INITIAL_REFRESH_TOKEN given to all three, single-use at the fake), each webhook event processed once
#     wherever it landed, the outbox relay's and senders' work shared, the busiest minute at the fake.
#
#   flock /work/build.lock bench/cluster.sh          # everything, about 12 minutes
#   PHASES="postgres zalo" bench/cluster.sh
#
# Needs (Debian): PostgreSQL 15 server binaries, RabbitMQ running, node, haproxy (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
ZALO_FANOUT=${ZALO_FANOUT:-3000}
LIMIT=${LIMIT:-4000}
PHASES=${PHASES:-"kill postgres rabbitmq zalo"}
LB=18100
PORTS=(18101 18102 18103)
FAKE=18190
PGPORT=15432
OUT=bench/out/cluster
PG="psql -h 127.0.0.1 -p $PGPORT -U postgres -d motcua_cluster -v ON_ERROR_STOP=1 -q -tA"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
RESULTS=$OUT/results.txt
mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.json "$OUT"/stop-*
: > "$RESULTS"

command -v haproxy >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy; }
[ -d bench/node_modules/amqplib ] || npm install --prefix bench --no-audit --no-fund >/dev/null
# build when there is no jar or the sources changed since (a stale jar measured old code once)
jar=backend/target/quarkus-app/app/backend-1.0.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find backend/src/main pom.xml backend/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q package -DskipTests
fi
ls backend/target/quarkus-app/lib/main | grep -q embedded-postgres-binaries \
  || echo "note: this jar was built with -Pimage (no embedded PostgreSQL); fine here, the bench brings its own"
for p in $LB "${PORTS[@]}" $FAKE $PGPORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is taken: stop what runs there first"; exit 1; fi
done

PGDATA=$(mktemp -d /tmp/motcua-cluster-pg.XXXXXX)
declare -A PID
FAKE_PID= HAPROXY_PID= LOAD_PID= HEALTH_PID= RABBIT_STOPPED=
cleanup() {
  set +e
  for i in 1 2 3; do [ -n "${PID[$i]:-}" ] && kill "${PID[$i]}" 2>/dev/null; done
  for i in 1 2 3; do [ -n "${PID[$i]:-}" ] && { wait "${PID[$i]}"; } 2>/dev/null; done
  for p in $LOAD_PID $HEALTH_PID $HAPROXY_PID $FAKE_PID; do kill "$p" 2>/dev/null; done
  [ -n "$RABBIT_STOPPED" ] && rabbitmqctl start_app >/dev/null 2>&1
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA/data" -m immediate stop >/dev/null 2>&1
  cp "$PGDATA/postgres.log" "$OUT/postgres.log" 2>/dev/null; rm -rf "$PGDATA"
}
trap cleanup EXIT

now() { date +%s%3N; }
log() { echo "$*" | tee -a "$RESULTS"; }
sql() { $PG -c "$1"; }
secret() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
pg_start() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA/data" -l "$PGDATA/postgres.log" -w \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null; }
pg_crash() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA/data" -m immediate stop >/dev/null; }

# --- PostgreSQL of its own, the fake Zalo, HAProxy ---
chown postgres "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_start
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database motcua_cluster"
node bench/fake-zalo.mjs $FAKE > "$OUT/fake-zalo.log" 2>&1 &
FAKE_PID=$!
cat > "$OUT/haproxy.cfg" <<CFG
global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
frontend motcua
  bind 127.0.0.1:$LB
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  server i1 127.0.0.1:${PORTS[0]} check
  server i2 127.0.0.1:${PORTS[1]} check
  server i3 127.0.0.1:${PORTS[2]} check
CFG
haproxy -f "$OUT/haproxy.cfg" -db > "$OUT/haproxy.log" 2>&1 &
HAPROXY_PID=$!

# --- three instances, the same secrets, live mode against the fake ---
KEY=$(secret) IDHASH=$(secret) SESSION=$(secret) API_KEY=$(secret) OPS_TOKEN=$(secret)
start_instance() { # $1: 1-3; $2: true to load the demo (first start of the first instance only)
  local i=$1
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$PGPORT/motcua_cluster \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PGPORT/motcua_cluster QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=${PORTS[$((i - 1))]} \
  MOTCUA_DEMO_DATA=${2:-false} MOTCUA_DEMO_DOSSIERS="$N" \
  MOTCUA_ACCESS_TOKEN_KEYS_K1=$KEY MOTCUA_ACCESS_TOKEN_CURRENT_KEY_ID=k1 MOTCUA_ACCESS_TOKEN_ID_HASH_SECRET=$IDHASH \
  QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$SESSION MOTCUA_INTEGRATION_BOOTSTRAP_KEY=$API_KEY \
  MOTCUA_SANDBOX_ENABLED=true MOTCUA_OPERATIONS_TOKEN=$OPS_TOKEN \
  MOTCUA_LOOKUP_RATE_LIMIT_ENABLED=false MOTCUA_HTTP_TRUSTED_PROXIES=127.0.0.1 \
  MP_MESSAGING_INCOMING_DOSSIER_UPDATES_CONNECTOR=smallrye-rabbitmq \
  ZALO_MODE=live ZALO_APP_ID=bench-app ZALO_OA_ID=bench-oa ZALO_OA_SECRET_KEY=bench-oa-secret \
  ZALO_APP_SECRET=bench-app-secret ZALO_INITIAL_REFRESH_TOKEN=bench-refresh ZALO_OPENAPI_URL=http://127.0.0.1:$FAKE \
  ZALO_BUSINESS_URL=http://127.0.0.1:$FAKE/business ZALO_OAUTH_URL=http://127.0.0.1:$FAKE \
  ZALO_RATE_LIMIT_PER_MINUTE=$LIMIT MOTCUA_NOTIFICATIONS_HOLD=PT0S MOTCUA_NOTIFICATIONS_LEASE=PT30S \
    java -jar backend/target/quarkus-app/quarkus-run.jar >> "$OUT/instance-$i.log" 2>&1 &
  PID[$i]=$!
}
ready() { [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$(($1 - 1))]}/q/health/ready")" = 200 ]; }
wait_ready() { # $@: instances; prints the milliseconds it took
  local t0; t0=$(now)
  for _ in $(seq 1 600); do
    local all=1
    for i in "$@"; do ready "$i" || all=0; done
    [ $all = 1 ] && { echo $(($(now) - t0)); return 0; }
    sleep 0.2
  done
  echo "instances $* not ready after 120 s" >&2; return 1
}

t0=$(now)
start_instance 1 true; start_instance 2; start_instance 3
boot_ms=$(wait_ready 1 2 3)
log "== $(date -u '+%F %H:%MZ') bench/cluster.sh: 3 instances on an empty database, started together, all ready in $((boot_ms / 1000)) s (one migrated, the demo with $N generated dossiers loaded by the first)"
sql "insert into zalo_user (zalo_user_id, followed, last_interaction_at)
       select 'bench-' || id, true, now() + interval '3 days' from (select id from dossier order by id limit $N) d on conflict do nothing;
     insert into dossier_subscription (dossier_id, zalo_user_id, source)
       select id, 'bench-' || id, 'bot' from (select id from dossier order by id limit $N) d on conflict do nothing;
     update dossier set notify_consent = false;
     update outbox set processed_at = now() where processed_at is null" >/dev/null
sql "vacuum analyze" >/dev/null
CODES=$(sql "select string_agg(code, ',') from (select code from dossier order by random() limit 200) c")

# --- helpers of a phase ---
fan_out() { # $1: how many; one status change each for the first $1 bench citizens' dossiers
  sql "with picked as (select id, code, status from dossier where id in
         (select dossier_id from dossier_subscription where zalo_user_id like 'bench-%' order by dossier_id limit $1)),
       upd as (update dossier d set status = case when p.status = 9 then 10 else 9 end from picked p
               where d.id = p.id returning d.id, d.code, p.status as from_status, d.status as to_status)
       insert into outbox (dossier_id, kind, from_status, to_status, payload)
       select id, 'STATUS_CHANGED', from_status, to_status,
              json_build_object('code', code, 'fromStatus', from_status, 'toStatus', to_status)::text from upd" >/dev/null
}
sent_since() { sql "select count(*) from notification where outbox_id > $1 and status in ('sent', 'delivered', 'seen') and recipient_key like 'u:bench-%'" 2>/dev/null || echo 0; }
wait_sent() { # $1: outbox id before; $2: expected; $3: seconds at most
  for _ in $(seq 1 $(($3 * 2))); do [ "$(sent_since "$1")" -ge "$2" ] && return 0; sleep 0.5; done; return 0
}
fake() { curl -s "http://127.0.0.1:$FAKE/stats${1:+?prefix=$1}"; }
js() { node -e "const d=JSON.parse(process.argv[1]); console.log($1)" "$2"; }
metric() { # $1: instance; $2: metric line prefix; sums the values
  curl -s -m 2 -H "Authorization: Bearer $OPS_TOKEN" "http://127.0.0.1:${PORTS[$(($1 - 1))]}/q/metrics" | awk -v m="$2" 'index($0, m) == 1 {s += $NF} END {printf "%d", s}'
}
health_poll() { # one line a second per instance: time, instance, HTTP status, and the checks that are DOWN
  while true; do
    for i in 1 2 3; do
      body=$(curl -s -m 2 "http://127.0.0.1:${PORTS[$((i - 1))]}/q/health" || true)
      state=$(node -e 'try { const h = JSON.parse(process.argv[1]); const down = h.checks.filter(c => c.status !== "UP")
        .map(c => c.name.replace(/ health check$/i, "").replace(/\s+/g, "_"));
        console.log(h.status + (down.length ? "(" + down.join("+") + ")" : "")) } catch { console.log("no-answer") }' "$body")
      echo "$(now) i$i $state"
    done >> "$1"
    sleep 1
  done
}
start_load() { # $1: phase; $2: yymmdd of its dossier codes
  rm -f "$OUT/stop-$1"
  node bench/cluster-load.mjs --lb $LB --instances "$(IFS=,; echo "${PORTS[*]}")" --run "$1$(date +%s)" --day "$2" \
    --out "$OUT/load-$1.json" --stop "$OUT/stop-$1" --max 480 --codes "$CODES" --api-key "$API_KEY" > "$OUT/load-$1.log" 2>&1 &
  LOAD_PID=$!
  health_poll "$OUT/health-$1.log" &
  HEALTH_PID=$!
}
stop_load() {
  touch "$OUT/stop-$1"; wait "$LOAD_PID" || true; LOAD_PID=
  kill "$HEALTH_PID" 2>/dev/null; wait "$HEALTH_PID" 2>/dev/null || true; HEALTH_PID=
}
replies_missing() { # $1: phase; acknowledged webhook events of the phase whose user got no reply at the fake
  fake "hook-$(cat "$OUT/run-$1.txt")-&list=1" > "$OUT/replied-$1.json"
  node -e 'const fs = require("fs"); const d = JSON.parse(fs.readFileSync(process.argv[1]));
    const replied = new Set(JSON.parse(fs.readFileSync(process.argv[2])).prefix.list);
    console.log([...new Set(d.hooks.acked)].filter(u => !replied.has(u)).length)' "$OUT/load-$1.json" "$OUT/replied-$1.json"
}
report() { # $1: phase; $2: fault start; $3: fault end (ms); writes the phase's figures
  node bench/cluster-report.mjs "$1" "$2" "$3" "$OUT" | tee -a "$RESULTS"
  # accepted intake records missing from the database, once the queue has drained (at most 60 s)
  node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log([...d.api.accepted, ...d.queue.confirmed].join("\n"))' \
    "$OUT/load-$1.json" > "$OUT/accepted-$1.txt"
  local accepted lost=0
  accepted=$(grep -c . "$OUT/accepted-$1.txt" || true)
  sql "create table if not exists bench_accepted (code varchar(60))" >/dev/null
  for _ in $(seq 1 60); do
    sql "truncate bench_accepted" >/dev/null
    $PG -c "\\copy bench_accepted from '$OUT/accepted-$1.txt'" >/dev/null
    lost=$(sql "select count(*) from bench_accepted a where not exists (select 1 from dossier d where d.code = a.code)")
    [ "$lost" = 0 ] && break
    sleep 1
  done
  log "  intake: $accepted records accepted (API answered, or the broker confirmed); lost: $lost (must be 0)"
  # chat replies: every acknowledged event's user answered once (bounded wait for the bot)
  local run users dups inbox
  run=$(node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(d.hooks.acked[0] ? d.hooks.acked[0].split("-")[1] : "none")' "$OUT/load-$1.json")
  users=$(node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(new Set(d.hooks.acked).size)' "$OUT/load-$1.json")
  local lost
  echo "$run" > "$OUT/run-$1.txt"
  for _ in $(seq 1 90); do
    lost=$(replies_missing "$1")
    [ "$lost" = 0 ] && break
    sleep 1
  done
  dups=$(js 'd.prefix.duplicates' "$(fake "hook-$run-")")
  inbox=$(sql "select count(*) || ' rows for ' || count(distinct msg_id) || ' events, ' || count(*) filter (where state = 'failed') || ' failed, ' || count(*) filter (where state in ('pending', 'processing')) || ' open' from zalo_inbox where msg_id like 'msg-$run-%'")
  log "  chat: $users webhook events acknowledged (from new users; 1 in 10 redelivered to another instance); replies lost: $lost (must be 0); duplicate replies: $dups; inbox: $inbox"
}

# --- the phases ---
day=270101
for phase in $PHASES; do
  day=$((day + 1))
  curl -s -X POST "http://127.0.0.1:$FAKE/control/reset" >/dev/null
  before=$(sql "select coalesce(max(id), 0) from outbox")
  log ""
  case $phase in
    kill)
      log "== kill -9 of instance 2, 20 s into a fan-out of $N notifications, restarted 10 s later"
      r0=$(metric 1 motcua_outbox_relayed_total) r2=$(metric 2 motcua_outbox_relayed_total) r3=$(metric 3 motcua_outbox_relayed_total)
      start_load kill $day; sleep 5
      fan_t0=$(now); fan_out "$N"
      sleep 20
      in_flight=$(sql "select count(*) from notification where outbox_id > $before and status = 'sending'")
      calls_at_kill=$(js 'd.calls' "$(fake)")
      sent_at_kill=$(sent_since "$before")
      f0=$(now); kill -9 "${PID[2]}"; { wait "${PID[2]}"; } 2>/dev/null || true
      sleep 10; start_instance 2; wait_ready 2 >/dev/null; f1=$(now)
      wait_sent "$before" "$N" 400
      fan_ms=$(($(now) - fan_t0))
      sleep 15; stop_load kill
      s=$(fake bench-)
      sent=$(sent_since "$before")
      log "  fan-out: $sent of $N recorded sent in $((fan_ms / 1000)) s; at the kill $sent_at_kill recorded sent, $calls_at_kill received by the fake, $in_flight leased (in flight); at the fake: $(js 'd.prefix.users' "$s") citizens reached, lost $((N - $(js 'd.prefix.users' "$s"))) (must be 0), duplicates $(js 'd.prefix.duplicates' "$s") (at most the $in_flight in flight)"
      log "  Zalo budget: busiest 60 s at the fake $(js 'd.maxPerMinute' "$s") calls for a limit of $LIMIT a minute shared by 3 instances (must not exceed it; the 1% reserve leaves $((LIMIT - LIMIT / 100)))"
      log "  outbox relay shared: rows relayed by instance 1 / 2 / 3 during the fan-out: $(($(metric 1 motcua_outbox_relayed_total) - r0)) / $(($(metric 2 motcua_outbox_relayed_total) - 0))(restarted) / $(($(metric 3 motcua_outbox_relayed_total) - r3)); messages sent by each: $(metric 1 'motcua_notifications_recorded_total{') / $(metric 2 'motcua_notifications_recorded_total{') / $(metric 3 'motcua_notifications_recorded_total{')"
      report kill "$f0" "$f1"
      ;;
    postgres)
      log "== PostgreSQL crash (pg_ctl stop -m immediate) for 10 s during intake and lookups"
      start_load postgres $day; sleep 20
      f0=$(now); pg_crash; sleep 10; pg_start; f1=$(now)
      rec=$(wait_ready 1 2 3)
      log "  all 3 instances ready again $(((f1 - f0 + rec) / 1000)) s after the crash ($((rec / 1000)) s after PostgreSQL was back)"
      sleep 30; stop_load postgres
      report postgres "$f0" "$f1"
      ;;
    rabbitmq)
      log "== RabbitMQ stopped (rabbitmqctl stop_app) for 10 s during queue intake"
      start_load rabbitmq $day; sleep 20
      f0=$(now); RABBIT_STOPPED=1; rabbitmqctl stop_app >/dev/null; sleep 10; rabbitmqctl start_app >/dev/null; RABBIT_STOPPED=; f1=$(now)
      rec=$(wait_ready 1 2 3)
      log "  all 3 instances ready again $(((f1 - f0 + rec) / 1000)) s after the stop ($((rec / 1000)) s after the broker was back)"
      sleep 30; stop_load rabbitmq
      report rabbitmq "$f0" "$f1"
      ;;
    zalo)
      log "== the fake Zalo answering 503 and timing out (every other call held 7 s) for 60 s, during a fan-out of $ZALO_FANOUT"
      start_load zalo $day; sleep 5
      fan_t0=$(now); fan_out "$ZALO_FANOUT"; sleep 5
      f0=$(now); curl -s -X POST "http://127.0.0.1:$FAKE/control/fail?seconds=60&mode=mixed" >/dev/null; sleep 60; f1=$(now)
      wait_sent "$before" "$ZALO_FANOUT" 300
      done_ms=$(($(now) - f1))
      sleep 10; stop_load zalo
      s=$(fake bench-)
      failures=$(sql "select count(*) from notification_status_change h join notification n on n.id = h.notification_id where n.outbox_id > $before and h.status = 'temporary-failure'")
      log "  fan-out: $(sent_since "$before") of $ZALO_FANOUT recorded sent, the last $((done_ms / 1000)) s after Zalo came back ($failures temporary failures recorded on the way); at the fake: lost $((ZALO_FANOUT - $(js 'd.prefix.users' "$s"))) (must be 0), duplicates $(js 'd.prefix.duplicates' "$s")"
      report zalo "$f0" "$f1"
      ;;
  esac
done

s=$(fake)
log ""
log "== across the run"
log "  OA token: $(js 'd.tokenRefreshes' "$s") refresh(es) at the fake for 3 instances (must be 1), $(js 'd.tokenRefused' "$s") refused; stored token: $(sql "select access_token from zalo_token")"
missing=""
for phase in $PHASES; do [ -f "$OUT/run-$phase.txt" ] && missing="$missing $phase $(replies_missing "$phase"),"; done
log "  chat replies still missing at the end of the run (an event claimed by a killed instance is taken again after 60 s):${missing%,}"
log "  webhook events: $(sql "select count(*) from zalo_inbox where msg_id like 'msg-%'") inbox rows for $(sql "select count(distinct msg_id) from zalo_inbox where msg_id like 'msg-%'") events (each stored and processed once wherever it landed)"
log "  errors in the instances' logs (the faults' own, mostly): $(cat "$OUT"/instance-*.log | grep -c ' ERROR ' || true) lines (see $OUT/instance-*.log)"
