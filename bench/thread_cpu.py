#!/usr/bin/env python3
"""CPU time of a process's threads over an interval, grouped by thread name (digits dropped).

usage: thread_cpu.py PID SECONDS      (reads /proc/PID/task/*/stat twice)
"""
import collections
import os
import re
import sys
import time


def snapshot(pid):
    result = {}
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        result[tid] = (name, int(fields[11]) + int(fields[12]))
    return result


def main():
    pid, seconds = int(sys.argv[1]), float(sys.argv[2])
    tck = os.sysconf("SC_CLK_TCK")
    before = snapshot(pid)
    time.sleep(seconds)
    after = snapshot(pid)
    groups = collections.Counter()
    for tid, (name, ticks) in after.items():
        groups[re.sub(r"\d+", "#", name)] += ticks - before.get(tid, (name, 0))[1]
    total = sum(groups.values())
    print("process %d, %.0f s: %.2f s CPU (%.2f cores)" % (pid, seconds, total / tck, total / tck / seconds))
    for name, ticks in groups.most_common(15):
        if ticks:
            print("  %6.2f s  %5.1f %%  %s" % (ticks / tck, 100.0 * ticks / max(total, 1), name))


if __name__ == "__main__":
    main()
