package org.loyaltyhub.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.application.service.WriteFixture.ORG;
import static org.loyaltyhub.application.service.WriteFixture.REWARDS;
import static org.loyaltyhub.application.service.WriteFixture.mobile;
import static org.loyaltyhub.application.service.WriteFixture.returnOf;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.application.fake.SampleOrg;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.CustomerLookupQuery;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.write.DailyJobReport;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.ledger.EntryKind;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.Points;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.SlabChangeType;

class DailyJobsServiceTest {
    private static final String RITA = "919800000001";
    private static final String SAM = "919800000003";

    private final WriteFixture f = new WriteFixture();

    private ProgramSummary rewardsOf(String mobile) {
        return f.details.getCustomerDetails(new CustomerLookupQuery(ORG, IdentifierType.MOBILE, List.of(mobile)))
                .items().get(0).details().orElseThrow().programs().get(0);
    }

    @Test
    void expiresLapsedPointsOnceAndASecondRunTheSameDayWritesNothing() {
        CustomerId rita = f.member(RITA).customer().requireId();
        CustomerId sam = f.member(SAM).customer().requireId();
        f.bill(RITA, "B1", "300"); // both lots lapse after 2025-06-30
        f.bill(SAM, "B2", "100");
        f.clock.advance(Duration.ofDays(382)); // 2025-07-02

        DailyJobReport first = f.dailyJobs.run();

        assertThat(first).isEqualTo(new DailyJobReport(SampleOrg.day("2025-07-02"), 4, 2, 2, 0));
        assertThat(f.entries(rita)).extracting(LedgerEntry::kind).containsExactly(EntryKind.EARN, EntryKind.EXPIRE);
        PointsBalance balance = f.storedBalance(rita, REWARDS);
        assertThat(balance.available()).isEqualTo(Points.ZERO);
        assertThat(balance.expired()).isEqualTo(Points.of(300));
        assertThat(f.store.balances.balancesOf(List.of(rita)).get(rita).get(REWARDS).asOf())
                .isEqualTo(SampleOrg.day("2025-07-02"));
        f.assertStoredBalancesMatchTheLedger(rita);
        f.assertStoredBalancesMatchTheLedger(sam);

        int writes = f.store.writes();
        DailyJobReport second = f.dailyJobs.run();

        assertThat(second).isEqualTo(new DailyJobReport(SampleOrg.day("2025-07-02"), 4, 0, 0, 0));
        assertThat(f.store.writes()).isEqualTo(writes);
    }

    @Test
    void downgradesASlabWhoseValidityEndedAndAReadShowsItBeforeTheJobRuns() {
        CustomerId rita = f.member(RITA).customer().requireId();
        f.bill(RITA, "B1", "1000"); // Silver until 2025-06-14
        f.transactions.add(f.till1, returnOf(RITA, "R1", "B1", "600", List.of())); // 400 in the period
        f.clock.advance(Duration.ofDays(366)); // 2025-06-16
        int writes = f.store.writes();

        ProgramSummary beforeTheJob = rewardsOf(RITA);
        assertThat(beforeTheJob.currentSlab().name()).isEqualTo("Blue");
        assertThat(beforeTheJob.details().slabHistory()).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.DOWNGRADE, SlabChangeType.UPGRADE);
        assertThat(f.store.writes()).as("a read stores nothing").isEqualTo(writes);

        DailyJobReport report = f.dailyJobs.run();

        assertThat(report.slabChanges()).isEqualTo(1);
        assertThat(report.expiryEntries()).isZero();
        assertThat(f.store.slabHistories.historyOf(List.of(rita)).get(rita)).extracting(SlabChange::type)
                .containsExactly(SlabChangeType.UPGRADE, SlabChangeType.DOWNGRADE);
        assertThat(rewardsOf(RITA).currentSlab().name()).isEqualTo("Blue");
        assertThat(rewardsOf(RITA).slabExpiry()).isEmpty();
        f.assertStoredBalancesMatchTheLedger(rita);
    }

    @Test
    void renewsASlabWhoseRenewalCriteriaHeld() {
        CustomerId rita = f.member(RITA).customer().requireId();
        f.bill(RITA, "B1", "1200"); // Silver until 2025-06-14, 1200 of purchases in the period
        f.clock.advance(Duration.ofDays(366));

        f.dailyJobs.run();

        List<SlabChange> history = f.store.slabHistories.historyOf(List.of(rita)).get(rita);
        assertThat(history).extracting(SlabChange::type).containsExactly(SlabChangeType.UPGRADE, SlabChangeType.RENEW);
        assertThat(history.get(1).validUntil()).isEqualTo(SampleOrg.day("2026-06-14"));
        assertThat(rewardsOf(RITA).slabExpiry()).contains(SampleOrg.day("2026-06-14"));
    }

    @Test
    void visitsEveryOrgAndPagesThroughMembersSkippingNonMembersAndErasedOnes() {
        for (int i = 0; i < DailyJobsService.PAGE_SIZE + 1; i++) {
            f.member(String.valueOf(919_700_000_000L + i));
        }
        f.register.register(f.till1, WriteFixture.nonMember("919800000002"));
        f.erase.erase(f.till1, mobile("919700000000"));
        f.store.orgs.add(SampleOrg.setup(2));
        ApiCaller org2 = new ApiCaller(SampleOrg.TILL, new OrgId(2), SampleOrg.TILL, SampleOrg.STORE);
        f.register.register(org2, WriteFixture.profile(RITA, null, "Rita"));
        f.transactions.add(org2, WriteFixture.regular(RITA, "B1", "100"));
        f.clock.advance(Duration.ofDays(400));

        DailyJobReport report = f.dailyJobs.run();

        // org 1: 500 live members x 2 programs; org 2: one member x 1 program, whose points lapsed
        assertThat(report.accountsChecked()).isEqualTo(1001);
        assertThat(report.accountsChanged()).isEqualTo(1);
        assertThat(report.expiryEntries()).isEqualTo(1);
    }
}
