#!/usr/bin/env bash
# Progress-report benchmark (issue 6), figures in docs/benchmarks.md: 1,000 clients a month
# into their programs on the app's H2 database; the 30-day batch drafts every progress report
# due (one thread, as on the page), then single reports are drafted, signed and rendered.
# usage: bench/reports.sh [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results/reports
./mvnw -q -B test -Dgroups=benchmark -Dmedex.excluded-test-groups= -Dtest=ReportBatchBenchmarkTests \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Dmedex.bench.clients=${1:-1000}"
cp target/benchmarks/reports.txt "bench/results/reports/reports-$(date -u +%Y%m%dT%H%M%SZ).txt"
cat target/benchmarks/reports.txt
