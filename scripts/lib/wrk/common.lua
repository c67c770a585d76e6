-- Shared by the load scenarios: counts answers that are not what the scenario expects (wrk itself
-- counts only non-2xx/3xx and socket errors) and reports them, with any ids acknowledged, at the end.
-- Environment: WRK_IDS_OUT = file that receives the ids of results stored during the run.
threads = {}
unexpected = 0
ids = {}

function setup(thread)
  table.insert(threads, thread)
end

function read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  return lines
end

function done(summary, latency, requests)
  local bad, out = 0, nil
  local path = os.getenv("WRK_IDS_OUT")
  if path then out = io.open(path, "a") end
  local stored = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("unexpected") or 0)
    local list = thread:get("ids") or {}
    for _, id in ipairs(list) do
      stored = stored + 1
      if out then out:write(id, "\n") end
    end
  end
  if out then out:close() end
  io.write(string.format("UNEXPECTED %d\nSTORED %d\n", bad, stored))
end
