package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.out.CouponQuery;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;

public final class InMemoryCoupons implements Coupons {
    private final List<StoredCoupon> coupons = new ArrayList<>();
    private long nextId = 1;
    public int reads;
    /** Calls that change what is stored. */
    public int writes;
    private final InMemoryOrgs orgs;

    /** The org configuration tells which till, store, zone or concept a coupon's series is restricted to. */
    public InMemoryCoupons(InMemoryOrgs orgs) {
        this.orgs = orgs;
    }

    @Override
    public Coupon add(OrgId orgId, Coupon coupon) {
        writes++;
        if (coupons.stream().anyMatch(c -> c.orgId.equals(orgId) && c.coupon.code().equals(coupon.code()))) {
            throw new IllegalStateException("coupon code " + coupon.code() + " exists in org " + orgId.value());
        }
        Coupon stored = coupon.withId(nextId++);
        coupons.add(new StoredCoupon(orgId, stored, new ArrayList<>(coupon.redemptions())));
        return stored;
    }

    @Override
    public void addRedemption(long couponId, CouponRedemption redemption) {
        writes++;
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

    @Override
    public Map<CustomerId, List<Coupon>> ofCustomers(Collection<CustomerId> customerIds, CouponQuery query) {
        reads++;
        Comparator<StoredCoupon> issueOrder = Comparator.comparing((StoredCoupon c) -> c.coupon.createdOn())
                .thenComparing(c -> c.coupon.id().orElseThrow());
        Comparator<StoredCoupon> order = switch (query.orderBy()) {
            case CREATED_DATE -> issueOrder;
            case CREATED_BY -> Comparator.comparing((StoredCoupon c) -> c.coupon.createdBy()).thenComparing(issueOrder);
            case VALID_TILL -> Comparator.comparing((StoredCoupon c) -> c.coupon.validTill()).thenComparing(issueOrder);
        };
        if (!query.ascending()) {
            order = order.reversed();
        }
        Map<CustomerId, List<Coupon>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            List<StoredCoupon> mine = coupons.stream()
                    .filter(c -> c.coupon.customerId().equals(id))
                    .filter(c -> passes(c, query))
                    .sorted(issueOrder)
                    .skip(query.offset())
                    .sorted(order)
                    .limit(query.limit() == null ? Long.MAX_VALUE : query.limit())
                    .toList();
            if (!mine.isEmpty()) {
                result.put(id, mine.stream().map(StoredCoupon::snapshot).toList());
            }
        }
        return result;
    }

    private boolean passes(StoredCoupon stored, CouponQuery query) {
        Coupon coupon = stored.snapshot();
        CouponStatus status = coupon.statusOn(query.today());
        if (query.status() != null) {
            boolean ok = switch (query.status()) {
                case REDEEMED -> status == CouponStatus.REDEEMED;
                case EXPIRED -> status == CouponStatus.EXPIRED;
                case ACTIVE -> status == CouponStatus.ACTIVE;
                case UNREDEEMED -> status != CouponStatus.REDEEMED;
            };
            if (!ok) {
                return false;
            }
        }
        if (query.seriesId() != null && !query.seriesId().equals(coupon.seriesId())) {
            return false;
        }
        if (query.entityType() != null) {
            Optional<Restriction> restriction = orgs.peek(stored.orgId)
                    .flatMap(setup -> setup.series(coupon.seriesId()))
                    .map(series -> series.restriction());
            return restriction.isPresent() && restriction.get().type() == query.entityType()
                    && (query.entityValue() == null || query.entityValue().equals(restriction.get().value()));
        }
        return true;
    }

    @Override
    public Optional<Coupon> findByCode(OrgId orgId, String code) {
        reads++;
        return coupons.stream().filter(c -> c.orgId.equals(orgId) && c.coupon.code().equals(code))
                .map(StoredCoupon::snapshot).findFirst();
    }
}
