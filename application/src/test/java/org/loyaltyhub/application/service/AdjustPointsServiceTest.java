package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.PARTNER;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.PointsAdjustmentCommand;
import org.loyaltyhub.application.port.in.write.PointsChanged;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;

class AdjustPointsServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    private static PointsAdjustmentCommand adjust(String points, String reason) {
        return new PointsAdjustmentCommand(mobile(RITA), new BigDecimal(points), null, reason, null);
    }

    @Test
    void aCreditIsANewLotExpiringByTheProgramsRuleAndADebitTakesPointsBack() {
        PointsChanged credit = f.adjustPoints.adjust(f.till1, adjust("50", "Goodwill"));
        f.clock.advance(Duration.ofHours(1));
        PointsChanged debit = f.adjustPoints.adjust(f.till1, adjust("-20", "Correction"));

        List<LedgerEntry> entries = f.entries(rita);
        assertThat(entries).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.ADJUST_CREDIT, EntryKind.ADJUST_DEBIT);
        assertThat(entries.get(0).reason()).isEqualTo("Goodwill");
        // earned 2024-06-15, twelve months to the end of the month
        assertThat(entries.get(0).expiresOn()).isEqualTo(SampleOrg.day("2025-06-30"));
        assertThat(credit.points()).isEqualTo(Points.of(50));
        assertThat(debit.points()).isEqualTo(Points.of(-20));
        assertThat(debit.entryId()).isGreaterThan(credit.entryId());
        assertThat(debit.standing().balance().available()).isEqualTo(Points.of(30));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.of(30));
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void aDebitBeyondTheBalanceZeroPointsANonMemberAndAnotherProgramAreHandled() {
        f.assertRefused(WriteRefusal.INSUFFICIENT_POINTS, () -> f.adjustPoints.adjust(f.till1, adjust("-1", "x")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "points", () -> f.adjustPoints.adjust(f.till1, adjust("0", "x")));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "decimals",
                () -> f.adjustPoints.adjust(f.till1, adjust("1.0001", "x")));
        f.register.register(f.till1, WriteFixture.nonMember("919800000002"));
        f.assertRefused(WriteRefusal.NOT_LOYALTY, () -> f.adjustPoints.adjust(f.till1, new PointsAdjustmentCommand(
                mobile("919800000002"), BigDecimal.TEN, null, "x", null)));

        f.adjustPoints.adjust(f.till1, new PointsAdjustmentCommand(mobile(RITA), BigDecimal.TEN, PARTNER, "x", null));
        assertThat(f.storedBalance(rita, PARTNER).available()).isEqualTo(Points.of(10));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.ZERO);
    }

    @Test
    void aBackDatedAdjustmentIsRefused() {
        f.adjustPoints.adjust(f.till1, adjust("50", "Goodwill"));

        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, () -> f.adjustPoints.adjust(f.till1,
                new PointsAdjustmentCommand(mobile(RITA), BigDecimal.ONE, null, "x",
                        f.clock.now().minus(Duration.ofMinutes(1)))));
    }
}
