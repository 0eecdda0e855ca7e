package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.PARTNER;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.regularAt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.PointsRedeemed;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.ledger.DatedPoints;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;

class RedeemPointsServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    private static PointsRedemptionCommand redeem(String points) {
        return new PointsRedemptionCommand(mobile(RITA), points == null ? null : new BigDecimal(points), null, "B7",
                null);
    }

    /** 500 points earned in March (they lapse after 2025-03-31), 300 today (after 2025-06-30). */
    private void earnTwoLots() {
        f.transactions.add(f.till1, regularAt(RITA, "B1", "500", Instant.parse("2024-03-10T06:00:00Z")));
        f.bill(RITA, "B2", "300");
    }

    @Test
    void redeemsSoonestExpiringPointsFirstAndAnswersTheRedemptionId() {
        earnTwoLots();

        PointsRedeemed redeemed = f.points.redeem(f.till1, redeem("600"));

        List<LedgerEntry> entries = f.entries(rita);
        assertThat(entries).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.EARN, EntryKind.EARN, EntryKind.REDEEM);
        assertThat(redeemed.redemptionId()).as("the fake numbers entries from 1").isEqualTo(3L);
        assertThat(entries.get(2).points()).isEqualTo(Points.of(600));
        assertThat(entries.get(2).storeCode()).isEqualTo(SampleOrg.STORE);
        assertThat(redeemed.redeemed()).isEqualTo(Points.of(600));
        assertThat(redeemed.standing().balance().available()).isEqualTo(Points.of(200));
        assertThat(redeemed.standing().balance().redeemed()).isEqualTo(Points.of(600));
        // The March lot went first; 200 of today's lot are left.
        assertThat(f.replay(rita, REWARDS).expiryScheduleFrom(f.today()))
                .containsExactly(new DatedPoints(REWARDS, Points.of(200), SampleOrg.day("2025-06-30")));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.of(200));
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void neverBeyondTheBalance() {
        earnTwoLots();

        f.assertRefused(WriteRefusal.INSUFFICIENT_POINTS, "only 800", () -> f.points.redeem(f.till1, redeem("800.001")));
        f.assertRefused(WriteRefusal.INSUFFICIENT_POINTS, () -> f.points.redeem(f.till1,
                new PointsRedemptionCommand(mobile(RITA), BigDecimal.ONE, PARTNER, null, null)));
        assertThat(f.points.redeem(f.till1, redeem("800")).standing().balance().available()).isEqualTo(Points.ZERO);
    }

    @Test
    void refusedForFraudUntilTheMarkIsLifted() {
        earnTwoLots();
        f.update.update(f.till1, mobile(RITA), fraud(FraudStatus.MARKED));

        f.assertRefused(WriteRefusal.FRAUD_BLOCKED, () -> f.points.redeem(f.till1, redeem("10")));

        f.update.update(f.till1, mobile(RITA), fraud(FraudStatus.NOT_FRAUD));
        assertThat(f.points.redeem(f.till1, redeem("10")).redeemed()).isEqualTo(Points.of(10));
    }

    private static CustomerProfile fraud(FraudStatus status) {
        return new CustomerProfile(null, null, null, null, null, null, null, null, null, null, status);
    }

    @Test
    void aNonMemberHasNoPoints() {
        f.register.register(f.till1, WriteFixture.nonMember("919800000002"));

        f.assertRefused(WriteRefusal.NOT_LOYALTY, () -> f.points.redeem(f.till1,
                new PointsRedemptionCommand(mobile("919800000002"), BigDecimal.ONE, null, null, null)));
    }

    @Test
    void pointsMustBePositiveWithAtMostThreeDecimals() {
        earnTwoLots();

        for (String bad : new String[] {null, "0", "-5", "1.0005"}) {
            f.assertRefused(WriteRefusal.INVALID_INPUT, "points", () -> f.points.redeem(f.till1, redeem(bad)));
        }
        assertThat(f.points.redeem(f.till1, redeem("1.500")).redeemed()).isEqualTo(Points.of("1.5"));
    }

    @Test
    void anUnknownProgramOrABackDatedRedemptionIsRefused() {
        earnTwoLots();

        f.assertRefused(WriteRefusal.UNKNOWN_PROGRAM, () -> f.points.redeem(f.till1,
                new PointsRedemptionCommand(mobile(RITA), BigDecimal.ONE, new ProgramId(99), null, null)));
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, "back-dated", () -> f.points.redeem(f.till1,
                new PointsRedemptionCommand(mobile(RITA), BigDecimal.ONE, null, null,
                        Instant.parse("2024-06-01T00:00:00Z"))));
        f.assertRefused(WriteRefusal.CUSTOMER_NOT_FOUND, () -> f.points.redeem(f.till1,
                new PointsRedemptionCommand(mobile("919811111111"), BigDecimal.ONE, null, null, null)));
    }
}
