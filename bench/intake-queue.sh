#!/usr/bin/env bash
# Intake through RabbitMQ (issue 17: "intake through RabbitMQ: the same rate as the API"). On one database, with the
# app consuming dossier-updates from RabbitMQ (MP_MESSAGING_INCOMING_DOSSIER_UPDATES_CONNECTOR=smallrye-rabbitmq):
#   1. creates 2N dossiers through the API (unmeasured; it warms the intake path too);
#   2. API:   N status updates (2 -> 4) as DVCQG batches of BATCH from SENDERS concurrent senders, the baseline;
#   3. queue: the other N dossiers' status updates, the same batches published to the motcua.dossier-updates
#             exchange, timed until the last record is applied (bench/intake-load.mjs --queue);
# and prints both rates and their ratio (goal: the queue as fast as the API).
#
#   flock /work/build.lock bench/intake-queue.sh
#   REUSE=1 ...            # keep the database of the previous run (new codes each run)
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), RabbitMQ on 127.0.0.1:5672 (guest/guest), node, npm.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
BASE=${BASE:-100000}
BATCH=${BATCH:-500}
SENDERS=${SENDERS:-4}
AMQP=${AMQP:-amqp://guest:guest@127.0.0.1:5672}
DB=${BENCH_DB:-motcua_bench_queue}
PORT=${BENCH_PORT:-8096}
OUT=bench/out
LOG="$OUT/intake-queue-app.log"

[ -d bench/node_modules/amqplib ] || npm install --prefix bench --no-audit --no-fund >/dev/null
# the queue door reads a RabbitMQ queue of its own name; an earlier run's leftovers would be counted
curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/queues/%2F/motcua.dossier-updates/contents" \
  >/dev/null 2>&1 || true
export MP_MESSAGING_INCOMING_DOSSIER_UPDATES_CONNECTOR=smallrye-rabbitmq
. bench/lib/bench-app.sh

total=$(sql "select count(*) from dossier")
k0=$(sql "select count(*) from dossier where source_system = 'bootstrap'")
echo "== creating $((2 * N)) dossiers through the API (unmeasured)"
load --mode new --from "$k0" --count "$((2 * N))" >/dev/null
events_before=$(sql "select coalesce(max(id), 0) from dossier_event")

echo "== API: $N status updates, batches of $BATCH, $SENDERS senders"
api=$(load --mode update --from "$k0" --count "$N" --status 4); echo "$api"
echo "== queue: the other $N dossiers' status updates, the same batches published to RabbitMQ"
queue=$(load --mode update --from "$((k0 + N))" --count "$N" --status 4 --queue "$AMQP"); echo "$queue"
applied=$(sql "select count(*) from dossier_event where id > $events_before and status = 4")

api_rate=$(field perSecond "$api"); queue_rate=$(field perSecond "$queue")
ratio=$(echo "scale=3; $queue_rate / $api_rate" | bc)
when=$(date -u +%Y-%m-%dT%H:%MZ)
cat <<RESULT | tee "$OUT/intake-queue-result.txt"

RESULT intake through RabbitMQ ($when, $(nproc) cores, $total dossiers before the run, $N status updates a door, batches of $BATCH)
  API ($SENDERS senders):   ${api_rate} updates/s ($(field seconds "$api") s, outcomes $(field outcomes "$api"))
  queue (one consumer, lanes): ${queue_rate} updates/s ($(field seconds "$queue") s, of which publishing $(field publishSeconds "$queue") s)
  ratio queue/API ${ratio}; status-4 timeline events written by both: ${applied} of $((2 * N))
RESULT
echo "$when api=$api_rate queue=$queue_rate ratio=$ratio N=$N dossiers=$total" >> "$OUT/intake-queue-runs.txt"
