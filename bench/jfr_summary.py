#!/usr/bin/env python3
"""Summarises the jdk.ExecutionSample events of a JFR recording (needs `jfr` from the JDK).

usage: jfr_summary.py RECORDING.jfr [TOP]

Each sample is put in exactly one category: walking its stack from the running frame
towards the thread's start, the first frame that matches one of the request's own
categories (search, audit, commit, token) decides; failing that, the first frame that
matches a framework category (JSON, Spring, Tomcat, ...).
So "H2 commit" is the time below Connection.commit, "search query" the time below
ClientRepository.search (or the raw program's searchQuery) except what a more specific
category took, and so on. Record with -XX:FlightRecorderOptions:stackdepth=256, or the
default 64 frames cut the stacks before the categorising frames are reached.
"""
import collections
import re
import subprocess
import sys

CATEGORIES = [
    ("audit: SHA-256 hash chain", r"AuditLedger\.hash\(|RawJdbcSearch\.hash\("),
    ("H2 commit (Connection.commit, WRITE_DELAY=0 store)", r"JdbcConnection\.commit\("),
    ("audit: batch insert into audit_entries", r"\.executeBatch\(|JdbcTemplate\.batchUpdate\("),
    ("audit: chain head lock + update, rest of append", r"AuditLedger\.append\(|RawJdbcSearch\.appendAudit\("),
    ("search query (ClientRepository.search)", r"ClientRepository\.search\(|RawJdbcSearch\.searchQuery\("),
    ("token lookup (ApiTokenService.authenticate)", r"ApiTokenService\.authenticate\(|Worker\.authenticate\("),
    ("JSON (Jackson)", r"^(tools\.jackson|com\.fasterxml\.jackson)"),
    ("transactions, pool (Spring tx, Hikari)", r"^(com\.zaxxer\.hikari|org\.springframework\.transaction|org\.springframework\.jdbc\.datasource)"),
    ("Spring JDBC (JdbcClient/JdbcTemplate)", r"^org\.springframework\.jdbc"),
    ("Spring Security", r"^org\.springframework\.security"),
    ("Spring MVC, AOP, other Spring", r"^org\.springframework"),
    ("Micrometer / observation", r"^io\.micrometer"),
    ("Tomcat, HTTP parsing, sockets", r"^org\.apache\.(tomcat|coyote|catalina)"),
]
COMPILED = [(name, re.compile(p)) for name, p in CATEGORIES]
SPECIFIC = COMPILED[:6]  # the request's own work: wins over the frameworks it runs under
GENERIC = COMPILED[6:]


def category(frames):
    for group in (SPECIFIC, GENERIC):
        for frame in frames:
            for name, pattern in group:
                if pattern.search(frame):
                    return name
    return "other / unattributed"


def main():
    path = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    out = subprocess.run(["jfr", "print", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    samples = []
    for block in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>/]+\([^)]*\))", block, re.M)
        if frames:
            samples.append(frames)
    total = max(len(samples), 1)
    print("execution samples: %d (Java threads only; GC and JIT threads are not sampled)" % len(samples))
    print("\nwhere the samples fall (each sample counted once):")
    counts = collections.Counter(category(s) for s in samples)
    for name, n in counts.most_common():
        print("  %5.1f %%  %s" % (100.0 * n / total, name))
    print("\nhottest running frames:")
    top = collections.Counter(s[0] for s in samples)
    for frame, n in top.most_common(top_n):
        print("  %5.1f %%  %s" % (100.0 * n / total, frame))

    gc = subprocess.run(["jfr", "print", "--events", "jdk.GarbageCollection", path],
                        capture_output=True, text=True, check=True).stdout
    pauses = re.findall(r"sumOfPauses = ([\d.]+) (ms|s|us)", gc)
    total_ms = sum(float(v) * {"ms": 1, "s": 1000, "us": 0.001}[u] for v, u in pauses)
    print("\ngarbage collections: %d, total pause %.0f ms" % (len(pauses), total_ms))


if __name__ == "__main__":
    main()
