-- The visitor flow through the pages, as many visitors at once, as a browser walks it:
-- GET /assessment (303 to /assessment/{draft}/1), then for each step a GET of the step page and a
-- POST of its answers (next: 303 to the next step; finish on step 3: stores, 303 to
-- /results/{id}), then GET of that result page: 8 requests a visitor. The form bodies come from
-- WRK_FLOW_FILE (three lines, form-encoded: the answers of that step only, as its page sends them).
-- A visitor's next request is queued only when the answer before it arrives, as a browser sends them:
-- the step page's GET follows the redirect that names it, the POST follows the page whose form names
-- it. So no visitor has two requests in flight, and the visitors of one thread interleave freely over
-- its connections.
dofile(os.getenv("WRK_LIB") .. "/common.lua")

function init(args)
  bodies = read_lines(os.getenv("WRK_FLOW_FILE"))
  form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  pending = {}
  reached = {}
end

function request()
  if #pending > 0 then
    return table.remove(pending, 1)
  end
  return wrk.format("GET", "/assessment")
end

function response(status, headers, body)
  if status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    local result = location:match("(/results/[%w_%-]+)$")
    local draft, step = location:match("(/assessment/[%w_%-]+)/(%d)$")
    if result then
      table.insert(pending, wrk.format("GET", result))
      table.insert(ids, (result:gsub("^/results/", "")))
    elseif draft then
      step = tonumber(step)
      -- a redirect back to a step already reached means the answers were refused
      if (reached[draft] or 0) >= step then
        unexpected = unexpected + 1
      else
        reached[draft] = step
        table.insert(pending, wrk.format("GET", draft .. "/" .. step))
      end
    else
      unexpected = unexpected + 1
    end
  elseif status == 200 then
    -- a step page with an error summary means the answers were refused
    if body:find("error-summary", 1, true) then
      unexpected = unexpected + 1
      return
    end
    -- a step page: post its answers to the address its form names
    local path = body:match('<form id="questionnaire" method="post" action="(/assessment/[%w_%-]+/%d)"')
    if path then
      table.insert(pending, wrk.format("POST", path, form, bodies[tonumber(path:sub(-1))]))
    end
  else
    unexpected = unexpected + 1
  end
end
