package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.write.PointsChanged;
import org.loyaltyhub.application.port.in.write.PromotionAwardCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

class AwardPromotionPointsServiceTest {
    private static final String RITA = "919800000001";

    private final WriteFixture f = new WriteFixture();
    private final CustomerId rita = f.member(RITA).customer().requireId();

    private static PromotionAwardCommand award(String points, LocalDate availableFrom) {
        return new PromotionAwardCommand(mobile(RITA), new BigDecimal(points), null, availableFrom, "Birthday", null);
    }

    @Test
    void aPromotionIsALotAtTheCallersStoreSpendableAtOnce() {
        PointsChanged awarded = f.awardPoints.award(f.till2, award("150", null));

        LedgerEntry entry = f.entries(rita).get(0);
        assertThat(entry.kind()).isEqualTo(EntryKind.PROMOTION);
        assertThat(entry.storeCode()).isEqualTo(WriteFixture.STORE_2);
        assertThat(entry.reason()).isEqualTo("Birthday");
        assertThat(entry.expiresOn()).isEqualTo(SampleOrg.day("2025-06-30"));
        assertThat(awarded.standing().balance().available()).isEqualTo(Points.of(150));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.of(150));
    }

    @Test
    void aDelayedAccrualBecomesSpendableOnItsDayAndExpiresCountedFromIt() {
        f.awardPoints.award(f.till1, award("70", SampleOrg.day("2024-07-10")));

        LedgerEntry entry = f.entries(rita).get(0);
        assertThat(entry.availableFrom()).isEqualTo(SampleOrg.day("2024-07-10"));
        assertThat(entry.expiresOn()).isEqualTo(SampleOrg.day("2025-07-31"));
        assertThat(f.storedBalance(rita, REWARDS).available()).isEqualTo(Points.ZERO);
        assertThat(f.storedBalance(rita, REWARDS).delayed()).isEqualTo(Points.of(70));
    }

    @Test
    void anAwardMayUpgradeTheMember() {
        // Silver needs 1000 lifetime points
        PointsChanged awarded = f.awardPoints.award(f.till1, award("1000", null));

        assertThat(awarded.standing().slab().name()).isEqualTo("Silver");
        assertThat(f.store.slabHistories.historyOf(java.util.List.of(rita)).get(rita))
                .extracting(SlabChange::type).containsExactly(SlabChangeType.UPGRADE);
    }

    @Test
    void nonPositivePointsAndABackDatedAwardAreRefused() {
        f.assertRefused(WriteRefusal.INVALID_INPUT, "positive", () -> f.awardPoints.award(f.till1, award("0", null)));
        f.assertRefused(WriteRefusal.INVALID_INPUT, "positive", () -> f.awardPoints.award(f.till1, award("-5", null)));
        f.awardPoints.award(f.till1, award("5", null));
        f.assertRefused(WriteRefusal.TIME_OUT_OF_ORDER, () -> f.awardPoints.award(f.till1,
                new PromotionAwardCommand(mobile(RITA), BigDecimal.ONE, null, null, "x",
                        f.clock.now().minus(Duration.ofSeconds(1)))));
    }
}
