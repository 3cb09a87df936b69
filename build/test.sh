#!/usr/bin/env bash
# Builds the solution, runs every test project with TRX results and coverage, prints a per-project
# line coverage summary and, last, one line "N passed, N failed, N skipped" counted from the TRX files.
# Exits non-zero when the build fails or any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."

results=TestResults
rm -rf "$results"

if ! dotnet build Benchmarker.sln -c Release -m:1 -warnaserror; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

dotnet test Benchmarker.sln -c Release --no-build \
  --logger "trx;LogFilePrefix=tests" \
  --results-directory "$results" \
  --collect "XPlat Code Coverage"
test_exit=$?

python3 build/coverage_summary.py "$results" || echo "coverage summary unavailable"
python3 build/trx_summary.py "$results"
summary_exit=$?

if [ $test_exit -ne 0 ] || [ $summary_exit -ne 0 ]; then
  exit 1
fi
