-- GET of results stored beforehand (ids in WRK_IDS_IN), through WRK_READ_PREFIX (the API or the
-- result page); anything but 200 is unexpected.
dofile(os.getenv("WRK_LIB") .. "/common.lua")

function init(args)
  known = read_lines(os.getenv("WRK_IDS_IN"))
  prefix = os.getenv("WRK_READ_PREFIX") or "/api/v1/assessments/"
  math.randomseed(os.time() + #known)
end

function request()
  return wrk.format("GET", prefix .. known[math.random(#known)])
end

function response(status, headers, body)
  if status ~= 200 then unexpected = unexpected + 1 end
end
