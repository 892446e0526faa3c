-- The demo app's HTTP answers, served by haproxy's Lua engine (event-driven: no process per request).
-- GET /up is the health check (500 forever in a broken build); anything else answers the version.
-- FAIL_PERCENT=P makes a healthy-but-wrong release: P% of the other requests answer 500, spread evenly
-- and deterministically (request k fails when floor(k*P/100) steps up: P=5 fails exactly every 20th),
-- while /up stays 200. One Lua state serves all of haproxy's threads (lua-load), so the count is exact.
local version = os.getenv("APP_VERSION") or "dev"
local broken = os.getenv("APP_BROKEN") == "1"
local request_ms = tonumber(os.getenv("REQUEST_MS") or "0") or 0
local host = os.getenv("HOST_NAME") or ""
local fail_percent = tonumber(os.getenv("FAIL_PERCENT") or "0") or 0
if fail_percent < 0 then fail_percent = 0 elseif fail_percent > 100 then fail_percent = 100 end
local served = 0

-- Whether the next non-health request is one of the failing share.
local function next_fails()
  served = served + 1
  return math.floor(served * fail_percent / 100) > math.floor((served - 1) * fail_percent / 100)
end

core.register_service("demo", "http", function(applet)
  if request_ms > 0 then core.msleep(request_ms) end
  local status, body = 200, "berth-demo " .. version .. " " .. host .. "\n"
  if applet.path == "/up" then
    if broken then
      status, body = 500, "broken " .. version .. "\n"
    else
      body = "up " .. version .. "\n"
    end
  elseif fail_percent > 0 and next_fails() then
    status, body = 500, "failed " .. version .. " (request " .. served .. ", FAIL_PERCENT=" .. fail_percent .. ")\n"
  end
  applet:set_status(status)
  applet:add_header("content-type", "text/plain")
  applet:add_header("content-length", tostring(#body))
  applet:add_header("x-version", version)
  applet:start_response()
  applet:send(body)
end)
