-- One lookup by mobile, default sections, of a random ordinary customer.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/common.lua")
function request()
  return wrk.format("GET", "/v1.1/customer/get?mobile=" .. mobile(random_customer()))
end
