-- wrk script: GET /api/public/v1/dossiers/{code} with codes drawn at random from codes.txt
local codes = {}
local path = os.getenv("CODES_FILE") or "bench/out/codes.txt"
for line in io.lines(path) do
  codes[#codes + 1] = line
end

request = function()
  return wrk.format("GET", "/api/public/v1/dossiers/" .. codes[math.random(#codes)])
end

done = function(summary, latency, requests)
  io.write(string.format("WRK_RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
