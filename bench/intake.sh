#!/usr/bin/env bash
# Intake benchmark: DVCQG DongBoHoSoMC batches (default 500 records) sent to POST /api/integration/dvcqg by
# 4 concurrent senders (bench/intake-load.mjs, node), for two workloads:
#   (a) new dossiers (status 2), N records;
#   (b) status updates of the dossiers (a) created (2 -> 4), N records: one status change, timeline event and
#       outbox row each;
# then, with the app paused (kill -STOP), the same machine's PostgreSQL doing the same writes per record in one
# transaction each with pgbench (bench/pgbench-intake-new.sql, bench/pgbench-intake-update.sql), same client
# count, same record count, same database, same run; prints both and their ratio.
#
#   bench/intake.sh                      # 20,000 records a workload on 100,000 generated dossiers
#   N=4000 BASE=10000 bench/intake.sh    # smaller
#   REUSE=1 bench/intake.sh              # keep the previous run's database (no generation; new codes each run)
#   PROFILE=1 bench/intake.sh            # also a 30 s JFR profile of the app during the update workload
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), node, pgbench (apt-get install postgresql-client), curl.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
BASE=${BASE:-100000}
BATCH=${BATCH:-500}
SENDERS=${SENDERS:-4}
WARMUP=${WARMUP:-4000}
DB=${BENCH_DB:-motcua_bench_intake}
PORT=${BENCH_PORT:-8098}
OUT=bench/out
LOG="$OUT/intake-app.log"

command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client"; exit 1; }
. bench/lib/bench-app.sh

total=$(sql "select count(*) from dossier")
echo "database: $total dossiers ($gen s generating)"

# row writes per table during a phase (pg_stat_user_tables); an exited backend (pgbench) reports at once, the
# app's pooled connections once idle for 10 s: $2 seconds to wait first
snap() { sleep "${2:-1.2}"; sql "drop table if exists bench_stat_$1; create table bench_stat_$1 as
  select relname, n_tup_ins as ins, n_tup_upd as upd from pg_stat_user_tables"; }
writes() { # $1 before, $2 after, $3 records: inserts and updates per record, by table
  sql "select coalesce(string_agg(relname || ' +' || round((a.ins - b.ins)::numeric / $3, 2)
         || case when a.upd > b.upd then ' ~' || round((a.upd - b.upd)::numeric / $3, 2) else '' end, ', '
         order by relname), '-')
       from bench_stat_$2 a join bench_stat_$1 b using (relname)
       where (a.ins > b.ins or a.upd > b.upd) and relname not like 'bench%'"; }

# first record number of this run: every run sends codes no earlier run sent
k0=$(sql "select count(*) from dossier where source_system = 'bootstrap'")
echo "== warm-up (JIT, caches): $WARMUP new dossiers, then their status updates; not measured"
load --mode new --from "$k0" --count "$WARMUP" >/dev/null
load --mode update --from "$k0" --count "$WARMUP" --status 4 >/dev/null
k1=$((k0 + WARMUP))
before_id=$(sql "select coalesce(max(id), 0) from dossier")

sql "checkpoint" >/dev/null; snap a0
echo "== app, new dossiers: $N records, batches of $BATCH, $SENDERS senders"
app_new=$(load --mode new --from "$k1" --count "$N"); echo "$app_new"
snap a1 11; sql "checkpoint" >/dev/null; snap a2
echo "== app, status updates: the same $N dossiers, 2 -> 4"
if [ -n "${PROFILE:-}" ]; then
  rm -f "$OUT/intake.jfr"
  jcmd $APP JFR.start name=intake duration=30s filename="$(pwd)/$OUT/intake.jfr" settings=profile >/dev/null
fi
app_upd=$(load --mode update --from "$k1" --count "$N" --status 4); echo "$app_upd"
snap a3 11
if [ -n "${PROFILE:-}" ]; then # the recording ends 30 s after its start; samples come from busy threads only
  for _ in $(seq 1 40); do [ -s "$OUT/intake.jfr" ] && break; sleep 1; done
fi
created=$(sql "select count(*) from dossier where id > $before_id and source_system = 'bootstrap'")

echo "== baseline: pgbench, the same writes per record, one transaction each, $SENDERS clients, the app paused"
kill -STOP $APP
sql "drop table if exists bench_intake_code; create table bench_intake_code as
       select row_number() over (order by id) as n, code from dossier where id > $before_id and source_system = 'bootstrap';
     create unique index on bench_intake_code(n); analyze bench_intake_code" >/dev/null
agency=$(sql "select id from agency where code = '000.00.22.H12'")
proc=$(sql "select id from procedure where code = '1.001612'")
per_client=$((N / SENDERS))
sql "checkpoint" >/dev/null; snap p0
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$SENDERS" -j 2 -t "$per_client" -D k=0 -D run="$(date +%s)" \
  -D agency="$agency" -D proc="$proc" -f bench/pgbench-intake-new.sql "$DB" | tee "$OUT/pgbench-intake-new.txt"
snap p1; sql "checkpoint" >/dev/null; snap p2
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$SENDERS" -j 2 -t "$per_client" -D count="$created" \
  -f bench/pgbench-intake-update.sql "$DB" | tee "$OUT/pgbench-intake-update.txt"
snap p3
kill -CONT $APP
tps() { grep -E "^tps" "$1" | sed -E 's/tps = ([0-9.]+).*/\1/' | cut -d. -f1; }
pg_new=$(tps "$OUT/pgbench-intake-new.txt"); pg_upd=$(tps "$OUT/pgbench-intake-update.txt")
pg_fail=$(grep -hE "^number of failed" "$OUT"/pgbench-intake-*.txt | tr '\n' ' ' || true)

app_new_rate=$(field perSecond "$app_new"); app_upd_rate=$(field perSecond "$app_upd")
ratio_new=$(echo "scale=3; $app_new_rate / $pg_new" | bc); ratio_upd=$(echo "scale=3; $app_upd_rate / $pg_upd" | bc)
when=$(date -u +%Y-%m-%dT%H:%MZ)
cat <<RESULT | tee "$OUT/intake-result.txt"

RESULT intake benchmark ($when, $(nproc) cores, $total dossiers before the run, $N records a workload, batches of $BATCH, $SENDERS senders / pgbench clients)
  new dossiers:    app ${app_new_rate} records/s ($(field seconds "$app_new") s, outcomes $(field outcomes "$app_new"), batch p50 $(field batchP50 "$app_new") ms p99 $(field batchP99 "$app_new") ms)
                   pgbench ${pg_new} tps   ratio app/pgbench ${ratio_new}
  status updates:  app ${app_upd_rate} updates/s ($(field seconds "$app_upd") s, outcomes $(field outcomes "$app_upd"), batch p50 $(field batchP50 "$app_upd") ms p99 $(field batchP99 "$app_upd") ms)
                   pgbench ${pg_upd} tps   ratio app/pgbench ${ratio_upd}
  rows written per record (+ inserted, ~ updated, by table, whatever ran meanwhile included):
    app new:         $(writes a0 a1 "$N")
    pgbench new:     $(writes p0 p1 "$N")
    app updates:     $(writes a2 a3 "$N")
    pgbench updates: $(writes p2 p3 "$N")
  pgbench: ${pg_fail:-no failures reported}
RESULT
echo "$when new app=$app_new_rate pg=$pg_new ratio=$ratio_new | updates app=$app_upd_rate pg=$pg_upd ratio=$ratio_upd | N=$N BASE=$BASE dossiers=$total" \
  >> "$OUT/intake-runs.txt"
[ -n "${PROFILE:-}" ] && echo "JFR profile of the update workload: $OUT/intake.jfr"
exit 0
