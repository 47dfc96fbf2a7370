# Shared by bench/intake.sh and bench/mixed.sh (sourced, not run): the jar, a database, and the app started on
# it with the demo reference data (agencies, procedures), no demo dossiers, the lookup rate limit off and a
# fresh integration key. Before sourcing set DB, PORT, OUT and LOG (the app's log file).

PG="env PGOPTIONS=-cclient_min_messages=warning psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
jar=backend/target/quarkus-app/quarkus-run.jar
mkdir -p "$OUT"
. bench/lib/app-jvm.sh

# a jar older than the sources would measure yesterday's code (this builds the jar; it runs no tests)
if [ ! -f "$jar" ] || [ -n "$(find backend/src/main pom.xml backend/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q package -DskipTests
fi
sql() { $PG -d "$DB" -tA -c "$1"; }

if [ -z "${REUSE:-}" ]; then
  echo "== fresh database $DB"
  $PG -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

API_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
echo "== starting the app (demo reference data, no demo dossiers, rate limit off, a fresh integration key; JVM options: ${APP_JVM_OPTS:-none})"
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT \
MOTCUA_SANDBOX_ENABLED=true MOTCUA_DEMO_DATA=true MOTCUA_DEMO_DOSSIERS=0 MOTCUA_LOOKUP_RATE_LIMIT_ENABLED=false \
MOTCUA_INTEGRATION_BOOTSTRAP_KEY=$API_KEY QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  java $APP_JVM_OPTS -jar "$jar" > "$LOG" 2>&1 &
APP=$!
trap 'kill -CONT $APP 2>/dev/null || true; kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the app died: see $LOG"; exit 1; }
  sleep 1
done
for _ in $(seq 1 120); do # the demo loader writes the agencies and procedures the records name
  [ "$(sql "select count(*) from agency where code = '000.00.29.H12'")" = 1 ] \
    && [ "$(sql "select count(*) from procedure where code = '2.000720'")" = 1 ] && break
  sleep 1
done

if [ -z "${REUSE:-}" ]; then
  echo "== generating $BASE dossiers"
  start=$(date +%s.%N)
  sql "select motcua_generate_dossiers($BASE)" >/dev/null
  sql "vacuum analyze" >/dev/null
  gen=$(echo "$(date +%s.%N) - $start" | bc)
else
  gen="(reused)"
fi

load() { node bench/intake-load.mjs --port "$PORT" --key "$API_KEY" --batch "$BATCH" --senders "$SENDERS" "$@"; }
field() { node -e "const v = JSON.parse(process.argv[1])['$1']; console.log(typeof v === 'object' ? JSON.stringify(v) : v)" "$2"; }
