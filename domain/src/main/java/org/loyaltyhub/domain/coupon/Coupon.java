package org.loyaltyhub.domain.coupon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.shared.DomainException;

/**
 * A coupon issued to one customer. It is REDEEMED once used as often as its series allows, EXPIRED
 * after its last valid day if not used up, ACTIVE otherwise. The allowance is copied from the series
 * at issue so a later change of the series does not rewrite coupons already in customers' hands.
 */
public final class Coupon {
    private final Long id;
    private final String code;
    private final SeriesId seriesId;
    private final CustomerId customerId;
    private final Instant createdOn;
    private final String createdBy;
    private final LocalDate validTill;
    private final int allowedRedemptions;
    private final List<CouponRedemption> redemptions;

    private Coupon(Long id, String code, SeriesId seriesId, CustomerId customerId, Instant createdOn, String createdBy,
                   LocalDate validTill, int allowedRedemptions, List<CouponRedemption> redemptions) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a coupon needs a code");
        }
        if (allowedRedemptions < 1) {
            throw new IllegalArgumentException("a coupon must be redeemable at least once");
        }
        this.id = id;
        this.code = code;
        this.seriesId = Objects.requireNonNull(seriesId, "series id");
        this.customerId = Objects.requireNonNull(customerId, "customer id");
        this.createdOn = Objects.requireNonNull(createdOn, "issue time");
        this.createdBy = createdBy == null ? "" : createdBy;
        this.validTill = Objects.requireNonNull(validTill, "valid till");
        this.allowedRedemptions = allowedRedemptions;
        this.redemptions = new ArrayList<>(redemptions);
    }

    static Coupon issue(String code, SeriesId seriesId, CustomerId customerId, Instant createdOn, String createdBy,
                        LocalDate validTill, int allowedRedemptions) {
        return new Coupon(null, code, seriesId, customerId, createdOn, createdBy, validTill, allowedRedemptions,
                List.of());
    }

    public static Coupon reconstitute(long id, String code, SeriesId seriesId, CustomerId customerId, Instant createdOn,
                                      String createdBy, LocalDate validTill, int allowedRedemptions,
                                      List<CouponRedemption> redemptions) {
        return new Coupon(id, code, seriesId, customerId, createdOn, createdBy, validTill, allowedRedemptions,
                redemptions);
    }

    public Coupon withId(long newId) {
        if (id != null) {
            throw new IllegalStateException("coupon already has id " + id);
        }
        return new Coupon(newId, code, seriesId, customerId, createdOn, createdBy, validTill, allowedRedemptions,
                redemptions);
    }

    public CouponStatus statusOn(LocalDate day) {
        if (isUsedUp()) {
            return CouponStatus.REDEEMED;
        }
        return day.isAfter(validTill) ? CouponStatus.EXPIRED : CouponStatus.ACTIVE;
    }

    /**
     * Uses the coupon once. Only its owner may, only while it is active, and not while the owner is
     * blocked for fraud (the caller checks the customer first).
     */
    public CouponRedemption redeem(CustomerId redeemer, Instant at, ZoneId zone, String tillCode, String billNumber) {
        if (!customerId.equals(redeemer)) {
            throw new DomainException("COUPON_NOT_OWNED", "coupon " + code + " belongs to another customer");
        }
        CouponStatus status = statusOn(LocalDate.ofInstant(at, zone));
        if (status != CouponStatus.ACTIVE) {
            throw new DomainException("COUPON_" + status, "coupon " + code + " is " + status.name().toLowerCase());
        }
        CouponRedemption redemption = new CouponRedemption(at, tillCode, billNumber);
        redemptions.add(redemption);
        return redemption;
    }

    public boolean isUsedUp() {
        return redemptions.size() >= allowedRedemptions;
    }

    public Optional<Long> id() { return Optional.ofNullable(id); }
    public String code() { return code; }
    public SeriesId seriesId() { return seriesId; }
    public CustomerId customerId() { return customerId; }
    public Instant createdOn() { return createdOn; }
    public String createdBy() { return createdBy; }
    public LocalDate validTill() { return validTill; }
    public int allowedRedemptions() { return allowedRedemptions; }
    public List<CouponRedemption> redemptions() { return List.copyOf(redemptions); }
}
