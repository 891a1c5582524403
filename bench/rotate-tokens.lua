-- wrk script: every request carries the next of many users' tokens (one per line in $BENCH_TOKENS), so the
-- gateway's per-client rate limit (300 a minute per user) never decides the figure. Counts dashboard answers that
-- name an unavailable part (every load runs the same script, so the ceilings pay the same cost).
local threads = {}
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  tokens[#tokens + 1] = line
end
local position = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  partial = 0
end

function request()
  position = position % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[position] })
end

function response(status, headers, body)
  if body and body:find('"unavailable":%["') then
    partial = partial + 1
  end
end

function done(summary, latency, requests)
  local count = 0
  for _, thread in ipairs(threads) do
    count = count + thread:get("partial")
  end
  io.write(string.format("Partial answers: %d\n", count))
end
