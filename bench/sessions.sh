#!/usr/bin/env bash
# Session-logging benchmark (issue 5), figures in docs/benchmarks.md: 20 trainers (wrk -c20,
# one connection each) save session logs with 8 exercises and pre-session vitals
# (POST /api/v1/clients/{id}/sessions, API tokens) against the running app, on H2 (file,
# WRITE_DELAY=0) and on a throwaway PostgreSQL 15 cluster (fsync and synchronous_commit on).
# Reports sessions per second, p50/p95/p99, and the server's CPU per session, twice: at
# saturation (each trainer saves again the moment the answer arrives) and at a busy but
# human pace (each trainer saves once a second after the answer: 20 saves a second, far
# above a practice's real load of about 0.1 a second, reliability-security.md 3.3).
# usage: bench/sessions.sh [--warmup S] [--duration S] [--connections C] [--skip-build] [--only h2|postgres] [--jfr]
# --jfr: a JFR profile of the whole app run (LABEL.jfr), for bench/jfr_summary.py
set -euo pipefail
WARMUP=60; DURATION=30; CONNECTIONS=20; SKIP_BUILD=0; ONLY=""; PORT=18090; PGPORT=55490; JFR=""
while [ $# -gt 0 ]; do
	case "$1" in
		--warmup) WARMUP=$2; shift 2 ;; --duration) DURATION=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;; --skip-build) SKIP_BUILD=1; shift ;;
		--only) ONLY=$2; shift 2 ;; --jfr) JFR=1; shift ;; *) echo "unknown option $1" >&2; exit 2 ;;
	esac
done
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
JAR=${MEDEX_JAR:-$ROOT/target/medexpro-os-0.1.0-SNAPSHOT.jar}
OUT=$ROOT/bench/results/sessions-$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/medex-sessions.XXXXXX); chmod 755 "$WORK"
PASSWORD='Bench-Practice-Secret-2026'
BASE=http://127.0.0.1:$PORT
APP_PID=""; PGDATA=""; PGBIN=""
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	[ -n "$PGDATA" ] && su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap cleanup EXIT
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
CLK_TCK=$(getconf CLK_TCK)

[ "$SKIP_BUILD" = 1 ] || ./mvnw -B -q package -DskipTests

run() { # run LABEL [env...]: start the app, set up trainers and clients, warm up, measure
	local label=$1; shift
	local jfr=()
	[ -n "$JFR" ] && jfr=(-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$OUT/$label.jfr,settings=profile)
	env "$@" MEDEX_DATA_DIR="$WORK/$label-data" java "${jfr[@]}" -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
		--medex.admin.password="$PASSWORD" >"$OUT/$label-app.log" 2>&1 </dev/null &
	APP_PID=$!
	for _ in $(seq 1 600); do
		[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' $BASE/actuator/health || true)" = 200 ] && break
		kill -0 "$APP_PID" 2>/dev/null || { log "$label: the app stopped, see $OUT/$label-app.log"; exit 1; }
		sleep 0.2
	done
	log "$label: $(python3 bench/sessions_setup.py "$BASE" "$PASSWORD" "$WORK" 20 5)"
	export MEDEX_BENCH_DIR=$WORK
	export MEDEX_ENDED=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ) MEDEX_STARTED=$(date -u -d '-105 minutes' +%Y-%m-%dT%H:%M:%SZ)
	wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -s bench/sessions.lua "$BASE" >"$OUT/$label-warmup.wrk"
	local c0 c1
	c0=$(cpu_ticks "$APP_PID")
	wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s bench/sessions.lua "$BASE" >"$OUT/$label.wrk"
	c1=$(cpu_ticks "$APP_PID")
	local result requests
	result=$(grep '^RESULT' "$OUT/$label.wrk")
	requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
	echo "$label $result app_cpu_ms_per_session=$(echo "scale=2; ($c1 - $c0) * 1000 / $CLK_TCK / $requests" | bc) rss_kb=$(awk '/^VmRSS/ {print $2}' /proc/$APP_PID/status)" \
		| tee -a "$OUT/summary.txt"
	c0=$(cpu_ticks "$APP_PID")
	MEDEX_THINK_MS=1000 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s bench/sessions.lua "$BASE" >"$OUT/$label-paced.wrk"
	c1=$(cpu_ticks "$APP_PID")
	result=$(grep '^RESULT' "$OUT/$label-paced.wrk")
	requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
	echo "$label-paced-1s $result app_cpu_ms_per_session=$(echo "scale=2; ($c1 - $c0) * 1000 / $CLK_TCK / $requests" | bc)" \
		| tee -a "$OUT/summary.txt"
	kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

if [ "$ONLY" != postgres ]; then
	run h2
fi
if [ "$ONLY" != h2 ]; then
	PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
	PGDATA=$WORK/pg; mkdir -p "$PGDATA"; chown postgres:postgres "$PGDATA"
	su postgres -c "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
	su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -t 60 -o '-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp' start" >/dev/null
	psql -h 127.0.0.1 -p $PGPORT -U postgres -q -c "CREATE DATABASE medexpro"
	run postgres MEDEX_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/medexpro" MEDEX_DB_USERNAME=postgres \
		SPRING_PROFILES_ACTIVE=postgres
fi
cat "$OUT/summary.txt"
