package org.loyaltyhub.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.shared.DomainException;

class CouponTest {
    private static final CustomerId ALICE = new CustomerId(100);
    private static final CustomerId BOB = new CustomerId(200);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant ISSUED = Instant.parse("2024-03-10T12:00:00Z");
    private static final LocalDate VALID_TILL = LocalDate.of(2024, 3, 31);

    private static Coupon coupon(int redemptionsPerCoupon) {
        return CouponSeriesTest.series(CouponValidity.until(VALID_TILL), 0, redemptionsPerCoupon)
                .issue("ABC123", ALICE, ISSUED, "T1", UTC, List.of());
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void active_through_its_valid_till_day() {
        Coupon c = coupon(1);
        assertThat(c.statusOn(LocalDate.of(2024, 3, 10))).isEqualTo(CouponStatus.ACTIVE);
        assertThat(c.statusOn(VALID_TILL)).isEqualTo(CouponStatus.ACTIVE);
    }

    @Test
    void expired_the_day_after_valid_till() {
        assertThat(coupon(1).statusOn(LocalDate.of(2024, 4, 1))).isEqualTo(CouponStatus.EXPIRED);
    }

    @Test
    void redeemed_once_used_up_even_after_valid_till() {
        Coupon c = coupon(1);
        CouponRedemption r = c.redeem(ALICE, at("2024-03-15T10:00:00Z"), UTC, "T1", "B1");
        assertThat(r).isEqualTo(new CouponRedemption(at("2024-03-15T10:00:00Z"), "T1", "B1"));
        assertThat(c.redemptions()).containsExactly(r);
        assertThat(c.isUsedUp()).isTrue();
        assertThat(c.statusOn(LocalDate.of(2024, 3, 15))).isEqualTo(CouponStatus.REDEEMED);
        assertThat(c.statusOn(LocalDate.of(2024, 6, 1))).isEqualTo(CouponStatus.REDEEMED);
    }

    @Test
    void multiple_redeem_allows_repeated_use_up_to_the_allowance() {
        Coupon c = coupon(3);
        c.redeem(ALICE, at("2024-03-11T10:00:00Z"), UTC, "T1", "B1");
        c.redeem(ALICE, at("2024-03-12T10:00:00Z"), UTC, "T1", "B2");
        assertThat(c.statusOn(LocalDate.of(2024, 3, 12))).isEqualTo(CouponStatus.ACTIVE);
        c.redeem(ALICE, at("2024-03-13T10:00:00Z"), UTC, "T1", "B3");
        assertThat(c.statusOn(LocalDate.of(2024, 3, 13))).isEqualTo(CouponStatus.REDEEMED);
        assertThat(c.redemptions()).hasSize(3);
        assertThatThrownBy(() -> c.redeem(ALICE, at("2024-03-14T10:00:00Z"), UTC, "T1", "B4"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_REDEEMED");
    }

    @Test
    void a_partly_used_coupon_expires_after_valid_till() {
        Coupon c = coupon(3);
        c.redeem(ALICE, at("2024-03-11T10:00:00Z"), UTC, "T1", "B1");
        assertThat(c.statusOn(LocalDate.of(2024, 4, 1))).isEqualTo(CouponStatus.EXPIRED);
    }

    @Test
    void another_customer_cannot_redeem_it() {
        Coupon c = coupon(1);
        assertThatThrownBy(() -> c.redeem(BOB, at("2024-03-15T10:00:00Z"), UTC, "T1", "B1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_NOT_OWNED");
        assertThat(c.redemptions()).isEmpty();
    }

    @Test
    void an_expired_coupon_cannot_be_redeemed() {
        Coupon c = coupon(1);
        assertThatThrownBy(() -> c.redeem(ALICE, at("2024-04-01T00:00:00Z"), UTC, "T1", "B1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_EXPIRED");
        assertThat(c.redemptions()).isEmpty();
    }

    @Test
    void a_used_up_coupon_cannot_be_redeemed_again() {
        Coupon c = coupon(1);
        c.redeem(ALICE, at("2024-03-15T10:00:00Z"), UTC, "T1", "B1");
        assertThatThrownBy(() -> c.redeem(ALICE, at("2024-03-16T10:00:00Z"), UTC, "T1", "B2"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_REDEEMED");
        assertThat(c.redemptions()).hasSize(1);
    }

    @Test
    void expiry_is_judged_on_the_orgs_day() {
        Coupon c = coupon(1);
        Instant lateEvening = at("2024-03-31T20:00:00Z"); // 2024-04-01 01:30 in Kolkata
        assertThatThrownBy(() -> c.redeem(ALICE, lateEvening, ZoneId.of("Asia/Kolkata"), "T1", "B1"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_EXPIRED");
        c.redeem(ALICE, lateEvening, UTC, "T1", "B1");
        assertThat(c.isUsedUp()).isTrue();
    }

    @Test
    void reconstitute_keeps_redemptions_and_with_id_assigns_once() {
        Coupon stored = Coupon.reconstitute(9, "ABC123", new SeriesId(5), ALICE, ISSUED, null, VALID_TILL, 2,
                List.of(new CouponRedemption(at("2024-03-11T10:00:00Z"), "T1", "B1")));
        assertThat(stored.id()).contains(9L);
        assertThat(stored.createdBy()).isEmpty();
        assertThat(stored.statusOn(LocalDate.of(2024, 3, 12))).isEqualTo(CouponStatus.ACTIVE);
        stored.redeem(ALICE, at("2024-03-12T10:00:00Z"), UTC, "T1", "B2");
        assertThat(stored.statusOn(LocalDate.of(2024, 3, 12))).isEqualTo(CouponStatus.REDEEMED);

        Coupon fresh = coupon(1);
        assertThat(fresh.withId(42).id()).contains(42L);
        assertThatThrownBy(() -> stored.withId(10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void redemptions_list_is_a_copy() {
        Coupon c = coupon(2);
        c.redeem(ALICE, at("2024-03-11T10:00:00Z"), UTC, "T1", "B1");
        assertThatThrownBy(() -> c.redemptions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void coupon_invariants() {
        assertThatThrownBy(() -> Coupon.reconstitute(1, " ", new SeriesId(5), ALICE, ISSUED, "T1", VALID_TILL, 1,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coupon.reconstitute(1, "C", new SeriesId(5), ALICE, ISSUED, "T1", VALID_TILL, 0,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coupon.reconstitute(1, "C", new SeriesId(5), ALICE, ISSUED, "T1", null, 1,
                List.of())).isInstanceOf(NullPointerException.class);
    }
}
