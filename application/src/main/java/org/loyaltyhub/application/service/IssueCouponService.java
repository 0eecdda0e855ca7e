package org.loyaltyhub.application.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CouponIssued;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.IssueCouponUseCase;
import org.loyaltyhub.application.port.in.write.IssueCouponWithCodeUseCase;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code coupon/issue}: issues a member a coupon of a series, within the series' limit per customer (checked
 * under the customer's lock), with a fresh random code unique in the org, or as
 * {@link IssueCouponWithCodeUseCase} under a code the caller gives, refused when the org already has it.
 */
public final class IssueCouponService implements IssueCouponUseCase, IssueCouponWithCodeUseCase {
    static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final int CODE_LENGTH = 10;

    private final CustomerWrites writes;
    private final Coupons coupons;
    private final Random random;

    public IssueCouponService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, Coupons coupons,
                              ClockPort clock) {
        this(unitOfWork, orgs, customers, coupons, clock, new SecureRandom());
    }

    /** Codes drawn from {@code random}: tests pass a seeded one to know the codes in advance. */
    IssueCouponService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, Coupons coupons, ClockPort clock,
                       Random random) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.coupons = coupons;
        this.random = random;
    }

    @Override
    public CouponIssued issue(ApiCaller caller, CustomerRef customerRef, SeriesId seriesId) {
        return issue(caller, customerRef, seriesId, null);
    }

    @Override
    public CouponIssued issue(ApiCaller caller, CustomerRef customerRef, SeriesId seriesId, String code) {
        if (code != null && code.isBlank()) {
            throw Refusals.invalid("code", "a given coupon code must not be blank");
        }
        if (seriesId == null) {
            throw Refusals.invalid("series_id", "is required");
        }
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            CouponSeries series = setup.series(seriesId).orElseThrow(() -> Refusals.refuse(
                    WriteRefusal.UNKNOWN_COUPON_SERIES, "coupon series " + seriesId.value()
                            + " is not a series of this org"));
            Customer customer = writes.lock(setup.org().id(), customerRef);
            if (!customer.isLoyaltyMember()) {
                throw Refusals.refuse(WriteRefusal.NOT_LOYALTY, "customer " + customer.requireId().value()
                        + " is not a loyalty member and cannot hold coupons");
            }
            List<Coupon> held = coupons.ofCustomers(List.of(customer.requireId()))
                    .getOrDefault(customer.requireId(), List.of()).stream()
                    .filter(c -> c.seriesId().equals(series.id()))
                    .toList();
            Instant now = writes.now();
            String issuedCode = code == null ? freshCode(setup.org().id()) : unused(setup.org().id(), code.trim());
            Coupon coupon = series.issue(issuedCode, customer.requireId(), now, caller.tillCode(),
                    setup.org().timeZone(), held);
            return new CouponIssued(coupons.add(setup.org().id(), coupon), series, customer);
        });
    }

    /** The given code, once it is clear no coupon of the org has it: a code names one coupon in the org. */
    private String unused(OrgId orgId, String code) {
        if (coupons.findByCode(orgId, code).isPresent()) {
            throw Refusals.invalid("code", "coupon code " + code + " is already taken in this org");
        }
        return code;
    }

    /** A random code no coupon of the org has yet; 36^10 codes make a second draw rare. */
    private String freshCode(OrgId orgId) {
        String code;
        do {
            StringBuilder drawn = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                drawn.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            code = drawn.toString();
        } while (coupons.findByCode(orgId, code).isPresent());
        return code;
    }
}
