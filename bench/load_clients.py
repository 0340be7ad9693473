#!/usr/bin/env python3
"""Generates the benchmark's clients (fixed seed) and registers them through the API.

usage: load_clients.py BASE_URL TOKEN [COUNT] [THREADS]   register COUNT clients (default 10000)
       load_clients.py --stats [COUNT]                    expected matches per query prefix

Only talks to the URL it is given (the run script passes http://127.0.0.1:PORT).
"""
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

from names import FIRST_NAMES, LAST_NAMES, PREFIXES

SEED = 20260101
SEARCH_LIMIT = 50
# Name frequencies fall off with rank (Zipf-like), as real ones do: the most common last
# name is about 10 times as frequent as the rarest, the most common first name about 11 times.
LAST_WEIGHTS = [1.0 / (rank + 20) for rank in range(len(LAST_NAMES))]
FIRST_WEIGHTS = [1.0 / (rank + 10) for rank in range(len(FIRST_NAMES))]


def clients(count):
    rnd = random.Random(SEED)
    result = []
    for _ in range(count):
        first = rnd.choices(FIRST_NAMES, weights=FIRST_WEIGHTS)[0]
        last = rnd.choices(LAST_NAMES, weights=LAST_WEIGHTS)[0]
        dob = "%04d-%02d-%02d" % (rnd.randint(1935, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
        sex = rnd.choices(["FEMALE", "MALE", "OTHER", "UNKNOWN"], weights=[50, 47, 2, 1])[0]
        result.append({"firstName": first, "lastName": last, "dateOfBirth": dob, "sex": sex})
    return result


def stats(count):
    data = clients(count)
    rows = []
    for p in PREFIXES:
        n = sum(1 for c in data if c["firstName"].lower().startswith(p) or c["lastName"].lower().startswith(p))
        rows.append((p, n, min(n, SEARCH_LIMIT)))
    for p, n, r in rows:
        print("%-6s matches %5d  returned %3d" % (p, n, r))
    print("average returned per query: %.1f (of %d prefixes)" % (sum(r for _, _, r in rows) / len(rows), len(rows)))


def register(base, token, count, threads):
    url = urllib.parse.urlsplit(base)
    assert url.hostname in ("127.0.0.1", "localhost"), "benchmark traffic stays on loopback"
    data = clients(count)
    lock = threading.Lock()
    next_index = [0]
    errors = []

    def worker():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= count or errors:
                break
            conn.request("POST", "/api/v1/clients", body=json.dumps(data[i]), headers=headers)
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 201:
                errors.append((i, resp.status, body[:300]))
        conn.close()

    start = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if errors:
        sys.exit("registration failed: %r" % (errors[:3],))
    print("registered %d clients in %.1f s" % (count, time.monotonic() - start))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--stats":
        stats(int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
    elif len(sys.argv) >= 3:
        register(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 10000,
                 int(sys.argv[4]) if len(sys.argv) > 4 else 4)
    else:
        sys.exit(__doc__)
