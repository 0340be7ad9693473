#!/usr/bin/env python3
"""Summarises a bench/run.sh results directory as Markdown: median [min-max] over runs.

usage: summarize.py RESULTS_DIR
"""
import glob
import os
import re
import statistics
import sys


def kv(text):
    return {k: v for k, v in re.findall(r"(\w+)=([^\s]+)", text)}


def read(path):
    with open(path) as f:
        return f.read()


def fmt(values, digits=1, unit=""):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    med = statistics.median(values)
    if len(values) == 1:
        return "%.*f%s (1 run)" % (digits, med, unit)
    return "%.*f%s [%.*f–%.*f]" % (digits, med, unit, digits, min(values), digits, max(values))


def jit_seconds(path):
    """(process CPU s, JIT compiler threads CPU s) from a thread_cpu.py file, or None."""
    if not os.path.exists(path):
        return None
    text = read(path)
    total = re.search(r": ([\d.]+) s CPU", text)
    jit = re.search(r"^\s+([\d.]+) s .*CompilerThre", text, re.M)
    if not total:
        return None
    return float(total.group(1)), float(jit.group(1)) if jit else 0.0


def runs(pattern):
    def index(path):
        m = re.search(r"-(\d+)\.\w+$", path)
        return int(m.group(1)) if m else 0
    return sorted(glob.glob(pattern), key=index)


def main():
    out = sys.argv[1]
    versions = kv(read(os.path.join(out, "versions.txt")))
    duration = float(versions.get("duration_s", "30"))
    clk = 100.0
    cores = os.cpu_count() or 2

    print("## Results (%s)\n" % os.path.basename(os.path.normpath(out)))
    print("Median [min–max] over the runs; every figure is from this directory's raw files.\n")

    # start-up
    header = False
    for label, pattern in (("empty", "startup-empty-*.startup"), ("10,000 clients", "startup-10k-*.startup")):
        rows = [kv(read(p)) for p in runs(os.path.join(out, pattern))]
        if not rows:
            continue
        if not header:
            header = True
            print("### Start-up\n")
            print("| Database | Runs | \"Started ... in\" (s) | JVM up when started (s) | Health 200 after (s, wall) | RSS after start (MB) |")
            print("|---|---|---|---|---|---|")
        print("| %s | %d | %s | %s | %s | %s |" % (
            label, len(rows),
            fmt([float(r["started_s"]) for r in rows], 2),
            fmt([float(r["process_running_s"]) for r in rows], 2),
            fmt([float(r["health_s"]) for r in rows], 2),
            fmt([int(r["rss_kb"]) / 1024 for r in rows], 0)))
    if header:
        print()

    # app runs
    app = []
    for path in runs(os.path.join(out, "app-[0-9]*.wrk")):
        m = re.search(r"app-(\d+)\.wrk$", path)
        if not m:
            continue  # warm-up
        i = m.group(1)
        result = kv(re.search(r"^RESULT .*$", read(path), re.M).group(0))
        cpu = kv(read(os.path.join(out, "app-%s.cpu" % i)))
        wrk_time = kv(read(os.path.join(out, "app-%s.time" % i)))
        requests = int(result["requests"])
        secs = float(result["duration_s"])
        app_cpu_s = int(cpu["app_cpu_ticks"]) / clk
        wrk_cpu_s = float(wrk_time["wrk_user_s"]) + float(wrk_time["wrk_sys_s"])
        busy_s = int(cpu["machine_busy_ticks"]) / clk
        threads = jit_seconds(os.path.join(out, "app-%s.threads" % i))
        app.append({
            "jit": 100.0 * threads[1] / threads[0] if threads and threads[0] else None,
            "cpu_ms_req_nojit": (app_cpu_s - threads[1]) * 1000 / requests if threads and requests else None,
            "rps": float(result["rps"]), "p50": float(result["p50_ms"]), "p90": float(result["p90_ms"]),
            "p95": float(result["p95_ms"]), "p99": float(result["p99_ms"]), "max": float(result["max_ms"]),
            "errors": sum(int(result[k]) for k in ("non2xx", "connect_err", "read_err", "write_err", "timeouts")),
            "cpu_ms_req": app_cpu_s * 1000 / requests if requests else None,
            "app_cores": app_cpu_s / secs,
            "wrk_share": 100.0 * wrk_cpu_s / (secs * cores),
            "busy": 100.0 * busy_s / (secs * cores),
            "other": 100.0 * (busy_s - app_cpu_s - wrk_cpu_s) / (secs * cores),
            "rss": int(cpu["rss_after_kb"]) / 1024,
        })

    raw = {}
    for path in glob.glob(os.path.join(out, "raw-*-[0-9]*.txt")):
        m = re.search(r"raw-(.+)-(\d+)\.txt$", path)
        text = read(path)
        if "tps=" not in text:
            continue
        r = kv(text)
        threads = jit_seconds(path[:-4] + ".threads")
        requests = int(r["requests"])
        raw.setdefault(m.group(1), []).append((int(m.group(2)), {
            "jit": 100.0 * threads[1] / threads[0] if threads and threads[0] else None,
            "cpu_ms_req_nojit": (float(r["cpu_ms"]) / 1000 - threads[1]) * 1000 / requests
            if threads and requests else None,
            "rps": float(r["tps"]), "p50": float(r["p50"]), "p95": float(r["p95"]), "p99": float(r["p99"]),
            "max": float(r["max"]), "errors": int(r["errors"]), "cpu_ms_req": float(r["cpu_ms_per_request"]),
            "cores": float(r["cores_used"]), "rows": float(r["avg_rows"]),
        }))
    for v in raw.values():
        v.sort(key=lambda t: t[0])

    print("### GET /api/v1/clients?q= under wrk (%d connections, %.0f s measured)\n" % (
        int(versions.get("connections", "50")), duration))
    if app:
        print("| Measure | App (HTTP, %d runs) |" % len(app))
        print("|---|---|")
        for key, name, digits in (("rps", "Throughput (req/s)", 1), ("p50", "p50 latency (ms)", 1),
                                  ("p90", "p90 latency (ms)", 1), ("p95", "p95 latency (ms)", 1),
                                  ("p99", "p99 latency (ms)", 1), ("max", "max latency (ms)", 1),
                                  ("errors", "errors (non-2xx, socket, timeouts)", 0),
                                  ("cpu_ms_req", "server CPU per request (ms)", 2),
                                  ("jit", "of which JIT compiler threads (% of server CPU)", 0),
                                  ("cpu_ms_req_nojit", "server CPU per request without JIT threads (ms)", 2),
                                  ("app_cores", "server CPU used (cores of %d)" % cores, 2),
                                  ("wrk_share", "wrk CPU (% of the machine)", 1),
                                  ("busy", "whole machine busy (%)", 1),
                                  ("other", "other processes (% of the machine, noise)", 1),
                                  ("rss", "server RSS after the run (MB)", 0)):
            if any(a[key] is not None for a in app):
                print("| %s | %s |" % (name, fmt([a[key] for a in app], digits)))
        print()

    if raw:
        print("### Raw-JDBC baseline (same statements, same database copy, 10-connection pool, %d threads)\n" % (
            int(versions.get("connections", "50"))))
        names = sorted(raw, key=lambda n: (n != "app", n))
        print("| Measure | " + " | ".join("raw `%s` (%d runs)" % (n, len(raw[n])) for n in names) + " |")
        print("|" + "---|" * (len(names) + 1))
        for key, name, digits in (("rps", "Throughput (transactions/s)", 1), ("p50", "p50 latency (ms)", 1),
                                  ("p95", "p95 latency (ms)", 1), ("p99", "p99 latency (ms)", 1),
                                  ("max", "max latency (ms)", 1), ("errors", "errors", 0),
                                  ("cpu_ms_req", "CPU per request (ms)", 2),
                                  ("jit", "of which JIT compiler threads (%)", 0),
                                  ("cpu_ms_req_nojit", "CPU per request without JIT threads (ms)", 2),
                                  ("cores", "CPU used (cores)", 2), ("rows", "rows per search", 1)):
            if any(r[key] is not None for n in names for _, r in raw[n]):
                print("| %s | %s |" % (name, " | ".join(fmt([r[key] for _, r in raw[n]], digits) for n in names)))
        print()

    if app and "app" in raw:
        pairs = list(zip(app, [r for _, r in raw["app"]]))
        ratios = [100.0 * a["rps"] / r["rps"] for a, r in pairs if r["rps"]]
        cpu_ratios = [a["cpu_ms_req"] / r["cpu_ms_req"] for a, r in pairs if r["cpu_ms_req"]]
        print("### App against raw JDBC (run i of the app against run i of raw JDBC)\n")
        print("| Measure | Value |")
        print("|---|---|")
        print("| app throughput / raw-JDBC throughput (%%) | %s |" % fmt(ratios, 0))
        print("| app CPU per request / raw-JDBC CPU per request | %s |" % fmt(cpu_ratios, 2))
        print()


if __name__ == "__main__":
    main()
