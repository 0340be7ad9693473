#!/usr/bin/env python3
"""Set-up for bench/sessions.sh: 20 trainers with API tokens, each with clients on their
care team after a clean intake (knee osteoarthritis), and the 8 exercises the engine allows
them; writes one line per (token, client) for bench/sessions.lua, and the session body."""
import base64, json, sys, urllib.request

base, password, out, trainers, clients_each = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
owner = "Basic " + base64.b64encode(("owner:" + password).encode()).decode()

def call(method, path, body=None, auth=owner):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")

pairs = []
for t in range(trainers):
    name = "bench-trainer-%02d" % t
    call("POST", "/api/v1/staff", {"username": name, "password": "Bench-Trainer-Phrase-%02d" % t,
                                   "displayName": "Bench Trainer %d" % t, "roles": ["TRAINER"]})
    token = "Bearer " + call("POST", "/api/v1/staff/%s/tokens" % name, {"name": "bench"})["token"]
    for c in range(clients_each):
        client = call("POST", "/api/v1/clients", {"firstName": "Bench", "lastName": "Client%02d%02d" % (t, c),
                                                  "dateOfBirth": "1950-03-04", "sex": "FEMALE"}, token)["id"]
        call("POST", "/api/v1/clients/%s/intake" % client, {
            "conditions": [{"code": "KNEE_OSTEOARTHRITIS", "side": "LEFT", "eventDate": "2019-05-01"}],
            "restingVitals": {"systolic": 128, "diastolic": 80, "heartRate": 70}}, token)
        pairs.append((token[len("Bearer "):], client))
options = call("GET", "/api/v1/clients/%s/exercise-options" % pairs[-1][1], None, "Bearer " + pairs[-1][0])
codes = [o["exerciseCode"] for o in options["indicated"] if not o["cautions"]][:8]
with open(out + "/pairs.txt", "w") as f:
    for token, client in pairs:
        f.write(token + " " + client + "\n")
entries = [{"exerciseCode": code, "sets": 2, "reps": 10, "loadKg": 2.5, "rpe": 12, "painBefore": 2, "painAfter": 3,
            "tolerance": "GOOD"} for code in codes]
with open(out + "/entries.json", "w") as f:
    json.dump(entries, f)
print("trainers=%d clients=%d exercises=%s" % (trainers, len(pairs), ",".join(codes)))
