-- POST /api/v1/assessments with a valid answer set (WRK_BODY_FILE): every request stores a result;
-- anything but 201 is unexpected.
dofile(os.getenv("WRK_LIB") .. "/common.lua")

function init(args)
  local f = assert(io.open(os.getenv("WRK_BODY_FILE")))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", "/api/v1/assessments", { ["Content-Type"] = "application/json" }, body)
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 201 then unexpected = unexpected + 1 end
end
