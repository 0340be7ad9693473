#!/usr/bin/env bash
# End-to-end benchmark of GET /api/v1/clients?q= (see bench/README.md):
# build the jar, time start-up on an empty database, load 10,000 clients through the API,
# then, RUNS times and interleaved, (a) the app under wrk and (b) the raw-JDBC baseline on a
# copy of the same database; finally one profiled (JFR) app run. Everything talks to
# 127.0.0.1 only; every wait is bounded; every process started here is stopped on exit.
#
# usage: bench/run.sh [--runs N] [--warmup S] [--duration S] [--connections C] [--threads T]
#                     [--port P] [--work DIR] [--golden DIR] [--skip-build] [--no-jfr]
#                     [--raw-variants "union union:none app:per-client:no-token"] [--no-app] [--out DIR]
# --raw-variants: raw-JDBC what-ifs run after the app's own statements (see raw_run);
# --no-app: only the raw-JDBC runs (the golden database must exist or is loaded first).
set -euo pipefail

RUNS=3
WARMUP=25
DURATION=30
CONNECTIONS=50
THREADS=1
PORT=18080
WORK=/tmp/medex-bench-run
GOLDEN=""
SKIP_BUILD=0
JFR=1
RAW_VARIANTS="union"
NO_APP=0
OUT=""
PASSWORD='Bench-Practice-Secret-2026' # must not contain the username "owner"

while [ $# -gt 0 ]; do
	case "$1" in
		--runs) RUNS=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--threads) THREADS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--work) WORK=$2; shift 2 ;;
		--golden) GOLDEN=$2; shift 2 ;;
		--skip-build) SKIP_BUILD=1; shift ;;
		--no-jfr) JFR=0; shift ;;
		--raw-variants) RAW_VARIANTS=$2; shift 2 ;;
		--no-app) NO_APP=1; JFR=0; shift ;;
		--out) OUT=$2; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JAR=$ROOT/target/medexpro-os-0.1.0-SNAPSHOT.jar
H2_JAR=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar}
BASE=http://127.0.0.1:$PORT
OUT=${OUT:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
GOLDEN=${GOLDEN:-$WORK/golden}
mkdir -p "$OUT" "$WORK"
CLK_TCK=$(getconf CLK_TCK)
APP_PID=""

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }

stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
		if kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID"; fi
	fi
	APP_PID=""
}
trap stop_app EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }            # utime + stime of a process
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
machine_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; } # user nice system irq softirq steal

# start_app DATA_DIR LABEL [extra env assignments...]: starts the jar, waits for health 200,
# writes LABEL.startup (started_s from the log, health_s wall clock, rss_kb).
start_app() {
	local dir=$1 label=$2
	shift 2
	local t0 t1 code
	t0=$(date +%s.%N)
	env MEDEX_DATA_DIR="$dir" "$@" java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
		>"$OUT/$label.log" 2>&1 </dev/null &
	APP_PID=$!
	code=000
	for _ in $(seq 1 1200); do # at most ~120 s
		code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$BASE/actuator/health" || true)
		[ "$code" = 200 ] && break
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.1
	done
	t1=$(date +%s.%N)
	if [ "$code" != 200 ]; then
		log "app did not become healthy ($label), see $OUT/$label.log"
		exit 1
	fi
	local started running
	started=$(grep -o 'Started MedexApplication in [0-9.]*' "$OUT/$label.log" | awk '{print $4}')
	running=$(grep -o 'process running for [0-9.]*' "$OUT/$label.log" | awk '{print $4}')
	echo "label=$label started_s=$started process_running_s=$running health_s=$(echo "$t1 - $t0" | bc) rss_kb=$(rss_kb "$APP_PID")" \
		| tee "$OUT/$label.startup" | tee -a "$OUT/run.log"
}

# wrk_run LABEL SECONDS: wrk against the search with the token; writes LABEL.wrk and LABEL.time.
wrk_run() {
	local label=$1 seconds=$2
	MEDEX_TOKEN=$TOKEN timeout $((seconds + 60)) /usr/bin/time -f 'wrk_user_s=%U wrk_sys_s=%S wrk_wall_s=%e' -o "$OUT/$label.time" \
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 30s --latency -s bench/search.lua "$BASE" >"$OUT/$label.wrk"
}

# raw_run VARIANT RUN: the raw-JDBC baseline on a fresh copy of the golden database.
# VARIANT is QUERY[:AUDIT[:FLAG...]]: QUERY app|union, AUDIT per-client|one|none,
# FLAG no-token or drop-client-index (what-if: the copy loses index audit_entries_client_seq).
raw_run() {
	local variant=$1 i=$2 query audit flags m0 m1
	IFS=: read -r query audit flags <<<"$variant"
	rm -rf "$WORK/raw" && cp -a "$GOLDEN" "$WORK/raw"
	local args=(--url "jdbc:h2:file:$WORK/raw/medexpro;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" --threads "$CONNECTIONS"
		--pool 10 --warmup "$WARMUP" --duration "$DURATION" --query "$query" --audit "${audit:-per-client}")
	case ":$flags:" in *:no-token:*) args+=(--no-token) ;; *) args+=(--token "$TOKEN") ;; esac
	case ":$flags:" in
		*:drop-client-index:*)
			java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/raw/medexpro" -user sa -password '' \
				-sql "drop index audit_entries_client_seq" >/dev/null ;;
	esac
	local name=${variant//:/-}
	log "raw JDBC ($variant) run $i"
	m0=$(machine_busy)
	timeout $((WARMUP + DURATION + 120)) java -cp "$H2_JAR" bench/RawJdbcSearch.java "${args[@]}" >"$OUT/raw-$name-$i.txt" 2>&1 &
	local raw_pid=$! tc_pid java_pid
	# per-thread CPU of the raw program over (about) its measured window: the source
	# launcher compiles the program first (1-2 s), so this window starts a little early
	(
		sleep "$WARMUP"
		java_pid=$(pgrep -P "$raw_pid" -x java || echo "$raw_pid")
		python3 bench/thread_cpu.py "$java_pid" "$DURATION" >"$OUT/raw-$name-$i.threads" 2>/dev/null || true
	) &
	tc_pid=$!
	wait "$raw_pid" || log "raw JDBC ($variant) run $i failed, see $OUT/raw-$name-$i.txt"
	wait "$tc_pid" || true
	m1=$(machine_busy)
	# machine_busy covers the warm-up too; the raw program reports its own CPU for the measured window
	echo "machine_busy_ticks_whole_run=$((m1 - m0)) loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)" >>"$OUT/raw-$name-$i.txt"
	tail -4 "$OUT/raw-$name-$i.txt" | tee -a "$OUT/run.log"
}

versions() {
	{
		echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
		echo "git=$(git rev-parse --short HEAD) $(git log -1 --format=%s)"
		echo "kernel=$(uname -r)"
		echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
		echo "mem_total_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)"
		java -version 2>&1 | sed 's/^/java: /'
		java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 ~ /^(MaxHeapSize|InitialHeapSize|UseG1GC|UseSerialGC|ActiveProcessorCount)$/ {print "jvm_default: " $2 "=" $4}'
		echo "wrk=$(wrk -v 2>&1 | head -1)"
		echo "h2_jar=$H2_JAR"
		echo "settings: runs=$RUNS warmup_s=$WARMUP duration_s=$DURATION connections=$CONNECTIONS wrk_threads=$THREADS"
	} >"$OUT/versions.txt"
}

versions
log "results in $OUT"

if [ "$SKIP_BUILD" = 0 ]; then
	log "building the jar"
	timeout 900 ./mvnw -B -q -o package -DskipTests
fi
[ -f "$JAR" ] || { log "no jar at $JAR"; exit 1; }

# 1. Start-up on an empty database.
for i in $(seq 1 "$((NO_APP ? 0 : RUNS))"); do
	rm -rf "$WORK/empty" && mkdir -p "$WORK/empty"
	start_app "$WORK/empty" "startup-empty-$i" MEDEX_ADMIN_PASSWORD="$PASSWORD"
	stop_app
done

# 2. The data set: 10,000 clients through the API, with the token, kept as a golden copy.
if [ ! -f "$GOLDEN/medexpro.mv.db" ] || [ ! -f "$GOLDEN/token" ]; then
	log "loading 10,000 clients into $GOLDEN"
	rm -rf "$GOLDEN" && mkdir -p "$GOLDEN"
	start_app "$GOLDEN" "load" MEDEX_ADMIN_PASSWORD="$PASSWORD"
	curl -s -f -m 30 -u "owner:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench","validDays":30}' \
		"$BASE/api/v1/tokens" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])' >"$GOLDEN/token"
	TOKEN=$(cat "$GOLDEN/token")
	timeout 900 python3 bench/load_clients.py "$BASE" "$TOKEN" 10000 4 | tee -a "$OUT/run.log"
	stop_app
fi
TOKEN=$(cat "$GOLDEN/token")
python3 bench/load_clients.py --stats >"$OUT/prefix-stats.txt"
log "golden database: $(du -sh "$GOLDEN/medexpro.mv.db" | cut -f1)"

# 3. Measured runs, app and raw JDBC interleaved so that outside load hits both alike.
for i in $(seq 1 "$RUNS"); do
	if [ "$NO_APP" = 0 ]; then
		rm -rf "$WORK/app" && cp -a "$GOLDEN" "$WORK/app"
		start_app "$WORK/app" "startup-10k-$i"
		# check the data and count results per prefix once
		if [ "$i" = 1 ]; then
			for q in $(python3 -c 'import sys; sys.path.insert(0, "bench"); from names import PREFIXES; print(" ".join(PREFIXES))'); do
				n=$(curl -s -f -m 30 -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients?q=$q" | python3 -c 'import sys, json; print(len(json.load(sys.stdin)))')
				echo "$q $n"
			done >"$OUT/app-results-per-prefix.txt"
			log "app results per query: $(awk '{s += $2} END {printf "%.1f", s / NR}' "$OUT/app-results-per-prefix.txt") on average"
		fi
		log "app run $i: warm-up ${WARMUP}s"
		wrk_run "app-$i-warmup" "$WARMUP"
		log "app run $i: measuring ${DURATION}s"
		c0=$(cpu_ticks "$APP_PID"); m0=$(machine_busy)
		python3 bench/thread_cpu.py "$APP_PID" "$DURATION" >"$OUT/app-$i.threads" &
		tc_pid=$!
		wrk_run "app-$i" "$DURATION"
		c1=$(cpu_ticks "$APP_PID"); m1=$(machine_busy)
		wait "$tc_pid" || true
		echo "app_cpu_ticks=$((c1 - c0)) machine_busy_ticks=$((m1 - m0)) clk_tck=$CLK_TCK rss_after_kb=$(rss_kb "$APP_PID") loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)" \
			| tee "$OUT/app-$i.cpu" | tee -a "$OUT/run.log"
		grep RESULT "$OUT/app-$i.wrk" | tee -a "$OUT/run.log"
		stop_app
	fi

	for variant in $([ "$NO_APP" = 0 ] && echo app) $RAW_VARIANTS; do
		raw_run "$variant" "$i"
	done
done

# 4. One profiled app run (not counted above): JFR execution samples during a measured window.
if [ "$JFR" = 1 ]; then
	rm -rf "$WORK/app" && cp -a "$GOLDEN" "$WORK/app"
	start_app "$WORK/app" "jfr-startup" JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions=stackdepth=256"
	wrk_run "jfr-warmup" "$WARMUP"
	jcmd "$APP_PID" JFR.start name=bench settings=profile duration=$((DURATION - 5))s filename="$OUT/app.jfr" >/dev/null
	wrk_run "jfr-load" "$DURATION"
	sleep 2
	stop_app
	python3 bench/jfr_summary.py "$OUT/app.jfr" 30 >"$OUT/app-jfr-summary.txt" || true
	rm -rf "$WORK/raw" && cp -a "$GOLDEN" "$WORK/raw"
	timeout $((WARMUP + DURATION + 120)) java -XX:StartFlightRecording=filename="$OUT/raw.jfr",settings=profile,delay=${WARMUP}s -XX:FlightRecorderOptions=stackdepth=256 \
		-cp "$H2_JAR" bench/RawJdbcSearch.java --url "jdbc:h2:file:$WORK/raw/medexpro;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
		--token "$TOKEN" --threads "$CONNECTIONS" --pool 10 --warmup "$WARMUP" --duration "$DURATION" >"$OUT/raw-jfr.txt" 2>&1
	python3 bench/jfr_summary.py "$OUT/raw.jfr" 30 >"$OUT/raw-jfr-summary.txt" || true
fi

python3 bench/summarize.py "$OUT" | tee "$OUT/summary.md"
rm -rf "$WORK/app" "$WORK/raw" "$WORK/empty"
log "done: $OUT/summary.md"
