#!/usr/bin/env bash
# Start-up on the embedded default (README's "run the whole product"): a first run creates the data folder
# and loads the demo; then RUNS later starts are timed from `java -jar` to /q/health/ready answering UP (the
# demo's dossiers and officers loaded), and the memory at rest (RSS of the JVM and of the embedded PostgreSQL's
# processes) is read after IDLE seconds without traffic.
#
#   bench/startup.sh                # 3 timed starts, about 2 minutes
#   RUNS=5 IDLE=60 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
IDLE=${IDLE:-30}
PORT=${BENCH_PORT:-18085}
OUT=bench/out
DATA=$(mktemp -d /tmp/motcua-startup.XXXXXX)
mkdir -p "$OUT"
[ -f backend/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is taken: stop what runs there first"; exit 1; fi
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

start() {
  local t0=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT MOTCUA_EMBEDDED_DATA_DIR="$DATA/postgres" \
    java -jar backend/target/quarkus-app/quarkus-run.jar >> "$OUT/startup-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready")" = 200 ]; then
      MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    sleep 0.02
  done
  echo "not ready after 60 s: see $OUT/startup-app.log" >&2; exit 1
}
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }
pss_kb() { # proportional set size (shared pages split between processes) of the given processes
  for p in "$@"; do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done | awk '{s+=$1} END {print s+0}'
}

start; first=$MS; stop
times=()
for i in $(seq 1 "$RUNS"); do
  start; times+=("$MS")
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/public/v1/dossiers/000.00.22.H12-261120-0007")
  [ "$i" -lt "$RUNS" ] && stop
done
sleep "$IDLE"
jvm=$(ps -o rss= -p "$APP" | tr -d ' ')
jvm_pss=$(pss_kb "$APP")
pg_pss=$(pss_kb $(pgrep -f "$DATA/postgres" || true))
heap=$(curl -s "http://127.0.0.1:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%d", s/1048576}')
stop
echo "$(date -u +%F) start-up on the embedded default: first run (creates the database, loads the demo) $first ms to ready;"\
     "later runs ${times[*]} ms to ready (first lookup of a README code after ready: HTTP $code);"\
     "memory at rest after ${IDLE}s: JVM RSS $((jvm / 1024)) MB (PSS $((jvm_pss / 1024)) MB, heap used $heap MB), embedded PostgreSQL PSS $((pg_pss / 1024)) MB" \
  | tee "$OUT/startup.txt"
