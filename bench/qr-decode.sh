#!/usr/bin/env bash
# QR photo decoding benchmark: N synthetic 12-megapixel receipt photos, then the distortion corpus.
#   bench/qr-decode.sh [photos] [seed] [corpus seeds]      e.g. bench/qr-decode.sh 30 2024 42,1234,5,2025
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl backend test-compile
CP=$(./mvnw -q -pl backend dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "backend/target/classes:backend/target/test-classes:$CP" vn.motcua.qr.QrDecodeBenchmark \
  "${1:-30}" "${2:-2024}" "${3:-42,1234,5,2025}"
