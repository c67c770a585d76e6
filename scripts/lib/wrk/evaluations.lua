-- POST /api/v1/evaluations with a valid answer set (WRK_BODY_FILE); anything but 200 is unexpected.
dofile(os.getenv("WRK_LIB") .. "/common.lua")

function init(args)
  local f = assert(io.open(os.getenv("WRK_BODY_FILE")))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", "/api/v1/evaluations", { ["Content-Type"] = "application/json" }, body)
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 then unexpected = unexpected + 1 end
end
