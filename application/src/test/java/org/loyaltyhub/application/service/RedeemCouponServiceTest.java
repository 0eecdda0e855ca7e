package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.NORTH_ZONE_ONLY;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.STORE_2_ONLY;
import static org.loyaltyhub.application.service.WriteFixture.TEN_OFF;
import static org.loyaltyhub.application.service.WriteFixture.TILL_2_ONLY;
import static org.loyaltyhub.application.service.WriteFixture.TWICE;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.CouponRedeemed;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.coupon.CouponRedemption;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.FraudStatus;

class RedeemCouponServiceTest {
    private static final String RITA = "919800000001";
    private static final String SAM = "919800000003";

    private final WriteFixture f = new WriteFixture();

    RedeemCouponServiceTest() {
        f.member(RITA);
        f.member(SAM);
    }

    private String couponOf(String mobile, SeriesId series) {
        return f.issueCoupon.issue(f.till1, mobile(mobile), series).coupon().code();
    }

    private static CouponRedemptionCommand use(String code, String mobile) {
        return new CouponRedemptionCommand(code, mobile(mobile), "B1", new BigDecimal("250"), null);
    }

    @Test
    void theOwnerRedeemsOnceAndTheRedemptionIsStored() {
        String code = couponOf(RITA, TEN_OFF);

        CouponRedeemed redeemed = f.redeemCoupon.redeem(f.till1, use(code, RITA));

        assertThat(redeemed.coupon().redemptions())
                .containsExactly(new CouponRedemption(f.clock.now(), SampleOrg.TILL, "B1"));
        assertThat(redeemed.coupon().statusOn(f.today())).isEqualTo(CouponStatus.REDEEMED);
        assertThat(redeemed.series().id()).isEqualTo(TEN_OFF);
        assertThat(f.store.coupons.findByCode(ORG, code).orElseThrow().redemptions()).hasSize(1);

        f.assertRefused(WriteRefusal.COUPON_USED_UP, () -> f.redeemCoupon.redeem(f.till1, use(code, RITA)));
    }

    @Test
    void aSeriesMayAllowSeveralRedemptions() {
        String code = couponOf(RITA, TWICE);

        f.redeemCoupon.redeem(f.till1, use(code, RITA));
        f.redeemCoupon.redeem(f.till1, use(code, RITA));

        f.assertRefused(WriteRefusal.COUPON_USED_UP, () -> f.redeemCoupon.redeem(f.till1, use(code, RITA)));
    }

    @Test
    void anUnknownCodeAnotherOwnerAndFraudAreRefused() {
        String code = couponOf(RITA, TEN_OFF);

        f.assertRefused(WriteRefusal.COUPON_NOT_FOUND, "NOPE", () -> f.redeemCoupon.redeem(f.till1, use("NOPE", RITA)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "code", () -> f.redeemCoupon.redeem(f.till1, use(" ", RITA)));
        f.assertRefused(WriteRefusal.COUPON_NOT_OWNED, () -> f.redeemCoupon.redeem(f.till1, use(code, SAM)));
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND,
                () -> f.redeemCoupon.redeem(f.till1, use(code, "919811111111")));

        f.update.update(f.till1, mobile(RITA), new CustomerProfile(null, null, null, null, null, null, null, null,
                null, null, FraudStatus.CONFIRMED));
        f.assertRefused(WriteRefusal.FRAUD_BLOCKED, () -> f.redeemCoupon.redeem(f.till1, use(code, RITA)));
    }

    @Test
    void anExpiredCouponIsRefused() {
        String code = couponOf(RITA, TEN_OFF); // valid through 2024-07-14
        f.clock.advance(Duration.ofDays(29)); // 2024-07-14: last valid day
        String other = couponOf(RITA, TEN_OFF);
        f.redeemCoupon.redeem(f.till1, use(code, RITA));

        f.clock.advance(Duration.ofDays(30));
        f.assertRefused(WriteRefusal.COUPON_EXPIRED, () -> f.redeemCoupon.redeem(f.till1, use(other, RITA)));
    }

    @Test
    void aRestrictedSeriesIsRedeemedOnlyWhereItAllows() {
        String tillCoupon = couponOf(RITA, TILL_2_ONLY);
        String storeCoupon = couponOf(RITA, STORE_2_ONLY);
        String zoneCoupon = couponOf(RITA, NORTH_ZONE_ONLY);

        f.assertRefused(WriteRefusal.COUPON_RESTRICTED, "till.2",
                () -> f.redeemCoupon.redeem(f.till1, use(tillCoupon, RITA)));
        f.assertRefused(WriteRefusal.COUPON_RESTRICTED, "store.2",
                () -> f.redeemCoupon.redeem(f.till1, use(storeCoupon, RITA)));
        f.assertRefused(WriteRefusal.COUPON_RESTRICTED, "north",
                () -> f.redeemCoupon.redeem(f.till2, use(zoneCoupon, RITA)));

        assertThat(f.redeemCoupon.redeem(f.till2, use(tillCoupon, RITA)).coupon().redemptions()).hasSize(1);
        assertThat(f.redeemCoupon.redeem(f.till2, use(storeCoupon, RITA)).coupon().redemptions()).hasSize(1);
    }

    @Test
    void aRedemptionBeforeTheIssueInTheFutureOrWithANegativeBillIsRefused() {
        String code = couponOf(RITA, TEN_OFF);

        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "before", () -> f.redeemCoupon.redeem(f.till1,
                new CouponRedemptionCommand(code, mobile(RITA), null, null, Instant.parse("2024-06-01T00:00:00Z"))));
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "future", () -> f.redeemCoupon.redeem(f.till1,
                new CouponRedemptionCommand(code, mobile(RITA), null, null, f.clock.now().plusSeconds(5))));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "bill_amount", () -> f.redeemCoupon.redeem(f.till1,
                new CouponRedemptionCommand(code, mobile(RITA), null, new BigDecimal("-1"), null)));
    }
}
