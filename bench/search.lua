-- wrk script: GET /api/v1/clients?q=<prefix> with a Bearer token, rotating over the
-- fixed prefixes of bench/names.py (keep the two lists identical).
-- The token comes from the environment variable MEDEX_TOKEN.
local prefixes = {
  "mar", "wil", "rob", "joh", "tho", "pat", "ste", "jen", "smit", "rich",
  "cas", "eva", "riv", "flo", "kel", "woo", "cruz", "mora", "park", "orti",
  "sal", "dun", "web", "spe", "fox", "hic", "sny", "palm", "hawk", "ston",
}
local token = os.getenv("MEDEX_TOKEN")
if token == nil or token == "" then
  error("set MEDEX_TOKEN")
end
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

function init(args)
  counter = tonumber(offset) or 0
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
end

function request()
  counter = counter + 1
  local q = prefixes[(counter % #prefixes) + 1]
  return wrk.format("GET", "/api/v1/clients?q=" .. q)
end

-- One machine-readable line for bench/summarize.py (wrk --latency prints no p95).
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
