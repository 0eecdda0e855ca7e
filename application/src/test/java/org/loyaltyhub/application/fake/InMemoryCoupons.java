package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;

public final class InMemoryCoupons implements Coupons {
    private final List<StoredCoupon> coupons = new ArrayList<>();
    private long nextId = 1;
    public int reads;

    @Override
    public Coupon add(OrgId orgId, Coupon coupon) {
        if (coupons.stream().anyMatch(c -> c.orgId.equals(orgId) && c.coupon.code().equals(coupon.code()))) {
            throw new IllegalStateException("coupon code " + coupon.code() + " exists in org " + orgId.value());
        }
        Coupon stored = coupon.withId(nextId++);
        coupons.add(new StoredCoupon(orgId, stored, new ArrayList<>(coupon.redemptions())));
        return stored;
    }

    @Override
    public void addRedemption(long couponId, CouponRedemption redemption) {
        StoredCoupon stored = coupons.stream().filter(c -> c.coupon.id().orElseThrow() == couponId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no coupon " + couponId));
        stored.redemptions.add(redemption);
    }

    @Override
    public Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds) {
        reads++;
        Map<CustomerId, List<Coupon>> result = new HashMap<>();
        coupons.stream()
                .filter(c -> customerIds.contains(c.coupon.customerId()))
                .sorted(Comparator.comparing((StoredCoupon c) -> c.coupon.createdOn())
                        .thenComparing(c -> c.coupon.id().orElseThrow()).reversed())
                .forEach(c -> result.computeIfAbsent(c.coupon.customerId(), k -> new ArrayList<>()).add(c.snapshot()));
        return result;
    }

    private record StoredCoupon(OrgId orgId, Coupon coupon, List<CouponRedemption> redemptions) {
        Coupon snapshot() {
            return Coupon.reconstitute(coupon.id().orElseThrow(), coupon.code(), coupon.seriesId(), coupon.customerId(),
                    coupon.createdOn(), coupon.createdBy(), coupon.validTill(), coupon.allowedRedemptions(),
                    redemptions);
        }
    }
}
