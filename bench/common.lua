-- Shared by the scenario scripts: credentials, per-thread random seed, optional
-- fixed-rate pacing, and a parseable result line printed by done().
--
-- Environment (read by every wrk thread):
--   BENCH_CUSTOMERS  number of customers N in the data set (customer i has mobile 9190000000000+i)
--   BENCH_HEAVY      number of the heavy customer (excluded from random picks; default N)
--   BENCH_RATE       total target requests/s; unset or 0 = closed loop (as fast as possible)
--   BENCH_THREADS    wrk threads (-t), needed to split BENCH_RATE between threads
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } lh_timespec;
  int clock_gettime(int clk_id, lh_timespec *tp);
]]
local ts = ffi.new("lh_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

N = tonumber(os.getenv("BENCH_CUSTOMERS") or "10000")
HEAVY = tonumber(os.getenv("BENCH_HEAVY") or tostring(N))
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")

-- base64("bench.till:" .. md5hex("bench123")), precomputed by run.sh
AUTH = os.getenv("BENCH_AUTH")
wrk.headers["Authorization"] = "Basic " .. AUTH

function mobile(i) return string.format("%d", 9190000000000 + i) end

-- an ordinary (not heavy) customer, uniformly at random
function random_customer()
  while true do
    local i = math.random(1, N)
    if i ~= HEAVY then return i end
  end
end

local counter = 1
function setup(thread)
  thread:set("thread_no", counter)
  counter = counter + 1
end

function init(args)
  math.randomseed((thread_no or 1) * 7919 + 42)
end

-- Fixed rate: each thread owns rate/threads of the load and hands out send slots
-- interval ms apart to whichever of its connections asks next (wrk calls delay()
-- before each request). A connection still busy when its slot passes sends late
-- (no coordinated-omission correction: latency is from the actual send).
if rate > 0 then
  local interval = threads * 1000.0 / rate
  local next_slot = nil
  function delay()
    local t = now_ms()
    if next_slot == nil then next_slot = t end
    next_slot = next_slot + interval
    local d = next_slot - t
    if d < 0 then
      -- fell behind more than one second: drop the backlog instead of bursting
      if d < -1000 then next_slot = t end
      return 0
    end
    return math.floor(d)
  end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRKRESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f errors_status=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
