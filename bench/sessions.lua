-- wrk script: POST /api/v1/clients/{id}/sessions, a session log with 8 exercises and its
-- pre-session vitals, rotating over the trainers' (token, client) pairs of sessions_setup.py.
-- MEDEX_BENCH_DIR names the folder with pairs.txt and entries.json; MEDEX_STARTED/ENDED the times.
local dir = os.getenv("MEDEX_BENCH_DIR")
local pairs = {}
for line in io.lines(dir .. "/pairs.txt") do
  local token, client = line:match("^(%S+) (%S+)$")
  table.insert(pairs, { token = token, client = client })
end
local entries = io.open(dir .. "/entries.json"):read("*a")
local body = '{"startedAt":"' .. os.getenv("MEDEX_STARTED") .. '","endedAt":"' .. os.getenv("MEDEX_ENDED")
  .. '","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},'
  .. '"minutes":{"STRENGTH_RANGE_ENDURANCE":30,"FUNCTIONAL_ACTIVITIES":15},"entries":' .. entries
  .. ',"notes":"Tolerated all exercises; walked in without the cane."}'
local counter = 0
local threads = 0
-- MEDEX_THINK_MS: each connection (a trainer) waits this long after each answer before saving again.
local think = tonumber(os.getenv("MEDEX_THINK_MS") or "0")

function delay()
  return think
end

function setup(thread)
  thread:set("offset", threads * 13)
  threads = threads + 1
end

function init(args)
  counter = tonumber(offset) or 0
end

function request()
  counter = counter + 1
  local pair = pairs[(counter % #pairs) + 1]
  return wrk.format("POST", "/api/v1/clients/" .. pair.client .. "/sessions", {
    ["Authorization"] = "Bearer " .. pair.token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "mean_ms=%.2f non2xx=%d connect_err=%d read_err=%d write_err=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
