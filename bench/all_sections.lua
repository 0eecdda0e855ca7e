-- One lookup by mobile of a random ordinary customer with every optional section on.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/common.lua")
local flags = "&mlp=true&slab_history=true&expiry_schedule=true&expired_points=true&points_summary=true"
  .. "&program_summary=true&promotion_points=true&membership_retention_criteria=true"
  .. "&tier_upgrade_criteria=true&next_slab=true&card_details=true&credit_notes=true"
  .. "&customer_image=true&delayed_accrual=true&member_care_access=true&ndnc_status=true"
  .. "&optin_status=true&segments=true&subscriptions=true&tenders=true&tracker_info=true"
  .. "&user_group=true&user_id=true&gap_to_upgrade_for=30&gap_to_renew_for=30"
function request()
  return wrk.format("GET", "/v1.1/customer/get?mobile=" .. mobile(random_customer()) .. flags)
end
