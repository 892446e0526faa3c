-- The demo app's HTTP answers, served by haproxy's Lua engine (event-driven: no process per request).
-- GET /up is the health check (500 forever in a broken build); anything else answers the version.
local version = os.getenv("APP_VERSION") or "dev"
local broken = os.getenv("APP_BROKEN") == "1"
local request_ms = tonumber(os.getenv("REQUEST_MS") or "0") or 0
local host = os.getenv("HOST_NAME") or ""

core.register_service("demo", "http", function(applet)
  if request_ms > 0 then core.msleep(request_ms) end
  local status, body = 200, "berth-demo " .. version .. " " .. host .. "\n"
  if applet.path == "/up" then
    if broken then
      status, body = 500, "broken " .. version .. "\n"
    else
      body = "up " .. version .. "\n"
    end
  end
  applet:set_status(status)
  applet:add_header("content-type", "text/plain")
  applet:add_header("content-length", tostring(#body))
  applet:add_header("x-version", version)
  applet:start_response()
  applet:send(body)
end)
