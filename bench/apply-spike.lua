-- wrk script of the apply spike: every request is a new application (POST /api/v1/applications) that the rules let
-- through. Request k (counted on from $BENCH_APPLY_START) is applicant k % users + 1 (the k % users + 1-th token of
-- $BENCH_TOKENS, whose profile bench/apply-fixtures.sql wrote) applying to project k / users, whose id is
-- $BENCH_APPLY_PROJECT followed by the project number in 12 hex digits (three projects a term, so nobody goes over
-- three applications a term). Requests in flight go to different applicants, as at a deadline, so the applicant's
-- row lock queues nobody. done() writes the next k to $BENCH_APPLY_STATE for the next load of the same run.
local threads = {}
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  tokens[#tokens + 1] = line
end
local prefix = os.getenv("BENCH_APPLY_PROJECT")

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  position = tonumber(os.getenv("BENCH_APPLY_START"))
end

function request()
  local k = position
  position = position + 1
  local body = string.format('{"projectId":"%s%012x","motivation":"I want to learn"}', prefix, math.floor(k / #tokens))
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. tokens[k % #tokens + 1],
    ["Content-Type"] = "application/json",
  }, body)
end

function done(summary, latency, requests)
  local next = 0
  for _, thread in ipairs(threads) do
    next = math.max(next, thread:get("position"))
  end
  local state = io.open(os.getenv("BENCH_APPLY_STATE"), "w")
  state:write(string.format("%d\n", next))
  state:close()
  io.write("Partial answers: 0\n")
end
