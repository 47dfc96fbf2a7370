#!/usr/bin/env bash
# Bad input at volume, the full run: the CI test's corpus (BadInputAtVolumeTest: malformed and deeply nested
# JSON, wrong types, huge strings and bodies, unicode edge cases, injection strings, forged and replayed
# signatures, forged tokens, path tricks, against every public, integration, webhook, Mini App, sandbox and
# admin endpoint) with more requests and several seeds. Each seed is a fresh application and database.
# Prints per seed the requests, the answers by owner and status, and every 5xx, accepted forgery and row
# stored from a refused request (each must be 0). Unlike CI, it also sends the requests of findings that other
# issues are fixing (KNOWN=false leaves them out, as CI does) and lists them.
#
#   flock /work/build.lock bench/bad-input.sh                  # 3 seeds x 6,000 requests, about 5 minutes
#   SEEDS="1 2" REQUESTS=20000 bench/bad-input.sh
set -uo pipefail
cd "$(dirname "$0")/.."
SEEDS=${SEEDS:-"101 202 303"}
REQUESTS=${REQUESTS:-6000}
OUT=bench/out
export MOTCUA_TEST_DATABASE=${MOTCUA_TEST_DATABASE:-motcua_bench_badinput}
mkdir -p "$OUT"
: > "$OUT/bad-input.txt"
status=0
for seed in $SEEDS; do
  ./mvnw -B -ntp -q -pl backend test -Dtest='BadInputAtVolumeTest#noServerErrorNoAcceptedForgeryNothingStored' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbadinput.seed="$seed" -Dbadinput.requests="$REQUESTS" \
    -Dbadinput.known="${KNOWN:-true}" \
    > "$OUT/bad-input-$seed.log" 2>&1 || status=1
  grep -ah "Bad input at volume\|  5xx: \|  forgery accepted: \|  stored from refused\|  known, owned" "$OUT/bad-input-$seed.log" \
    | tee -a "$OUT/bad-input.txt"
done
echo "$(date -u '+%F %H:%MZ') seeds $SEEDS, $REQUESTS requests each: $([ $status = 0 ] && echo 'no 5xx, no accepted forgery, nothing stored' || echo 'FINDINGS above')" \
  | tee -a "$OUT/bad-input.txt"
exit $status
