-- wrk script of load-benchmark.sh: many signed-in clients on one page (or API route) of the portal.
-- Arguments (after --): the file of session cookies (one JSESSIONID value a line, one signed-in client each), the
-- file of paths (one a line, taken in turn), the page's name for the summary line.
-- The requests take the sessions in turn (N sessions for N connections: N signed-in clients at once). Public pages get an X-Forwarded-For of their own per request (many visitors behind the reverse
-- proxy that the benchmark server trusts), so that the per-address limit of the verification does not stop them.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local cookies, paths, public = {}, {}, false
page_name = ""
local n = 0
id = id or 1
bad = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then cookies[#cookies + 1] = line end
  end
  for line in io.lines(args[2]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  page_name = args[3] or "page"
  public = args[4] == "public"
  n = 0
end

function request()
  n = n + 1
  local path = paths[(n - 1) % #paths + 1]
  local headers = {}
  if public then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", id % 250, math.floor(n / 250) % 250, n % 250)
  else
    local c = cookies[((id - 1) * 7 + n - 1) % #cookies + 1]
    headers["Cookie"] = "JSESSIONID=" .. c
  end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write(page_name .. ": answered " .. status .. "\n") end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non200 = 0
  local name = threads[1] and threads[1]:get("page_name") or "page"
  for _, t in ipairs(threads) do
    non200 = non200 + (t:get("bad") or 0)
  end
  io.write(string.format("RESULT|%s|%d|%.0f|%.1f|%.1f|%.1f|%.1f|%d|%d|%.0f\n", name, summary.requests,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    non200, summary.requests > 0 and summary.bytes / summary.requests / 1024 or 0))
end
