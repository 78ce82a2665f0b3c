-- wrk reporter for http_bench.sh: after a run, prints one line the script can read:
--   wrk-result <requests/s> <p50 ms> <p99 ms> <max ms> <requests> <http errors> <socket errors>
-- "http errors" counts answers with a status of 400 or more; socket errors are failed connects,
-- reads, writes and timeouts. Only done() is defined, so wrk keeps sending its one prepared
-- request at full speed (no Lua call per request).

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6  -- wrk measures in microseconds
    local errors = summary.errors
    io.write(string.format("wrk-result %.1f %.3f %.3f %.3f %d %d %d\n",
        summary.requests / seconds,
        latency:percentile(50) / 1000,
        latency:percentile(99) / 1000,
        latency.max / 1000,
        summary.requests,
        errors.status,
        errors.connect + errors.read + errors.write + errors.timeout))
end
