package org.loyaltyhub.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.DomainException;

class CouponSeriesTest {
    private static final CustomerId ALICE = new CustomerId(100);
    private static final Instant AT = Instant.parse("2024-03-10T12:00:00Z");

    static CouponSeries series(CouponValidity validity, int maxPerCustomer, int redemptionsPerCoupon) {
        return new CouponSeries(new SeriesId(5), new OrgId(1), "10% off", "TENOFF", "PERC", new BigDecimal("10"),
                validity, maxPerCustomer, redemptionsPerCoupon, null);
    }

    @Test
    void a_coupon_of_a_fixed_end_series_is_valid_till_that_date() {
        Coupon c = series(CouponValidity.until(LocalDate.of(2024, 12, 31)), 0, 1)
                .issue("ABC123", ALICE, AT, "T1", ZoneOffset.UTC, List.of());
        assertThat(c.validTill()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void a_coupon_valid_for_n_days_counts_the_issue_day() {
        Coupon c = series(CouponValidity.forDays(30), 0, 1).issue("ABC123", ALICE, AT, "T1", ZoneOffset.UTC, List.of());
        assertThat(c.validTill()).as("2024-03-10 plus 29 days").isEqualTo(LocalDate.of(2024, 4, 8));
        Coupon oneDay = series(CouponValidity.forDays(1), 0, 1).issue("ONE", ALICE, AT, "T1", ZoneOffset.UTC, List.of());
        assertThat(oneDay.validTill()).as("a one-day coupon is valid on its issue day only")
                .isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void the_issue_day_is_the_orgs_day() {
        Instant lateEvening = Instant.parse("2024-03-10T20:00:00Z"); // 2024-03-11 01:30 in Kolkata
        Coupon c = series(CouponValidity.forDays(1), 0, 1)
                .issue("ABC", ALICE, lateEvening, "T1", ZoneId.of("Asia/Kolkata"), List.of());
        assertThat(c.validTill()).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void the_issued_coupon_carries_the_series_rules_and_is_active() {
        Coupon c = series(CouponValidity.forDays(30), 0, 3).issue("ABC123", ALICE, AT, "T1", ZoneOffset.UTC, List.of());
        assertThat(c.code()).isEqualTo("ABC123");
        assertThat(c.seriesId()).isEqualTo(new SeriesId(5));
        assertThat(c.customerId()).isEqualTo(ALICE);
        assertThat(c.createdOn()).isEqualTo(AT);
        assertThat(c.createdBy()).isEqualTo("T1");
        assertThat(c.allowedRedemptions()).isEqualTo(3);
        assertThat(c.redemptions()).isEmpty();
        assertThat(c.id()).isEmpty();
        assertThat(c.statusOn(LocalDate.of(2024, 3, 10))).isEqualTo(CouponStatus.ACTIVE);
    }

    @Test
    void a_customer_may_hold_only_as_many_coupons_as_the_series_allows() {
        CouponSeries s = series(CouponValidity.forDays(30), 2, 1);
        List<Coupon> held = new ArrayList<>();
        held.add(s.issue("C1", ALICE, AT, "T1", ZoneOffset.UTC, held));
        held.add(s.issue("C2", ALICE, AT, "T1", ZoneOffset.UTC, held));

        assertThatThrownBy(() -> s.issue("C3", ALICE, AT, "T1", ZoneOffset.UTC, held))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("COUPON_LIMIT_REACHED");
    }

    @Test
    void zero_per_customer_means_no_limit() {
        CouponSeries s = series(CouponValidity.forDays(30), 0, 1);
        List<Coupon> held = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            held.add(s.issue("C" + i, ALICE, AT, "T1", ZoneOffset.UTC, held));
        }
        assertThat(held).hasSize(50);
    }

    @Test
    void multiple_redeem_is_more_than_one_redemption_per_coupon() {
        assertThat(series(CouponValidity.forDays(1), 0, 1).allowsMultipleRedeem()).isFalse();
        assertThat(series(CouponValidity.forDays(1), 0, 2).allowsMultipleRedeem()).isTrue();
    }

    @Test
    void series_invariants() {
        assertThatThrownBy(() -> series(CouponValidity.forDays(1), -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series(CouponValidity.forDays(1), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series(null, 0, 1)).isInstanceOf(NullPointerException.class);
        CouponSeries defaults = new CouponSeries(new SeriesId(1), new OrgId(1), null, null, null, null,
                CouponValidity.forDays(1), 0, 1, null);
        assertThat(defaults.discountType()).isEqualTo("ABS");
        assertThat(defaults.discountValue()).isEqualByComparingTo("0");
        assertThat(defaults.description()).isEmpty();
        assertThatThrownBy(() -> new SeriesId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validity_is_either_a_fixed_end_or_a_positive_number_of_days() {
        assertThatThrownBy(() -> new CouponValidity(null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CouponValidity(LocalDate.of(2024, 1, 1), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CouponValidity.forDays(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_restriction_needs_a_value() {
        assertThatThrownBy(() -> new Restriction(OrgEntityType.STORE, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Restriction(null, "S1")).isInstanceOf(NullPointerException.class);
        assertThat(new Restriction(OrgEntityType.TILL, "T1").value()).isEqualTo("T1");
    }
}
