#!/usr/bin/env bash
# Week-view benchmark (issue 7), figures in docs/benchmarks.md: 20 exercise professionals with
# two years of appointments on the app's H2 file database; the week view loaded over HTTP.
# usage: bench/schedule.sh [STAFF] [WEEKS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results/schedule
./mvnw -q -B test -Dgroups=benchmark -Dmedex.excluded-test-groups= -Dtest=WeekViewBenchmarkTests \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Dmedex.bench.staff=${1:-20} -Dmedex.bench.weeks=${2:-104}"
cp target/benchmarks/week-view.txt "bench/results/schedule/week-view-$(date -u +%Y%m%dT%H%M%SZ).txt"
cat target/benchmarks/week-view.txt
