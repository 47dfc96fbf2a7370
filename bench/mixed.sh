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
#   WARMUP=0 ...           # no warm-up of the update path (the runs recorded before this option had none)
#   WARMUP=20000 ...       # the default until 6 December, 17:20Z (60,000 since: with 20,000 the JIT still compiled
#                          # 4.6-8.0 s of the measured 30 s mixed phase, with 60,000 1.4-1.9 s; docs/performance.md)
#   MIXED_WARMUP=0 ...     # warm the update path alone, not beside lookups (every run before 6 December, 07:11Z)
# The JIT's compile time in each measured phase (jstat -compiler) is printed with the result: a phase in which the JIT
# is still compiling measures the server's start, not its steady state.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk, node.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-100000}
RATE=${RATE:-1000}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64}
BATCH=${BATCH:-500}
WARMUP=${WARMUP:-60000}
MIXED_WARMUP=${MIXED_WARMUP:-1}
SENDERS=${SENDERS:-4}
DB=${BENCH_DB:-motcua_bench_mixed}
PORT=${BENCH_PORT:-8097}
OUT=bench/out
LOG="$OUT/mixed-app.log"

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
. bench/lib/bench-app.sh

total=$(sql "select count(*) from dossier")
# the generated dossiers (not the ones intake or bench/intake.sh's pgbench baseline wrote, if it ran on this database)
sql "select code from dossier where source_system in ('generator', 'demo') order by random() limit 100000" \
  > "$OUT/mixed-codes.txt"
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
if [ "$WARMUP" -gt 0 ]; then # as bench/intake.sh does: a running server has compiled its update path long before
  echo "== warming the update path: $WARMUP more dossiers created, then updated (unmeasured)"
  load --mode new --from "$((k0 + count))" --count "$WARMUP" >/dev/null
  if [ "$MIXED_WARMUP" = 1 ]; then
    # ... at RATE while lookups run, as the measured phase does: lookups alone and intake alone do not compile what
    # the two together do, and without this the JIT spent 11.6 s of the measured 30 s compiling (jstat, 6 December,
    # 07:13Z)
    echo "   ... updated at $RATE a second while lookups run, unmeasured ($((WARMUP / RATE)) s)"
    load --mode update --from "$((k0 + count))" --count "$WARMUP" --status 4 --rate "$RATE" >/dev/null &
    WARMER=$!
    lookups $((WARMUP / RATE)) >/dev/null
    wait $WARMER
  else
    load --mode update --from "$((k0 + count))" --count "$WARMUP" --status 4 >/dev/null
  fi
fi
# this machine's PostgreSQL runs with autovacuum off (the CI configuration): without this, every REUSE run would look
# dossiers up past the dead row versions of all the runs before it, and the idle lookups got slower run after run
echo "== vacuum analyze (autovacuum is off here)"
sql "vacuum analyze" >/dev/null
echo "== warm-up lookups (JIT, caches), 15 s"
lookups 15 >/dev/null

# the JIT's compile time so far, in seconds (0 where the JDK has no jstat)
compile_seconds() {
  { jstat -compiler "$APP" 2>/dev/null || true; } | awk 'NR == 2 { print $4 } END { if (NR < 2) print 0 }'
}
jit0=$(compile_seconds)
echo "== idle: lookups alone, $CONNECTIONS connections, ${DURATION}s"
read -r idle_rps idle_p50 idle_p99 idle_err idle_non2xx < <(lookups "$DURATION")
echo "   $idle_rps lookups/s, p50 $idle_p50 ms, p99 $idle_p99 ms"

jit1=$(compile_seconds)
echo "== mixed: the same lookups while $count status updates arrive at $RATE a second"
load --mode update --from "$k0" --count "$count" --status 4 --rate "$RATE" > "$OUT/mixed-intake.json" &
LOADER=$!
read -r mix_rps mix_p50 mix_p99 mix_err mix_non2xx < <(lookups "$DURATION")
wait $LOADER
jit2=$(compile_seconds)
idle_jit=$(echo "$jit1 - $jit0" | bc)
mix_jit=$(echo "$jit2 - $jit1" | bc)
intake=$(cat "$OUT/mixed-intake.json")
echo "   $mix_rps lookups/s, p50 $mix_p50 ms, p99 $mix_p99 ms; intake $intake"

ratio=$(echo "scale=2; $mix_p99 / $idle_p99" | bc)
when=$(date -u +%Y-%m-%dT%H:%MZ)
cat <<RESULT | tee "$OUT/mixed-result.txt"

RESULT mixed benchmark ($when, $(nproc) cores, $total dossiers, $CONNECTIONS lookup connections, ${DURATION}s a phase, update path warmed with $WARMUP$([ "$MIXED_WARMUP" = 1 ] && echo " beside lookups"))
  idle lookups:   ${idle_rps}/s  p50 ${idle_p50} ms  p99 ${idle_p99} ms  (errors ${idle_err}, non-2xx ${idle_non2xx}; JIT compiling ${idle_jit} s)
  during intake:  ${mix_rps}/s  p50 ${mix_p50} ms  p99 ${mix_p99} ms  (errors ${mix_err}, non-2xx ${mix_non2xx}; JIT compiling ${mix_jit} s)
  p99 during intake / idle p99: ${ratio} (goal: at most 2)
  intake asked ${RATE} updates/s, reached $(field perSecond "$intake")/s over $(field seconds "$intake") s (outcomes $(field outcomes "$intake"), batch p99 $(field batchP99 "$intake") ms)
RESULT
echo "$when idle_p99=$idle_p99 mixed_p99=$mix_p99 ratio=$ratio idle_rps=$idle_rps mixed_rps=$mix_rps intake_rate=$(field perSecond "$intake")/$RATE warmup=$WARMUP mixed_warmup=$MIXED_WARMUP jit_idle=$idle_jit jit_mixed=$mix_jit pool=${QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE:-default} jvm=\"${APP_JVM_OPTS}\"" \
  >> "$OUT/mixed-runs.txt"
