package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.ONE_PER_CUSTOMER;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.TEN_OFF;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.CouponIssued;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.CustomerId;

class IssueCouponServiceTest {
    private static final String RITA = "919800000001";
    private static final String SAM = "919800000003";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    @Test
    void issuesACouponWithAFreshCodeValidForTheSeriesDays() {
        CouponIssued issued = f.issueCoupon.issue(f.till1, mobile(RITA), TEN_OFF);

        Coupon coupon = issued.coupon();
        assertThat(coupon.code()).matches("[A-Z0-9]{10}");
        assertThat(coupon.id()).isPresent();
        assertThat(coupon.customerId()).isEqualTo(rita);
        assertThat(coupon.createdOn()).isEqualTo(f.clock.now());
        assertThat(coupon.createdBy()).isEqualTo(SampleOrg.TILL);
        // 30 days, the issue day counting: 2024-06-15 .. 2024-07-14
        assertThat(coupon.validTill()).isEqualTo(SampleOrg.day("2024-07-14"));
        assertThat(issued.series().id()).isEqualTo(TEN_OFF);
        assertThat(issued.customer().requireId()).isEqualTo(rita);
        assertThat(f.store.coupons.findByCode(ORG, coupon.code())).map(Coupon::customerId).contains(rita);
        assertThat(f.store.customers.locked).containsExactly(rita);
    }

    @Test
    void codesAreUniqueAndATakenCodeIsDrawnAgain() {
        Random replica = new Random(42);
        IssueCouponService seeded = new IssueCouponService(f.store.unitOfWork, f.store.orgs, f.store.customers,
                f.store.coupons, f.clock, new Random(42));
        String first = draw(replica);
        String second = draw(replica);
        CustomerId sam = f.member(SAM).customer().requireId();
        f.store.coupons.add(ORG, SampleOrg.setup(1).series(TEN_OFF).orElseThrow()
                .issue(first, sam, f.clock.now(), null, SampleOrg.ZONE, List.of()));

        assertThat(seeded.issue(f.till1, mobile(RITA), TEN_OFF).coupon().code()).isEqualTo(second);

        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            codes.add(f.issueCoupon.issue(f.till1, mobile(RITA), TEN_OFF).coupon().code());
        }
        assertThat(codes).hasSize(50);
    }

    private static String draw(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < IssueCouponService.CODE_LENGTH; i++) {
            code.append(IssueCouponService.CODE_ALPHABET.charAt(random.nextInt(IssueCouponService.CODE_ALPHABET
                    .length())));
        }
        return code.toString();
    }

    @Test
    void theSeriesLimitPerCustomerHolds() {
        f.member(SAM);
        f.issueCoupon.issue(f.till1, mobile(RITA), ONE_PER_CUSTOMER);

        f.assertRefused(WriteRefusal.COUPON_LIMIT_REACHED,
                () -> f.issueCoupon.issue(f.till1, mobile(RITA), ONE_PER_CUSTOMER));
        // other series and other customers are not limited by it
        f.issueCoupon.issue(f.till1, mobile(RITA), TEN_OFF);
        f.issueCoupon.issue(f.till1, mobile(SAM), ONE_PER_CUSTOMER);
    }

    @Test
    void anUnknownSeriesANonMemberAndAnUnknownCustomerAreRefused() {
        f.register.register(f.till1, WriteFixture.nonMember("919800000002"));

        f.assertRefused(WriteRefusal.UNKNOWN_COUPON_SERIES, "999",
                () -> f.issueCoupon.issue(f.till1, mobile(RITA), new SeriesId(999)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "series_id",
                () -> f.issueCoupon.issue(f.till1, mobile(RITA), null));
        f.assertRefused(WriteRefusal.NOT_LOYALTY,
                () -> f.issueCoupon.issue(f.till1, mobile("919800000002"), TEN_OFF));
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND,
                () -> f.issueCoupon.issue(f.till1, mobile("919811111111"), TEN_OFF));
    }

    @Test
    void aGivenCodeIsKeptUnderTheSeriesRulesAndATakenOneIsRefused() {
        CouponIssued issued = f.issueCoupon.issue(f.till1, mobile(RITA), TEN_OFF, " MIGRATED-1 ");

        assertThat(issued.coupon().code()).isEqualTo("MIGRATED-1");
        assertThat(issued.coupon().validTill()).isEqualTo(SampleOrg.day("2024-07-14"));
        assertThat(f.store.coupons.findByCode(ORG, "MIGRATED-1")).map(Coupon::customerId).contains(rita);
        f.member(SAM);
        f.assertRefused(WriteRefusal.INVALID_INPUT, "MIGRATED-1 is already taken",
                () -> f.issueCoupon.issue(f.till1, mobile(SAM), TEN_OFF, "MIGRATED-1"));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "code",
                () -> f.issueCoupon.issue(f.till1, mobile(SAM), TEN_OFF, " "));
        // the series' limit per customer holds for given codes too
        f.issueCoupon.issue(f.till1, mobile(RITA), ONE_PER_CUSTOMER, "ONE-1");
        f.assertRefused(WriteRefusal.COUPON_LIMIT_REACHED,
                () -> f.issueCoupon.issue(f.till1, mobile(RITA), ONE_PER_CUSTOMER, "ONE-2"));
    }
}
