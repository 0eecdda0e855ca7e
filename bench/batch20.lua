-- One request for 20 random ordinary customers by mobile (default sections).
dofile((os.getenv("BENCH_DIR") or "bench") .. "/common.lua")
function request()
  local m = {}
  for k = 1, 20 do m[k] = mobile(random_customer()) end
  return wrk.format("GET", "/v1.1/customer/get?mobile=" .. table.concat(m, ","))
end
