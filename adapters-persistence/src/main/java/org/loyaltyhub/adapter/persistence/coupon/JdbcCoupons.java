package org.loyaltyhub.adapter.persistence.coupon;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.out.CouponQuery;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;

/** Coupons and their redemptions; reading a batch of customers' coupons costs two queries. */
@Singleton
public class JdbcCoupons implements Coupons {
    private final CouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final CouponMapper mapper;
    private final CouponSelection selection;

    JdbcCoupons(CouponRepository coupons, CouponRedemptionRepository redemptions, CouponMapper mapper,
                CouponSelection selection) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.mapper = mapper;
        this.selection = selection;
    }

    @Override
    public Coupon add(OrgId orgId, Coupon coupon) {
        if (coupon.id().isPresent()) {
            throw new IllegalArgumentException("coupon " + coupon.code() + " is already stored");
        }
        CouponRow saved = coupons.save(mapper.toRow(coupon, orgId));
        List<CouponRedemption> carried = coupon.redemptions();
        if (!carried.isEmpty()) {
            redemptions.saveAll(carried.stream().map(r -> mapper.toRow(r, saved.id())).toList());
        }
        return coupon.withId(saved.id());
    }

    @Override
    public void addRedemption(long couponId, CouponRedemption redemption) {
        redemptions.save(mapper.toRow(redemption, couponId));
    }

    @Override
    public Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        return withRedemptions(ids, coupons.findNewestFirst(ids));
    }

    @Override
    public Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds, CouponQuery query) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        return withRedemptions(ids, selection.select(ids, query));
    }

    @Override
    public Optional<Coupon> findByCode(OrgId orgId, String code) {
        return coupons.findByOrgIdAndCode(orgId.value(), code).map(row -> mapper.toCoupon(row,
                redemptions.findByCouponIdOrderById(row.id()).stream().map(mapper::toRedemption).toList()));
    }

    private Map<CustomerId, List<Coupon>> withRedemptions(List<Long> ids, List<CouponRow> couponRows) {
        if (couponRows.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CouponRedemption>> redemptionsByCoupon = new HashMap<>();
        for (CouponRedemptionRow row : redemptions.findOfCustomers(ids)) {
            redemptionsByCoupon.computeIfAbsent(row.couponId(), id -> new ArrayList<>()).add(mapper.toRedemption(row));
        }
        Map<CustomerId, List<Coupon>> byCustomer = new LinkedHashMap<>();
        for (CouponRow row : couponRows) {
            byCustomer.computeIfAbsent(new CustomerId(row.customerId()), id -> new ArrayList<>())
                    .add(mapper.toCoupon(row, redemptionsByCoupon.getOrDefault(row.id(), List.of())));
        }
        return byCustomer;
    }
}
