#!/usr/bin/env bash
# Monthly membership run benchmark (issue 7), figures in docs/benchmarks.md: 5,000 members
# charged once each, then the same month run again.
# usage: bench/memberships.sh [MEMBERS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results/memberships
./mvnw -q -B test -Dgroups=benchmark -Dmedex.excluded-test-groups= -Dtest=MembershipRunBenchmarkTests \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Dmedex.bench.members=${1:-5000}"
cp target/benchmarks/memberships.txt "bench/results/memberships/memberships-$(date -u +%Y%m%dT%H%M%SZ).txt"
cat target/benchmarks/memberships.txt
