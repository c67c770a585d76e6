-- The visitor flow through the pages, as many visitors at once: POST /assessment step 1 (next),
-- step 2 (next), step 3 (finish: stores, 303 to /results/{id}), then GET of that result page.
-- The form bodies come from WRK_FLOW_FILE (three lines, form-encoded). The flow keeps no session,
-- so the steps of different visitors interleave freely; each redirect is followed once.
dofile(os.getenv("WRK_LIB") .. "/common.lua")

function init(args)
  local bodies = read_lines(os.getenv("WRK_FLOW_FILE"))
  local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  steps = {}
  for i = 1, 3 do steps[i] = wrk.format("POST", "/assessment", form, bodies[i]) end
  phase = 0
  pending = {}
end

function request()
  if #pending > 0 then
    return wrk.format("GET", table.remove(pending, 1))
  end
  phase = phase % 3 + 1
  return steps[phase]
end

function response(status, headers, body)
  if status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    local path = location:match("(/results/[%w_%-]+)$")
    if path then
      table.insert(pending, path)
      table.insert(ids, (path:gsub("^/results/", "")))
    else
      unexpected = unexpected + 1
    end
  elseif status == 200 then
    -- a step shown again with errors means the answers were refused
    if body:find("error-summary", 1, true) then unexpected = unexpected + 1 end
  else
    unexpected = unexpected + 1
  end
end
